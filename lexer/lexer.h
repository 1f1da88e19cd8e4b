// The lexer: one source file's text in, its tokens out.
#pragma once

#include <vector>

#include "lexer/token.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace minicc {

// Splits `file` into tokens, ending with one EndOfFile token. Comments and
// white space become the atLineStart / spaceBefore flags of the next token.
// Lexical errors (stray characters, unterminated comments and literals,
// malformed numbers) are reported to `diags`; lexing always continues.
std::vector<Token> tokenize(const SourceFile& file, Diagnostics& diags);

}  // namespace minicc
