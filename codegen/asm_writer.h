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
  explicit AsmWriter(std::string_view commentMarker)
      : commentMarker_(commentMarker), at_(text_.data()), end_(at_) {}
  // The cursor points into the text, which a copy would not own.
  AsmWriter(const AsmWriter&) = delete;
  AsmWriter& operator=(const AsmWriter&) = delete;

  // Makes room for a listing of about `bytes` at once, so that the text is
  // never copied as it grows. Room never written to is never touched, so a
  // generous guess costs no memory.
  void reserve(size_t bytes);

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
  void operand() { close(writeSeparator(open(2), operands_++)); }
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
  void putPadded(const char (&bytes)[8], size_t size) { close(writePadded(open(8), bytes, size)); }
  void putInt(int64_t value) { close(writeInt(open(kLongestInt), value)); }

  // Text written in place, for a printer that knows how long a piece can
  // be: room for at most `most` bytes (one bounds check for all of them),
  // then close() at the byte after the piece. The write* helpers below
  // each put a piece at `at` and return where it ends.
  char* open(size_t most) {
    if (static_cast<size_t>(end_ - at_) < most) grow(most);
    return at_;
  }
  void close(char* end) { at_ = end; }

  static constexpr size_t kLongestInt = 20;  // -9223372036854775808
  // The separator before the operand numbered `index`: a TAB after the
  // mnemonic, ", " between operands.
  static char* writeSeparator(char* at, int index) {
    if (index == 0) {
      *at = '\t';
      return at + 1;
    }
    at[0] = ',';
    at[1] = ' ';
    return at + 2;
  }
  // A piece padded to eight bytes, as putPadded takes it; writes all eight.
  static char* writePadded(char* at, const char (&bytes)[8], size_t size) {
    std::memcpy(at, bytes, 8);
    return at + size;
  }
  // A number in decimal, at most kLongestInt bytes. Most are a frame offset
  // or a small constant, of one or two digits, written here; longer ones
  // out of line.
  static char* writeInt(char* at, int64_t value) {
    uint64_t magnitude = static_cast<uint64_t>(value);
    if (value < 0) {
      *at++ = '-';
      magnitude = 0 - magnitude;
    }
    if (magnitude < 10) {
      *at++ = static_cast<char>('0' + magnitude);
    } else if (magnitude < 100) {
      at[0] = static_cast<char>('0' + magnitude / 10);
      at[1] = static_cast<char>('0' + magnitude % 10);
      at += 2;
    } else {
      at = putLongUnsigned(at, magnitude);
    }
    return at;
  }

  // Whole lines.
  void directive(std::string_view name);
  void directive(std::string_view name, std::string_view arguments);
  void label(std::string_view name);
  void labelEnd() { put(":\n"); }
  void columnZero(std::string_view text);  // e.g. ".subsections_via_symbols"
  void comment(std::string_view words);    // a comment line, indented like an instruction
  void blankLine() { put('\n'); }

  std::string take() {
    text_.resize(used());
    std::string text = std::move(text_);
    text_.clear();
    pointInto(0);
    return text;
  }
  // Hands what is written so far to `out` and starts afresh, keeping the
  // room, once there is a large piece to hand: a stream writes a piece of a
  // kilobyte or more straight to its file, so a function at a time would
  // be a system call each.
  static constexpr size_t kDrainBytes = 64 * 1024;
  void drainInto(std::ostream& out) {
    if (used() < kDrainBytes) return;
    out.write(text_.data(), static_cast<std::streamsize>(used()));
    at_ = text_.data();
  }

 private:
  // `count` bytes to write at the end of the text. The string is grown a
  // block at a time and [at_, end_) is the room left in it, so that each
  // piece is a bounds check and a copy, not a call into std::string.
  char* room(size_t count) {
    if (static_cast<size_t>(end_ - at_) < count) grow(count);
    char* at = at_;
    at_ += count;
    return at;
  }
  void grow(size_t count);
  void pointInto(size_t written);  // the cursor after `written` bytes of text_
  size_t used() const { return static_cast<size_t>(at_ - text_.data()); }
  static char* putLongUnsigned(char* at, uint64_t value);

  std::string_view commentMarker_;
  std::string text_;
  char* at_;   // where the next byte goes, in text_
  char* end_;  // the end of text_'s room
  int operands_ = 0;
};

}  // namespace minicc
