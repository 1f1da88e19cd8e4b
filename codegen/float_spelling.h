// A floating constant's value as listings comment it, the way clang's do
// ("# double 1.5", "# double 0.10000000000000001", "# float 1.40129846E-45"):
// enough significant digits to give the same bits back (17 for a double, 9
// for a float: IEEE 754-2008 section 5.12.2), trailing zeros dropped, and
// written out in full unless that takes more than three zeros of padding
// on either side of the digits, when it is "d.dddE+x" instead.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace minicc {

// `value`, holding `significantDigits` at most.
inline std::string floatValueText(double value, int significantDigits) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Inf" : "+Inf";
  std::string sign = std::signbit(value) ? "-" : "";
  if (value == 0) return sign + "0";
  // The digits, correctly rounded by the C library: "d.ddddde±x".
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*e", significantDigits - 1, std::fabs(value));
  std::string digits;
  const char* p = buffer;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits += *p;
  int leadingExponent = std::atoi(p + 1);  // of the first digit
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const int n = static_cast<int>(digits.size());
  const int lastExponent = leadingExponent - (n - 1);  // of the last digit
  constexpr int kMostPadding = 3;
  const bool scientific = lastExponent >= 0
                              ? lastExponent > kMostPadding || n + lastExponent > significantDigits
                              : leadingExponent < -kMostPadding;
  if (scientific) {
    std::string text = sign + digits[0] + "." + (n == 1 ? std::string("0") : digits.substr(1));
    text += leadingExponent < 0 ? "E-" : "E+";
    return text + std::to_string(std::abs(leadingExponent));
  }
  if (lastExponent >= 0) return sign + digits + std::string(lastExponent, '0');
  if (leadingExponent >= 0)  // digits on both sides of the point
    return sign + digits.substr(0, leadingExponent + 1) + "." + digits.substr(leadingExponent + 1);
  return sign + "0." + std::string(-leadingExponent - 1, '0') + digits;
}

inline double doubleOfBits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

inline float floatOfBits(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

// "double 1.5", "float 0.100000001": the comment on the data line.
inline std::string describeDoubleBits(uint64_t bits) {
  return "double " + floatValueText(doubleOfBits(bits), 17);
}
inline std::string describeFloatBits(uint32_t bits) {
  return "float " + floatValueText(floatOfBits(bits), 9);
}

// The bits in hexadecimal, every digit written (0x3ff8000000000000,
// 0x3fc00000), as data directives give them.
inline std::string hexBits(uint64_t bits, int bytes) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%0*llx", bytes * 2, static_cast<unsigned long long>(bits));
  return buffer;
}

}  // namespace minicc
