// The one printer of assembly text. Code generation says what to emit; this
// decides how it looks: clang's layout, as in the notes —
//   a TAB, the mnemonic, a TAB, the operands separated by ", ";
//   labels in column 0 ending in ':'; comments starting with '#'.
#pragma once

#include <string>
#include <string_view>

namespace minicc {

class AsmWriter {
 public:
  void instruction(std::string_view mnemonic);
  void instruction(std::string_view mnemonic, std::string_view operand);
  void instruction(std::string_view mnemonic, std::string_view source,
                   std::string_view destination);
  // Three operands, as in "imull $3, %eax, %eax".
  void instruction(std::string_view mnemonic, std::string_view first, std::string_view second,
                   std::string_view third);
  void directive(std::string_view name);
  void directive(std::string_view name, std::string_view arguments);
  void label(std::string_view name);
  // A directive clang writes in column 0, such as ".subsections_via_symbols".
  void columnZeroDirective(std::string_view text);
  void comment(std::string_view text);
  void blankLine();
  void append(const AsmWriter& other) { text_ += other.text_; }

  const std::string& text() const { return text_; }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

}  // namespace minicc
