#include "preprocessor/macro_definition.h"

#include <string>

namespace minicc {

bool checkMacroName(const std::vector<Token>& line, SourceLoc endOfLine, Diagnostics& diags,
                    bool definingOrUndefining) {
  if (line.empty()) {
    diags.error(endOfLine, "macro name missing");
    return false;
  }
  const Token& name = line[0];
  if (!name.isIdentifierLike()) {
    diags.error(name.loc, "macro name must be an identifier", name.length());
    return false;
  }
  if (definingOrUndefining && name.text == "defined") {
    diags.error(name.loc, "'defined' cannot be used as a macro name", name.length());
    return false;
  }
  return true;
}

namespace {

// Reads "(a, b, ...)" starting at line[1]; returns the index after ')', or 0
// after an error.
size_t parseParameters(const std::vector<Token>& line, SourceLoc endOfLine, Macro& macro,
                       Diagnostics& diags) {
  size_t i = 2;
  auto at = [&](size_t k) -> const Token* { return k < line.size() ? &line[k] : nullptr; };
  auto missingParen = [&]() {
    diags.error(endOfLine, "missing ')' in macro parameter list");
    return size_t{0};
  };
  // After "..." (or "name..."), only ')' may come: the index after it, or 0.
  auto closeAfterEllipsis = [&]() {
    if (!at(i)) return missingParen();
    if (!at(i)->is(TokenKind::RParen)) {
      diags.error(at(i)->loc, "missing ')' in macro parameter list", at(i)->length());
      return size_t{0};
    }
    return i + 1;
  };
  if (at(i) && at(i)->is(TokenKind::RParen)) return i + 1;
  for (;;) {
    const Token* t = at(i);
    if (!t) return missingParen();
    if (t->is(TokenKind::Ellipsis)) {
      macro.variadic = true;
      macro.params.push_back("__VA_ARGS__");
      ++i;
      return closeAfterEllipsis();
    }
    if (!t->isIdentifierLike()) {
      diags.error(t->loc, "invalid token in macro parameter list", t->length());
      return 0;
    }
    if (macro.paramIndex(t->text) >= 0) {
      diags.error(t->loc, "duplicate macro parameter name '" + std::string(t->text) + "'",
                  t->length());
      return 0;
    }
    macro.params.push_back(t->text);
    ++i;
    if (at(i) && at(i)->is(TokenKind::Ellipsis)) {  // GNU named variadic: args...
      macro.variadic = true;
      ++i;
      return closeAfterEllipsis();
    }
    if (!at(i)) return missingParen();
    if (at(i)->is(TokenKind::RParen)) return i + 1;
    if (!at(i)->is(TokenKind::Comma)) {
      diags.error(at(i)->loc, "expected comma in macro parameter list", at(i)->length());
      return 0;
    }
    ++i;
  }
}

}  // namespace

std::optional<Macro> parseMacroDefinition(const std::vector<Token>& line, SourceLoc endOfLine,
                                          Diagnostics& diags) {
  if (!checkMacroName(line, endOfLine, diags, true)) return std::nullopt;
  Macro macro;
  macro.name = line[0].text;
  macro.nameLoc = line[0].loc;
  size_t bodyStart = 1;
  // Function-like only when '(' touches the name: `#define f (x)` is object-like.
  if (line.size() > 1 && line[1].is(TokenKind::LParen) && !line[1].spaceBefore) {
    macro.functionLike = true;
    bodyStart = parseParameters(line, endOfLine, macro, diags);
    if (bodyStart == 0) return std::nullopt;
  }
  for (size_t i = bodyStart; i < line.size(); ++i) {
    Token t = line[i];
    t.atLineStart = false;
    macro.body.push_back(t);
  }
  const std::vector<Token>& body = macro.body;
  if (!body.empty() && (body.front().is(TokenKind::HashHash) || body.back().is(TokenKind::HashHash))) {
    const Token& bad = body.front().is(TokenKind::HashHash) ? body.front() : body.back();
    diags.error(bad.loc, "'##' cannot appear at either end of a macro expansion", 2);
    return std::nullopt;
  }
  if (macro.functionLike) {
    for (size_t i = 0; i < body.size(); ++i) {
      if (!body[i].is(TokenKind::Hash)) continue;
      if (i + 1 < body.size() && body[i + 1].isIdentifierLike() &&
          macro.paramIndex(body[i + 1].text) >= 0)
        continue;
      diags.error(body[i].loc, "'#' is not followed by a macro parameter");
      return std::nullopt;
    }
  }
  return macro;
}

}  // namespace minicc
