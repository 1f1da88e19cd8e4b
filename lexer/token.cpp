#include "lexer/token.h"

#include <string>

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

// Token::isIdentifierLike counts on the keywords being the last kinds.
constexpr bool keywordsComeLast() {
  bool inKeywords = false;
  for (const KindInfo& k : kKinds) {
    if (inKeywords && !k.keyword) return false;
    inKeywords = inKeywords || k.keyword;
  }
  return kKinds[static_cast<int>(TokenKind::kFirstKeyword)].keyword &&
         !kKinds[static_cast<int>(TokenKind::kFirstKeyword) - 1].keyword;
}
static_assert(keywordsComeLast(), "token_kinds.def: keywords go last, KwInt first");

}  // namespace

std::string_view tokenKindName(TokenKind kind) { return info(kind).name; }

std::string_view tokenKindSpelling(TokenKind kind) { return info(kind).spelling; }

std::string describeToken(const Token& token) {
  switch (token.kind) {
    case TokenKind::EndOfFile:
      return "end of file";
    case TokenKind::Identifier:
    case TokenKind::IntLiteral:
    case TokenKind::FloatLiteral:
    case TokenKind::CharLiteral:
    case TokenKind::StringLiteral:
      return "'" + std::string(token.text) + "'";
    default:
      return std::string(tokenKindName(token.kind));
  }
}

}  // namespace minicc
