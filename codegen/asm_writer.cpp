#include "codegen/asm_writer.h"

#include <algorithm>
#include <charconv>

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

char* AsmWriter::putLongUnsigned(char* at, uint64_t value) {
  return std::to_chars(at, at + kLongestInt, value).ptr;
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
