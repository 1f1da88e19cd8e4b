#include "codegen/asm_writer.h"

#include <charconv>

namespace minicc {

void AsmWriter::putInt(int64_t value) {
  char digits[24];
  auto result = std::to_chars(digits, digits + sizeof digits, value);
  text_.append(digits, result.ptr);
}

void AsmWriter::trailingComment(std::string_view words) {
  text_ += '\t';
  text_ += commentMarker_;
  text_ += ' ';
  text_ += words;
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
  text_ += name;
  text_ += ":\n";
}

void AsmWriter::columnZero(std::string_view text) {
  text_ += text;
  text_ += '\n';
}

void AsmWriter::comment(std::string_view words) {
  text_ += '\t';
  text_ += commentMarker_;
  text_ += ' ';
  text_ += words;
  text_ += '\n';
}

}  // namespace minicc
