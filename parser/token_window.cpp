#include "parser/token_window.h"

#include <algorithm>
#include <cassert>

namespace minicc {

const Token& TokenWindow::readUpTo(size_t position) const {
  while (read_ <= position && !ended_) {
    if ((read_ & kChunkMask) == 0) {
      if (spare_.empty()) {
        chunks_.push_back(std::make_unique<Token[]>(kChunkMask + 1));
      } else {
        chunks_.push_back(std::move(spare_.back()));
        spare_.pop_back();
      }
    }
    Token& slot = chunks_.back()[read_ & kChunkMask];
    source_.read(slot);
    ended_ = slot.is(TokenKind::EndOfFile);
    ++read_;
  }
  // Past the end, the EndOfFile that was read last.
  size_t at = position < read_ ? position : read_ - 1;
  assert(at >> kChunkShift >= firstChunk_ && "a forgotten token");
  return chunks_[at >> kChunkShift][at & kChunkMask];
}

void TokenWindow::forgetBefore(size_t position) {
  // Whole chunks go to spare_; the one being read stays, and with it the last token.
  size_t keepFrom = std::min(position, read_ == 0 ? 0 : read_ - 1) >> kChunkShift;
  for (; firstChunk_ < keepFrom; ++firstChunk_) spare_.push_back(std::move(chunks_[firstChunk_]));
}

}  // namespace minicc
