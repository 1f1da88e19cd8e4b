#include "preprocessor/builtin_headers.h"

#include <map>

namespace minicc {
namespace {

const std::map<std::string_view, std::string_view>& headers() {
  static const std::map<std::string_view, std::string_view> kHeaders = {
      {"stdio.h", R"(#pragma once
#define EOF (-1)
#define NULL ((void *)0)
typedef unsigned long size_t;
int printf(const char *format, ...);
int sprintf(char *buffer, const char *format, ...);
int snprintf(char *buffer, size_t size, const char *format, ...);
int vprintf(const char *format, __builtin_va_list args);
int vsprintf(char *buffer, const char *format, __builtin_va_list args);
int vsnprintf(char *buffer, size_t size, const char *format, __builtin_va_list args);
int puts(const char *s);
int putchar(int c);
int getchar(void);
)"},
      {"stdlib.h", R"(#pragma once
#define NULL ((void *)0)
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
typedef unsigned long size_t;
void *malloc(size_t size);
double atof(const char *s);
double strtod(const char *s, char **end);
void *calloc(size_t count, size_t size);
void *realloc(void *pointer, size_t size);
void free(void *pointer);
int abs(int n);
long labs(long n);
long long llabs(long long n);
int atoi(const char *s);
long atol(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
void exit(int status);
void abort(void);
int rand(void);
void srand(unsigned int seed);
char *getenv(const char *name);
void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));
)"},
      {"string.h", R"(#pragma once
#define NULL ((void *)0)
typedef unsigned long size_t;
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *destination, const char *source);
char *strncpy(char *destination, const char *source, size_t n);
char *strcat(char *destination, const char *source);
char *strncat(char *destination, const char *source, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strdup(const char *s);
void *memset(void *destination, int c, size_t n);
void *memcpy(void *destination, const void *source, size_t n);
void *memmove(void *destination, const void *source, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
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
      {"math.h", R"(#pragma once
#define HUGE_VAL (1.0 / 0.0)
#define HUGE_VALF (1.0f / 0.0f)
#define INFINITY (1.0f / 0.0f)
/* 0/0 is the default NaN, whose sign bit x86 sets; C's NAN is a quiet NaN
   that prints as "nan", so the sign is flipped. */
#define NAN (-(0.0f / 0.0f))
#define isnan(x) ((x) != (x))
#define isinf(x) ((x) == INFINITY || (x) == -INFINITY)
#define isfinite(x) (!isnan(x) && !isinf(x))
/* The sign bit, of NaNs and zeros too: libm's own function (a float
   argument becomes a double exactly, sign and all). */
int __signbit(double x);
#define signbit(x) __signbit(x)
#define M_PI 3.14159265358979323846
#define M_E 2.7182818284590452354
double sqrt(double x);
double pow(double x, double y);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double exp(double x);
double log(double x);
double log2(double x);
double log10(double x);
double fabs(double x);
double floor(double x);
double ceil(double x);
double round(double x);
double trunc(double x);
double fmod(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double hypot(double x, double y);
double ldexp(double x, int exp);
double frexp(double x, int *exp);
double modf(double x, double *integral);
float sqrtf(float x);
float powf(float x, float y);
float sinf(float x);
float cosf(float x);
float fabsf(float x);
float floorf(float x);
float ceilf(float x);
float fmodf(float x, float y);
float expf(float x);
float logf(float x);
)"},
      {"float.h", R"(#pragma once
#define FLT_RADIX 2
#define FLT_EVAL_METHOD 0
#define FLT_MANT_DIG 24
#define DBL_MANT_DIG 53
#define FLT_DIG 6
#define DBL_DIG 15
#define FLT_DECIMAL_DIG 9
#define DBL_DECIMAL_DIG 17
#define FLT_MIN_EXP (-125)
#define DBL_MIN_EXP (-1021)
#define FLT_MIN_10_EXP (-37)
#define DBL_MIN_10_EXP (-307)
#define FLT_MAX_EXP 128
#define DBL_MAX_EXP 1024
#define FLT_MAX_10_EXP 38
#define DBL_MAX_10_EXP 308
#define FLT_MAX 3.40282347e+38F
#define DBL_MAX 1.7976931348623157e+308
#define FLT_EPSILON 1.19209290e-7F
#define DBL_EPSILON 2.2204460492503131e-16
#define FLT_MIN 1.17549435e-38F
#define DBL_MIN 2.2250738585072014e-308
#define FLT_TRUE_MIN 1.40129846e-45F
#define DBL_TRUE_MIN 4.9406564584124654e-324
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
#define USHRT_MAX 65535
#define INT_MIN (-2147483647-1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-9223372036854775807L-1)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MIN (-9223372036854775807LL-1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL
)"},
      {"stdbool.h", R"(#pragma once
#define bool int
#define true 1
#define false 0
#define __bool_true_false_are_defined 1
)"},
      {"stddef.h", R"(#pragma once
#define NULL ((void *)0)
typedef unsigned long size_t;
typedef long ptrdiff_t;
#define offsetof(type, member) __builtin_offsetof(type, member)
)"},
      {"stdarg.h", R"(#pragma once
typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
)"},
      {"stdint.h", R"(#pragma once
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef long intmax_t;
typedef unsigned long uintmax_t;
#define INT8_MIN (-128)
#define INT8_MAX 127
#define UINT8_MAX 255
#define INT16_MIN (-32767-1)
#define INT16_MAX 32767
#define UINT16_MAX 65535
#define INT32_MIN (-2147483647-1)
#define INT32_MAX 2147483647
#define UINT32_MAX 4294967295U
#define INT64_MIN (-9223372036854775807L-1)
#define INT64_MAX 9223372036854775807L
#define UINT64_MAX 18446744073709551615UL
#define INTPTR_MIN INT64_MIN
#define INTPTR_MAX INT64_MAX
#define UINTPTR_MAX UINT64_MAX
#define SIZE_MAX UINT64_MAX
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
