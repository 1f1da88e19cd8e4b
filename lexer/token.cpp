#include "lexer/token.h"

#include <string>
#include <unordered_map>

namespace minicc {
namespace {

struct KindInfo {
  std::string_view name;      // how diagnostics describe the kind
  std::string_view spelling;  // punctuators and keywords only
  bool keyword;
};

constexpr KindInfo kKinds[] = {
#define TOKEN(name, text) {text, "", false},
#define PUNCT(name, text) {"'" text "'", text, false},
#define KEYWORD(name, text) {"'" text "'", text, true},
#include "lexer/token_kinds.def"
};

const KindInfo& info(TokenKind kind) { return kKinds[static_cast<int>(kind)]; }

}  // namespace

bool Token::isIdentifierLike() const {
  return kind == TokenKind::Identifier || info(kind).keyword;
}

std::string_view tokenKindName(TokenKind kind) { return info(kind).name; }

std::string_view tokenKindSpelling(TokenKind kind) { return info(kind).spelling; }

TokenKind keywordKind(std::string_view text) {
  static const std::unordered_map<std::string_view, TokenKind> keywords = [] {
    std::unordered_map<std::string_view, TokenKind> map;
    int index = 0;
    for (const KindInfo& k : kKinds) {
      if (k.keyword) map.emplace(k.spelling, static_cast<TokenKind>(index));
      ++index;
    }
    return map;
  }();
  auto it = keywords.find(text);
  return it == keywords.end() ? TokenKind::Identifier : it->second;
}

std::string describeToken(const Token& token) {
  switch (token.kind) {
    case TokenKind::EndOfFile:
      return "end of file";
    case TokenKind::Identifier:
    case TokenKind::IntLiteral:
    case TokenKind::CharLiteral:
    case TokenKind::StringLiteral:
      return "'" + std::string(token.text) + "'";
    default:
      return std::string(tokenKindName(token.kind));
  }
}

}  // namespace minicc
