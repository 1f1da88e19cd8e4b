// The parser's view of the token stream: the tokens it may still look at.
// They are pulled from the preprocessor as the parser looks ahead, and
// dropped once it is done with the external declaration they belong to, so
// a large file never has all its tokens in memory at once.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "lexer/token.h"
#include "lexer/token_source.h"

namespace minicc {

class TokenWindow {
 public:
  // `source` outlives the window.
  explicit TokenWindow(TokenSource& source) : source_(source) {}

  // The token at `position` in the stream (counted from 0; no earlier than
  // forgetBefore allows); EndOfFile past the end. Reading ahead changes
  // nothing the parser can see, hence const. References stay valid until
  // forgetBefore drops their tokens: tokens live in fixed chunks that never
  // move, found by a shift and a mask (the parser asks several times a token).
  const Token& operator[](size_t position) const {
    if (position >= read_) return readUpTo(position);
    return chunks_[position >> kChunkShift][position & kChunkMask];
  }

  // The parser will ask for no position before `position` again.
  void forgetBefore(size_t position);

 private:
  static constexpr size_t kChunkShift = 10;  // 1024 tokens a chunk
  static constexpr size_t kChunkMask = (size_t{1} << kChunkShift) - 1;

  const Token& readUpTo(size_t position) const;

  TokenSource& source_;
  // chunks_[n] holds tokens n * 1024 on, so a position finds its chunk
  // without an offset; forgotten chunks are null (a pointer per thousand
  // tokens), their memory kept in spare_ for the chunks read later.
  mutable std::vector<std::unique_ptr<Token[]>> chunks_;
  mutable std::vector<std::unique_ptr<Token[]>> spare_;
  size_t firstChunk_ = 0;     // the first chunk not forgotten
  mutable size_t read_ = 0;   // how many tokens have been read
  mutable bool ended_ = false;  // the last one read is the EndOfFile
};

}  // namespace minicc
