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
IntLiteralValue parseIntLiteral(std::string_view text);

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
