#include "codegen/asm_writer.h"

#include <algorithm>

namespace minicc {

void AsmWriter::reserve(size_t bytes) {
  const size_t written = used();
  text_.reserve(bytes);
  pointInto(written);
}

void AsmWriter::grow(size_t count) {
  constexpr size_t kBlock = 64 * 1024;
  const size_t written = used();
  text_.resize(std::max(text_.size() + kBlock, written + count));
  pointInto(written);
}

void AsmWriter::pointInto(size_t written) {
  at_ = text_.data() + written;
  end_ = text_.data() + text_.size();
}

// Three digits or more (a 64-bit value has at most 20), two at a time from
// the last, where to_chars would first count them in a loop of its own.
char* AsmWriter::putLongUnsigned(char* at, uint64_t value) {
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  size_t length = 3;
  for (uint64_t bound = 1000; length < 20 && value >= bound; bound *= 10) ++length;
  char* end = at + length;
  char* p = end;
  for (; value >= 100; value /= 100) {
    p -= 2;
    std::memcpy(p, &kPairs[value % 100 * 2], 2);
  }
  if (value >= 10)
    std::memcpy(p - 2, &kPairs[value * 2], 2);
  else
    p[-1] = static_cast<char>('0' + value);
  return end;
}

void AsmWriter::trailingComment(std::string_view words) {
  put('\t');
  put(commentMarker_);
  put(' ');
  put(words);
}

void AsmWriter::directive(std::string_view name) {
  begin(name);
  end();
}

void AsmWriter::directive(std::string_view name, std::string_view arguments) {
  begin(name);
  operand();
  put(arguments);
  end();
}

void AsmWriter::label(std::string_view name) {
  put(name);
  put(":\n");
}

void AsmWriter::columnZero(std::string_view text) {
  put(text);
  put('\n');
}

void AsmWriter::comment(std::string_view words) {
  put('\t');
  put(commentMarker_);
  put(' ');
  put(words);
  put('\n');
}

}  // namespace minicc
