// Where a reader's tokens come from, one at a time.
#pragma once

#include "lexer/token.h"

namespace minicc {

// A stream of tokens ending in EndOfFile, and EndOfFile again if asked
// again. The source writes each token into the reader's own slot: one
// virtual call and one copy a token, where a std::function returning a
// Token cost two calls and a copy more.
class TokenSource {
 public:
  virtual void read(Token& into) = 0;

 protected:
  ~TokenSource() = default;  // not owned through this interface
};

}  // namespace minicc
