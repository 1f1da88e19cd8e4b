#include "codegen/asm_writer.h"

#include <algorithm>
#include <charconv>

namespace minicc {

void AsmWriter::grow(size_t count) {
  constexpr size_t kBlock = 64 * 1024;
  text_.resize(std::max(text_.size() + kBlock, used_ + count));
}

void AsmWriter::putInt(int64_t value) {
  // Straight into the text: room for the longest, -9223372036854775808.
  constexpr size_t kMaxLength = 20;
  char* at = room(kMaxLength);
  used_ = static_cast<size_t>(std::to_chars(at, at + kMaxLength, value).ptr - text_.data());
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
