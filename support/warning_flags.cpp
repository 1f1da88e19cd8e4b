#include "support/warning_flags.h"

namespace minicc {

const WarningFlag* findWarningFlag(std::string_view name) {
  static constexpr WarningFlag kFlags[] = {
      {"unused-variable", "a local variable that is never used"},
      {"unused-value", "an expression statement whose value is thrown away"},
      {"return-type", "a non-void function that can end without a return"},
      {"implicit-function-declaration", "a call to printf, puts or putchar without a declaration"},
      {"parentheses", "an assignment used as a condition"},
      {"division-by-zero", "division or remainder by a constant zero"},
      {"integer-overflow", "a constant expression that overflows int"},
      {"constant-conversion", "a constant that does not fit its type"},
      {"shift-count-overflow", "a shift by a negative constant or by 32 or more"},
      {"extern-initializer", "an extern variable with an initialiser"},
      {"undefined-internal", "a static function that is called but never defined"},
      {"multichar", "a character literal with several characters"},
      {"macro-redefined", "a macro defined again with another body"},
      {"extra-tokens", "tokens after a preprocessing directive"},
      {"#warnings", "the #warning directive"},
      {"int-conversion", "an integer used as a pointer, or a pointer as an integer, without a cast"},
      {"incompatible-pointer-types", "a pointer converted to an unrelated pointer type without a cast"},
      {"incompatible-pointer-types-discards-qualifiers", "a pointer conversion that drops const or volatile"},
      {"pointer-arith", "arithmetic on a void * or function pointer (a GNU extension)"},
      {"pointer-integer-compare", "a comparison between a pointer and an integer"},
      {"compare-distinct-pointer-types", "a comparison of pointers to different types"},
      {"pointer-type-mismatch", "?: between pointers to different types"},
      {"conditional-type-mismatch", "?: between a pointer and an integer"},
      {"excess-initializers", "more initialisers than the object has elements"},
      {"implicitly-unsigned-literal", "a decimal literal too large for long long"},
      {"sizeof-array-argument", "sizeof of an array parameter, which is a pointer"},
      {"tentative-definition-incomplete-type", "a tentative array definition of unknown size"},
      {"unknown-warning-option", "a -W flag minicc does not know"},
      {"ignored-optimization-argument", "an -O level minicc ignores (none since -O works; kept for cc command lines)"},
      {"unused-command-line-argument", "an input that -S or -c leaves unused"},
      // Groups, accepted for compatibility with cc command lines.
      {"all", "group"}, {"extra", "group"}, {"pedantic", "group"}, {"everything", "group"},
  };
  for (const WarningFlag& flag : kFlags)
    if (flag.name == name) return &flag;
  return nullptr;
}

}  // namespace minicc
