#include "preprocessor/builtin_headers.h"

#include <map>

namespace minicc {
namespace {

const std::map<std::string_view, std::string_view>& headers() {
  static const std::map<std::string_view, std::string_view> kHeaders = {
      {"stdio.h", R"(#pragma once
#define EOF (-1)
#define NULL 0
int printf(const char *format, ...);
int sprintf(char *buffer, const char *format, ...);
int snprintf(char *buffer, int size, const char *format, ...);
int puts(const char *s);
int putchar(int c);
int getchar(void);
)"},
      {"stdlib.h", R"(#pragma once
#define NULL 0
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
int abs(int n);
void exit(int status);
void abort(void);
int atoi(const char *s);
int rand(void);
void srand(int seed);
void *malloc(int size);
void *calloc(int count, int size);
void *realloc(void *pointer, int size);
void free(void *pointer);
)"},
      {"string.h", R"(#pragma once
#define NULL 0
int strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, int n);
char *strcpy(char *destination, const char *source);
char *strncpy(char *destination, const char *source, int n);
char *strcat(char *destination, const char *source);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
void *memset(void *destination, int c, int n);
void *memcpy(void *destination, const void *source, int n);
void *memmove(void *destination, const void *source, int n);
int memcmp(const void *a, const void *b, int n);
)"},
      {"ctype.h", R"(#pragma once
int isalnum(int c);
int isalpha(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);
)"},
      {"limits.h", R"(#pragma once
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define SHRT_MIN (-32767-1)
#define SHRT_MAX 32767
#define INT_MIN (-2147483647-1)
#define INT_MAX 2147483647
)"},
      {"stdbool.h", R"(#pragma once
#define bool int
#define true 1
#define false 0
#define __bool_true_false_are_defined 1
)"},
      {"stddef.h", R"(#pragma once
#define NULL 0
)"},
  };
  return kHeaders;
}

}  // namespace

std::optional<std::string_view> builtinHeader(std::string_view name) {
  auto it = headers().find(name);
  if (it == headers().end()) return std::nullopt;
  return it->second;
}

std::vector<std::string_view> builtinHeaderNames() {
  std::vector<std::string_view> names;
  for (const auto& entry : headers()) names.push_back(entry.first);
  return names;
}

}  // namespace minicc
