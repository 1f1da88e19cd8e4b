#include "preprocessor/token_spelling.h"

#include <sstream>

#include "lexer/lexer.h"
#include "support/diagnostics.h"

namespace minicc {

std::string stringizeText(const std::vector<Token>& tokens) {
  std::string out = "\"";
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i > 0 && (t.spaceBefore || t.atLineStart)) out += ' ';
    bool quoted = t.is(TokenKind::StringLiteral) || t.is(TokenKind::CharLiteral);
    for (char c : t.text) {
      if (quoted && (c == '"' || c == '\\')) out += '\\';
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string quoteString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

std::optional<Token> pasteTokens(const Token& left, const Token& right,
                                 SourceManager& sources) {
  std::string text = std::string(left.text) + std::string(right.text);
  // Re-lex the glued text on its own; problems mean "not one token", which the
  // caller reports, so the lexer's own diagnostics go nowhere.
  const SourceFile* scratch = sources.add("<scratch space>", text);
  std::ostringstream sink;
  DiagnosticOptions quiet;
  quiet.errorLimit = 0;
  Diagnostics silent(sink, quiet);
  std::vector<Token> lexed = tokenize(*scratch, silent);
  if (silent.errorCount() > 0 || lexed.size() != 2 || lexed[0].text.size() != text.size())
    return std::nullopt;
  Token result = lexed[0];
  result.loc = left.loc;
  result.atLineStart = left.atLineStart;
  result.spaceBefore = left.spaceBefore;
  return result;
}

Token makeStringToken(std::string spelling, SourceManager& sources) {
  Token t;
  t.kind = TokenKind::StringLiteral;
  t.text = sources.keep(std::move(spelling));
  return t;
}

Token makeNumberToken(unsigned long long value, SourceManager& sources) {
  Token t;
  t.kind = TokenKind::IntLiteral;
  t.text = sources.keep(std::to_string(value));
  return t;
}

}  // namespace minicc
