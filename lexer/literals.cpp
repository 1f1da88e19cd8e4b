#include "lexer/literals.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace minicc {
namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

bool isValidSuffix(std::string_view s) {
  if (s.empty()) return true;  // most literals: spares building `lower`
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kSuffixes[] = {"", "u", "l", "ul", "lu", "ll", "ull", "llu"};
  for (const char* ok : kSuffixes)
    if (lower == ok) return s.find("lL") == std::string_view::npos &&
                            s.find("Ll") == std::string_view::npos;
  return false;
}

}  // namespace

IntLiteralValue parseAnyIntLiteral(std::string_view text) {
  IntLiteralValue result;
  unsigned base = 10;
  size_t pos = 0;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    pos = 2;
    if (pos == text.size() || digitValue(text[pos]) >= 16) {
      result.error = "invalid hexadecimal constant '" + std::string(text) + "'";
      return result;
    }
  } else if (text.size() >= 1 && text[0] == '0') {
    base = 8;
  }
  for (; pos < text.size(); ++pos) {
    int d = digitValue(text[pos]);
    if (d >= static_cast<int>(base)) {
      if (std::isdigit(static_cast<unsigned char>(text[pos]))) {
        result.error = std::string("invalid digit '") + text[pos] + "' in " +
                       (base == 8 ? "octal" : "decimal") + " constant";
        return result;
      }
      break;  // the suffix starts here
    }
    // Tested before multiplying: a wrapped product can pass a test made after
    // it (18446744073709551616 would wrap to 0 and look exact).
    if (result.value > (UINT64_MAX - d) / base) result.tooLarge = true;
    result.value = result.value * base + d;
  }
  std::string_view suffix = text.substr(pos);
  if (!isValidSuffix(suffix))
    result.error = "invalid suffix '" + std::string(suffix) + "' on integer constant";
  result.decimal = base == 10;
  for (char c : suffix) {
    if (c == 'u' || c == 'U') result.unsignedSuffix = true;
    if (c == 'l' || c == 'L') ++result.longSuffix;
  }
  return result;
}

FloatLiteralValue parseFloatLiteral(std::string_view text) {
  FloatLiteralValue result;
  // The number ends where strtod stops; what is left must be a suffix.
  // strtod reads C's hexadecimal form too, and rounds to nearest (C17
  // 7.22.1.3), as does strtof straight to float: no double rounding.
  const std::string spelling(text);
  char* end = nullptr;
  errno = 0;
  // In a hexadecimal constant 'f' is a digit until the exponent has begun.
  const bool hex = spelling.size() > 1 && spelling[0] == '0' && (spelling[1] == 'x' || spelling[1] == 'X');
  const bool floatSuffix = (spelling.back() == 'f' || spelling.back() == 'F') &&
                           (!hex || spelling.find_first_of("pP") != std::string::npos);
  if (floatSuffix) {
    result.isFloat = true;
    result.value = std::strtof(spelling.c_str(), &end);
  } else {
    result.value = std::strtod(spelling.c_str(), &end);
  }
  const std::string suffix(end);
  if (!(suffix.empty() || (result.isFloat && (suffix == "f" || suffix == "F")))) {
    result.isFloat = false;
    if (suffix == "l" || suffix == "L")
      result.longDouble = true;  // the parser says so, once
    else
      result.error = "invalid suffix '" + suffix + "' on floating constant";
    return result;
  }
  if (errno == ERANGE) {
    if (std::isinf(result.value)) result.tooLarge = true;
    else if (result.value == 0) result.tooSmall = true;
  }
  return result;
}

DecodedLiteral decodeQuoted(std::string_view spelling) {
  DecodedLiteral out;
  if (spelling.size() < 2) return out;
  std::string_view body = spelling.substr(1, spelling.size() - 2);
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      out.bytes += c;
      continue;
    }
    if (++i == body.size()) break;
    char e = body[i];
    switch (e) {
      case 'n': out.bytes += '\n'; break;
      case 't': out.bytes += '\t'; break;
      case 'r': out.bytes += '\r'; break;
      case 'a': out.bytes += '\a'; break;
      case 'b': out.bytes += '\b'; break;
      case 'f': out.bytes += '\f'; break;
      case 'v': out.bytes += '\v'; break;
      case 'e': out.bytes += '\x1b'; break;  // a GNU extension C programmers use
      case '\\': case '\'': case '"': case '?': out.bytes += e; break;
      case 'x': {
        unsigned value = 0;
        size_t start = i + 1;
        while (i + 1 < body.size() && digitValue(body[i + 1]) < 16) {
          value = value * 16 + digitValue(body[++i]);
          if (value > 0xff && out.error.empty()) {
            out.error = "hex escape sequence out of range";
            out.errorOffset = static_cast<unsigned>(start);
          }
        }
        if (i + 1 == start && out.error.empty()) {
          out.error = "\\x used with no following hex digits";
          out.errorOffset = static_cast<unsigned>(start);
        }
        out.bytes += static_cast<char>(value);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          unsigned value = e - '0';
          for (int n = 0; n < 2 && i + 1 < body.size() && body[i + 1] >= '0' &&
                          body[i + 1] <= '7'; ++n)
            value = value * 8 + (body[++i] - '0');
          if (value > 0xff && out.error.empty()) {
            out.error = "octal escape sequence out of range";
            out.errorOffset = static_cast<unsigned>(i);
          }
          out.bytes += static_cast<char>(value);
        } else {
          if (out.error.empty()) {
            out.error = std::string("unknown escape sequence '\\") + e + "'";
            out.errorOffset = static_cast<unsigned>(i);  // offset of the backslash + 1 quote
          }
          out.bytes += e;
        }
    }
  }
  return out;
}

int charLiteralValue(const DecodedLiteral& decoded) {
  if (decoded.bytes.empty()) return 0;
  return static_cast<signed char>(decoded.bytes[0]);
}

std::string escapeForAssembler(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default:
        if (c >= 0x20 && c < 0x7f) {
          out += static_cast<char>(c);
        } else {  // three-digit octal, as clang prints it
          out += '\\';
          out += static_cast<char>('0' + (c >> 6));
          out += static_cast<char>('0' + ((c >> 3) & 7));
          out += static_cast<char>('0' + (c & 7));
        }
    }
  }
  return out;
}

}  // namespace minicc
