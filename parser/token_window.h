// The parser's view of the token stream: the tokens it may still look at.
// They are pulled from the preprocessor as the parser looks ahead, and
// dropped once it is done with the external declaration they belong to, so
// a large file never has all its tokens in memory at once.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>

#include "lexer/token.h"

namespace minicc {

class TokenWindow {
 public:
  // The tokens in order; EndOfFile at the end, and again if asked again.
  using Source = std::function<Token()>;

  explicit TokenWindow(Source next) : next_(std::move(next)) {}

  // The token at `position` in the stream (counted from 0; no earlier than
  // forgetBefore allows); EndOfFile past the end. Reading ahead changes
  // nothing the parser can see, hence const. References stay valid until
  // forgetBefore drops their tokens: a deque does not move its elements.
  const Token& operator[](size_t position) const;

  // The parser will ask for no position before `position` again.
  void forgetBefore(size_t position);

 private:
  Source next_;
  mutable std::deque<Token> tokens_;
  size_t first_ = 0;  // the position of tokens_.front()
};

}  // namespace minicc
