#include "preprocessor/builtin_headers.h"

#include <map>

namespace minicc {

std::optional<std::string_view> builtinHeader(std::string_view name) {
  static const std::map<std::string_view, std::string_view> kHeaders = {
      {"stdio.h", R"(
int printf(const char *format, ...);
int puts(const char *s);
int putchar(int c);
int getchar(void);
)"},
      {"stdlib.h", R"(
int abs(int n);
void exit(int status);
int atoi(const char *s);
int rand(void);
)"},
  };
  auto it = kHeaders.find(name);
  if (it == kHeaders.end()) return std::nullopt;
  return it->second;
}

}  // namespace minicc
