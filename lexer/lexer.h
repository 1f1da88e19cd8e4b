// The lexer: one source file's text in, its tokens out.
#pragma once

#include <vector>

#include "lexer/token.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace minicc {

// Reads `file` one token at a time, so that a reader keeps only the tokens
// it still needs: nothing is allocated per token. Comments and white space
// become the atLineStart / spaceBefore flags of the next token. Lexical
// errors (stray characters, unterminated comments and literals, malformed
// numbers) are reported to `diags`; lexing always continues.
class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags);
  // The next token; at the end EndOfFile, and EndOfFile again if asked again.
  // It is the lexer's own, valid until the next call: a reader that keeps
  // only the token in hand copies nothing.
  const Token& next();
  // The token the last next() returned.
  const Token& current() const { return token_; }

 private:
  SourceLoc locOf(const unsigned char* p) const {
    return SourceLoc{&file_, line_, static_cast<uint32_t>(p - lineStart_ + 1)};
  }
  void newline(const unsigned char* afterNewline) {
    ++line_;
    lineStart_ = afterNewline;
    atLineStart_ = true;
  }
  void push(TokenKind kind, const unsigned char* start);  // makes token_
  void checkNumber(const Token& token);
  void checkFloat(const Token& token);
  void checkQuoted(const Token& token, bool isChar);

  const SourceFile& file_;
  Diagnostics& diags_;
  const unsigned char* cursor_;
  const unsigned char* end_;
  const unsigned char* lineStart_;
  uint32_t line_ = 1;
  bool atLineStart_ = true;
  bool spaceBefore_ = false;
  Token token_;
};

// All of `file`'s tokens at once, ending with one EndOfFile token.
std::vector<Token> tokenize(const SourceFile& file, Diagnostics& diags);

}  // namespace minicc
