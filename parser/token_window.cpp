#include "parser/token_window.h"

#include <cassert>

namespace minicc {

const Token& TokenWindow::operator[](size_t position) const {
  assert(position >= first_ && "a forgotten token");
  while (first_ + tokens_.size() <= position) {
    if (!tokens_.empty() && tokens_.back().is(TokenKind::EndOfFile)) return tokens_.back();
    tokens_.push_back(next_());
  }
  return tokens_[position - first_];
}

void TokenWindow::forgetBefore(size_t position) {
  // The last token stays: past the end it is the EndOfFile every read returns.
  while (first_ < position && tokens_.size() > 1) {
    tokens_.pop_front();
    ++first_;
  }
}

}  // namespace minicc
