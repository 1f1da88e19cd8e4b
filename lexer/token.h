// Tokens: what the lexer hands to the preprocessor and the parser.
#pragma once

#include <cstdint>
#include <string_view>

#include "support/source.h"

namespace minicc {

enum class TokenKind : uint8_t {
#define TOKEN(name, text) name,
#define PUNCT(name, text) name,
#define KEYWORD(name, text) name,
#include "lexer/token_kinds.def"
  kFirstKeyword = KwInt,  // the keywords are the last kinds (checked in token.cpp)
};

// The one-byte fields come last, so that they share the tail padding: 40
// bytes a token, not 48 (a large file has a million of them).
struct Token {
  std::string_view text;  // the spelling, pointing into a SourceFile or kept text
  SourceLoc loc;
  TokenKind kind = TokenKind::EndOfFile;
  bool atLineStart = false;  // first token on its line (directives start so)
  bool spaceBefore = false;  // white space or a comment came before it

  bool is(TokenKind k) const { return kind == k; }
  // Keywords are identifiers to the preprocessor (#define int long is legal).
  bool isIdentifierLike() const {
    return kind == TokenKind::Identifier || kind >= TokenKind::kFirstKeyword;
  }
  unsigned length() const { return static_cast<unsigned>(text.size()); }
};

// "identifier", "integer literal", or the spelling in quotes: "';'".
std::string_view tokenKindName(TokenKind kind);
// The spelling of a punctuator or keyword; empty for other kinds.
std::string_view tokenKindSpelling(TokenKind kind);
// How a diagnostic names a token: 'foo', ';', or "end of file".
std::string describeToken(const Token& token);

}  // namespace minicc
