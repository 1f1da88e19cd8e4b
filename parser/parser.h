// The parser: tokens in, an abstract syntax tree out.
#pragma once

#include <vector>

#include "lexer/token.h"
#include "parser/ast.h"
#include "parser/token_window.h"
#include "support/diagnostics.h"

namespace minicc {

// Deeper nesting than this (parentheses, blocks, statements, unary
// operators) is reported as "nesting too deep" instead of risking the stack.
constexpr int kMaxNestingDepth = 1024;

// Parses a preprocessed token stream (ending in EndOfFile), reading it as it
// goes. Syntax errors are reported to `diags`; the parser then skips to the
// next ';' or '}' and goes on, so the tree holds every construct that parsed.
TranslationUnit parse(TokenWindow::Source tokens, AstContext& ast, Diagnostics& diags);
// The same for tokens already in a vector.
TranslationUnit parse(const std::vector<Token>& tokens, AstContext& ast, Diagnostics& diags);

}  // namespace minicc
