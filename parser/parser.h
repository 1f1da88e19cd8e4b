// The parser: tokens in, an abstract syntax tree out.
#pragma once

#include <functional>
#include <vector>

#include "lexer/token.h"
#include "lexer/token_source.h"
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
TranslationUnit parse(TokenSource& tokens, AstContext& ast, Diagnostics& diags);
// The same into `unit`, telling `parsed` of each external declaration as
// soon as it is parsed (its declarations are unit.decls[first...]), so that
// the later stages can finish with a function before the next one is read.
using DeclarationsParsed = std::function<void(size_t first)>;
void parse(TokenSource& tokens, AstContext& ast, Diagnostics& diags, TranslationUnit& unit,
           const DeclarationsParsed& parsed);
// The same for tokens already in a vector.
TranslationUnit parse(const std::vector<Token>& tokens, AstContext& ast, Diagnostics& diags);

}  // namespace minicc
