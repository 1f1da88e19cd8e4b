// The one writer of assembly lines. Printers say what goes on a line; this
// decides how lines look — clang's layout, as in the notes:
//   a TAB, the mnemonic, a TAB, the operands separated by ", ";
//   labels in column 0 ending in ':'; comments after the notation's marker.
// Everything goes into one growing buffer, numbers formatted in place.
#pragma once

#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace minicc {

class AsmWriter {
 public:
  explicit AsmWriter(std::string_view commentMarker) : commentMarker_(commentMarker) {}

  // Makes room for a listing of about `bytes` at once, so that the text is
  // never copied as it grows. Room never written to is never touched, so a
  // generous guess costs no memory.
  void reserve(size_t bytes) { text_.reserve(bytes); }

  // An instruction or directive, piece by piece: begin (then put() the
  // rest of the mnemonic, if it is made of parts), then each operand after
  // operand(), then end.
  void begin(std::string_view mnemonic = {}) {
    put('\t');
    put(mnemonic);
    operands_ = 0;
  }
  // The same with the TAB and mnemonic padded, as putPadded takes them.
  void beginPadded(const char (&bytes)[8], size_t size) {
    putPadded(bytes, size);
    operands_ = 0;
  }
  void operand() {
    static constexpr char kSeparators[2][8] = {"\t", ", "};
    putPadded(kSeparators[operands_ > 0], operands_ > 0 ? 2 : 1);
    ++operands_;
  }
  void end() { put('\n'); }
  // A comment at the end of the current line, before end().
  void trailingComment(std::string_view words);

  // Pieces of an operand.
  void put(std::string_view s) {
    char* at = room(s.size());
    for (char c : s) *at++ = c;  // mostly a few bytes: cheaper than a call to memcpy
  }
  void put(char c) { *room(1) = c; }
  // A piece of at most eight bytes, padded to eight: one bounds check and
  // one eight-byte store, of which the padding is written over later.
  void putPadded(const char (&bytes)[8], size_t size) {
    std::memcpy(room(8), bytes, 8);
    used_ -= 8 - size;
  }
  void putInt(int64_t value);

  // Whole lines.
  void directive(std::string_view name);
  void directive(std::string_view name, std::string_view arguments);
  void label(std::string_view name);
  void labelEnd() { put(":\n"); }
  void columnZero(std::string_view text);  // e.g. ".subsections_via_symbols"
  void comment(std::string_view words);    // a comment line, indented like an instruction
  void blankLine() { put('\n'); }

  std::string take() {
    text_.resize(used_);
    used_ = 0;
    return std::move(text_);
  }
  // Hands what is written so far to `out` and starts afresh, keeping the room.
  void drainInto(std::ostream& out) {
    out.write(text_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  // `count` bytes to write at the end of the text. The string is grown a
  // block at a time and `used_` says how much of it is text, so that each
  // piece is a bounds check and a copy, not a call into std::string.
  char* room(size_t count) {
    if (used_ + count > text_.size()) grow(count);
    char* at = &text_[used_];
    used_ += count;
    return at;
  }
  void grow(size_t count);

  std::string_view commentMarker_;
  std::string text_;
  size_t used_ = 0;
  int operands_ = 0;
};

}  // namespace minicc
