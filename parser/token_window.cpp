#include "parser/token_window.h"

#include <algorithm>
#include <cassert>

namespace minicc {

const Token& TokenWindow::readUpTo(size_t position) const {
  while (read_ <= position && !ended_) {
    if ((read_ & kChunkMask) == 0) chunks_.push_back(std::make_unique<Token[]>(kChunkMask + 1));
    Token& slot = chunks_.back()[read_ & kChunkMask];
    source_.read(slot);
    ended_ = slot.is(TokenKind::EndOfFile);
    ++read_;
  }
  // Past the end, the EndOfFile that was read last.
  size_t at = position < read_ ? position : read_ - 1;
  assert(at >> kChunkShift >= firstChunk_ && "a forgotten token");
  return chunks_[(at >> kChunkShift) - firstChunk_][at & kChunkMask];
}

void TokenWindow::forgetBefore(size_t position) {
  // Whole chunks go; the one being read stays, and with it the last token.
  size_t keepFrom = std::min(position, read_ == 0 ? 0 : read_ - 1) >> kChunkShift;
  if (keepFrom > firstChunk_) {
    chunks_.erase(chunks_.begin(), chunks_.begin() + static_cast<ptrdiff_t>(keepFrom - firstChunk_));
    firstChunk_ = keepFrom;
  }
}

}  // namespace minicc
