// --dump-tokens: a token stream as text, one token per line, for people
// learning what the lexer and preprocessor make of a file, and for tests.
#pragma once

#include <ostream>
#include <vector>

#include "lexer/token.h"

namespace minicc {

// Each line is the kind's name in token_kinds.def, the spelling in single
// quotes and where it was written: "KwInt 'int' fun.c:1:1".
void dumpTokens(const std::vector<Token>& tokens, std::ostream& out);

}  // namespace minicc
