/*
 * varargs.h: what varargs_callee.c and varargs_caller.c share.  The hash
 * helpers are static, so each side's compiler compiles its own copy.
 */
#include <stdarg.h>

/* Structs passed through "...": one eightbyte, two, and a MEMORY one. */
struct v8 { int a; short b; char c; };
struct v16 { long a; int b; };
struct v24 { long a, b, c; };

static unsigned long hash_v8(struct v8 v) {
  return ((unsigned long)v.a * 7 + (unsigned long)v.b) * 7 + (unsigned long)v.c;
}

static unsigned long hash_v16(struct v16 v) {
  return (unsigned long)v.a * 11 + (unsigned long)v.b;
}

static unsigned long hash_v24(struct v24 v) {
  return ((unsigned long)v.a * 13 + (unsigned long)v.b) * 13 + (unsigned long)v.c;
}

long sum_ints(int n, ...);
long sum_longs(int n, ...);
long sum_list(int n, va_list ap);
long sum_forward(int n, ...);
long sum_twice(int n, ...);
long sum_after_three(long a, long b, long c, ...);
unsigned long typed(const char *types, ...);
int mini_vformat(char *out, int cap, const char *fmt, va_list ap);
int mini_format(char *out, int cap, const char *fmt, ...);
int my_printf_to(char *out, int cap, const char *fmt, ...);
