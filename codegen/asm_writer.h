// The one writer of assembly lines. Printers say what goes on a line; this
// decides how lines look — clang's layout, as in the notes:
//   a TAB, the mnemonic, a TAB, the operands separated by ", ";
//   labels in column 0 ending in ':'; comments after the notation's marker.
// Everything goes into one growing buffer, numbers formatted in place.
#pragma once

#include <cstdint>
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
    text_ += '\t';
    text_ += mnemonic;
    operands_ = 0;
  }
  void operand() { text_ += operands_++ ? ", " : "\t"; }
  void end() { text_ += '\n'; }
  // A comment at the end of the current line, before end().
  void trailingComment(std::string_view words);

  // Pieces of an operand.
  void put(std::string_view s) { text_ += s; }
  void put(char c) { text_ += c; }
  void putInt(int64_t value);

  // Whole lines.
  void directive(std::string_view name);
  void directive(std::string_view name, std::string_view arguments);
  void label(std::string_view name);
  void labelEnd() { text_ += ":\n"; }
  void columnZero(std::string_view text);  // e.g. ".subsections_via_symbols"
  void comment(std::string_view words);    // a comment line, indented like an instruction
  void blankLine() { text_ += '\n'; }

  std::string take() { return std::move(text_); }
  // Hands what is written so far to `out` and starts afresh, keeping the room.
  void drainInto(std::ostream& out) {
    out.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  std::string_view commentMarker_;
  std::string text_;
  int operands_ = 0;
};

}  // namespace minicc
