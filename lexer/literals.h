// The values of literals: shared by the lexer (to check them), the parser
// and the preprocessor's #if (to compute them) and codegen (to print them).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace minicc {

struct IntLiteralValue {
  uint64_t value = 0;
  bool tooLarge = false;      // does not fit in 64 bits
  bool decimal = true;        // not octal or hexadecimal (C17 6.4.4.1p5 types them apart)
  bool unsignedSuffix = false;  // u or U
  int longSuffix = 0;         // l or L: 1, ll or LL: 2
  std::string error;          // malformed: the message to report, else empty
};

// Decimal, octal (0777) and hexadecimal (0x1F) integer constants, with the
// optional suffixes u, l, ll in any case and order.
IntLiteralValue parseAnyIntLiteral(std::string_view text);

// The same, with the common case inline: at most 19 digits and no suffix
// always fit and are valid (the lexer checks every literal and the parser
// reads it again, and most are a digit or two). A leading 0 is octal, the
// rest (0x, suffixes, long ones) the general parser's.
inline IntLiteralValue parseIntLiteral(std::string_view text) {
  IntLiteralValue result;
  if (text.empty() || text.size() > 19 || (text[0] == '0' && text.size() > 1))
    return parseAnyIntLiteral(text);
  for (char c : text) {
    if (c < '0' || c > '9') return parseAnyIntLiteral(text);
    result.value = result.value * 10 + static_cast<unsigned>(c - '0');
  }
  result.decimal = text[0] != '0';  // "0" is octal
  return result;
}

struct FloatLiteralValue {
  double value = 0;           // a float's value is exactly representable as a double
  bool isFloat = false;       // suffix f or F: the literal is a float, rounded once to float
  bool tooLarge = false;      // beyond the type's range: the value is infinity
  bool tooSmall = false;      // a non-zero literal that rounds to zero
  bool longDouble = false;    // suffix l or L: a long double, which minicc lacks (read as a double)
  std::string error;          // malformed: the message to report, else empty
};

// Decimal (1.5, .5, 1e-3, 2.) and hexadecimal (0x1p3, 0x1.8p-2) floating
// constants (C17 6.4.4.2), with the optional suffix f or F. Each is rounded
// once, to nearest, to its own type, as the target's arithmetic does.
FloatLiteralValue parseFloatLiteral(std::string_view text);

// A quoted character or string literal, escapes decoded.
struct DecodedLiteral {
  std::string bytes;          // the characters, escapes applied
  std::string error;          // first problem found, else empty
  unsigned errorOffset = 0;   // where in the spelling the problem is
};

// `spelling` includes the quotes. A character literal's value is its first
// byte as a signed char, as gcc and clang have it on x86-64.
DecodedLiteral decodeQuoted(std::string_view spelling);
int charLiteralValue(const DecodedLiteral& decoded);

// Spells bytes for an assembler string (.asciz "...") with C escapes.
std::string escapeForAssembler(std::string_view bytes);

}  // namespace minicc
