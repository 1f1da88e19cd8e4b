#include "codegen/asm_writer.h"

namespace minicc {

void AsmWriter::instruction(std::string_view mnemonic) {
  text_ += '\t';
  text_ += mnemonic;
  text_ += '\n';
}

void AsmWriter::instruction(std::string_view mnemonic, std::string_view operand) {
  text_ += '\t';
  text_ += mnemonic;
  text_ += '\t';
  text_ += operand;
  text_ += '\n';
}

void AsmWriter::instruction(std::string_view mnemonic, std::string_view source,
                            std::string_view destination) {
  text_ += '\t';
  text_ += mnemonic;
  text_ += '\t';
  text_ += source;
  text_ += ", ";
  text_ += destination;
  text_ += '\n';
}

void AsmWriter::instruction(std::string_view mnemonic, std::string_view first,
                            std::string_view second, std::string_view third) {
  text_ += '\t';
  text_ += mnemonic;
  text_ += '\t';
  text_ += first;
  text_ += ", ";
  text_ += second;
  text_ += ", ";
  text_ += third;
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
