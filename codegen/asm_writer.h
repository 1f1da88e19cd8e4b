// The one printer of assembly text. Code generation says what to emit; this
// decides how it looks: clang's layout, as in the notes —
//   a TAB, the mnemonic, a TAB, the operands separated by ", ";
//   labels in column 0 ending in ':'; comments starting with '#'.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace minicc {

class AsmWriter {
 public:
  // An instruction with zero or more operands: "\tmovl\t$10, -4(%rbp)\n".
  template <class... Operands>
  void instruction(std::string_view mnemonic, const Operands&... operands) {
    write(mnemonic, {std::string_view(operands)...});
  }
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
  void write(std::string_view mnemonic, std::initializer_list<std::string_view> operands);

  std::string text_;
};

}  // namespace minicc
