#include "codegen/asm_writer.h"

namespace minicc {

void AsmWriter::write(std::string_view mnemonic,
                      std::initializer_list<std::string_view> operands) {
  text_ += '\t';
  text_ += mnemonic;
  const char* separator = "\t";
  for (std::string_view operand : operands) {
    text_ += separator;
    text_ += operand;
    separator = ", ";
  }
  text_ += '\n';
}

void AsmWriter::directive(std::string_view name) { instruction(name); }

void AsmWriter::directive(std::string_view name, std::string_view arguments) {
  instruction(name, arguments);
}

void AsmWriter::label(std::string_view name) {
  text_ += name;
  text_ += ":\n";
}

void AsmWriter::columnZeroDirective(std::string_view text) {
  text_ += text;
  text_ += '\n';
}

void AsmWriter::comment(std::string_view text) {
  text_ += "\t# ";
  text_ += text;
  text_ += '\n';
}

void AsmWriter::blankLine() { text_ += '\n'; }

}  // namespace minicc
