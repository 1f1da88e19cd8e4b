/*
 * varargs_callee.c: variadic functions defined with <stdarg.h>, to be called
 * from code built by another compiler (varargs_caller.c).
 *
 * System V AMD64 psABI 3.5.7: va_start records how many of the six integer
 * argument registers the named parameters used (gp_offset, 8 per register,
 * into the register save area the prologue spills %rdi..%r9 into) and where
 * the caller's stack arguments begin (overflow_arg_area).  va_arg takes the
 * next register while gp_offset < 48, else the next stack slot; a 16-byte
 * struct needs two free registers, or it comes whole from the overflow area;
 * a struct above 16 bytes always comes from the overflow area.  A va_list is
 * an array of one struct, so passing it to a function passes a pointer, and
 * va_copy copies the struct.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "varargs.h"

long sum_ints(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long sum = 0;
  for (int i = 0; i < n; i++)
    sum = sum * 3 + va_arg(ap, int);
  va_end(ap);
  return sum;
}

long sum_longs(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long sum = 0;
  for (int i = 0; i < n; i++)
    sum = sum * 3 + va_arg(ap, long);
  va_end(ap);
  return sum;
}

/* Takes another function's va_list, as vprintf does. */
long sum_list(int n, va_list ap) {
  long sum = 0;
  for (int i = 0; i < n; i++)
    sum = sum * 3 + va_arg(ap, int);
  return sum;
}

long sum_forward(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long sum = sum_list(n, ap);
  va_end(ap);
  return sum;
}

/* Reads the arguments twice: once through a copy, once through the
 * original; both must see the same values. */
long sum_twice(int n, ...) {
  va_list ap, again;
  va_start(ap, n);
  va_copy(again, ap);
  long first = sum_list(n, again);
  va_end(again);
  long second = 0;
  for (int i = 0; i < n; i++)
    second = second * 3 + va_arg(ap, int);
  va_end(ap);
  return first == second ? first : -1;
}

/* The named parameters use three registers here, so only three are left
 * for the variadic ones. */
long sum_after_three(long a, long b, long c, ...) {
  va_list ap;
  va_start(ap, c);
  long sum = a * 100 + b * 10 + c;
  long next;
  while ((next = va_arg(ap, long)) != 0)
    sum = sum * 3 + next;
  va_end(ap);
  return sum;
}

/* types names each argument: i int, u unsigned, l long, c char (passed as
 * int), p long *, s string, 8 struct v8, G struct v16, M struct v24. */
unsigned long typed(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  unsigned long h = 17;
  for (const char *t = types; *t; t++) {
    if (*t == 'i') {
      h = h * 31 + (unsigned long)va_arg(ap, int);
    } else if (*t == 'u') {
      h = h * 31 + va_arg(ap, unsigned);
    } else if (*t == 'l') {
      h = h * 31 + (unsigned long)va_arg(ap, long);
    } else if (*t == 'c') {
      h = h * 31 + (unsigned long)(char)va_arg(ap, int);
    } else if (*t == 'p') {
      h = h * 31 + (unsigned long)*va_arg(ap, long *);
    } else if (*t == 's') {
      h = h * 31 + strlen(va_arg(ap, char *));
    } else if (*t == '8') {
      struct v8 v = va_arg(ap, struct v8);
      h = h * 31 + hash_v8(v);
    } else if (*t == 'G') {
      struct v16 v = va_arg(ap, struct v16);
      h = h * 31 + hash_v16(v);
    } else if (*t == 'M') {
      struct v24 v = va_arg(ap, struct v24);
      h = h * 31 + hash_v24(v);
    }
  }
  va_end(ap);
  return h;
}

/* Appends c to out (at most cap - 1 characters, then a NUL, as snprintf);
 * the length counts every character, also those that did not fit. */
static void put(char *out, int cap, int *length, char c) {
  if (*length < cap - 1)
    out[*length] = c;
  (*length)++;
}

static void put_unsigned(char *out, int cap, int *length, unsigned long v, unsigned base) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  while (n > 0)
    put(out, cap, length, digits[--n]);
}

/* A small vsnprintf: %d %ld %u %x %lx %s %c %%. */
int mini_vformat(char *out, int cap, const char *fmt, va_list ap) {
  int length = 0;
  for (const char *f = fmt; *f; f++) {
    if (*f != '%') {
      put(out, cap, &length, *f);
      continue;
    }
    f++;
    int is_long = *f == 'l';
    if (is_long)
      f++;
    if (*f == 'd') {
      long v = is_long ? va_arg(ap, long) : va_arg(ap, int);
      unsigned long magnitude = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
      if (v < 0)
        put(out, cap, &length, '-');
      put_unsigned(out, cap, &length, magnitude, 10);
    } else if (*f == 'u' || *f == 'x') {
      unsigned long v = is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
      put_unsigned(out, cap, &length, v, *f == 'u' ? 10 : 16);
    } else if (*f == 's') {
      for (const char *s = va_arg(ap, char *); *s; s++)
        put(out, cap, &length, *s);
    } else if (*f == 'c') {
      put(out, cap, &length, (char)va_arg(ap, int));
    } else {
      put(out, cap, &length, *f);
    }
  }
  if (cap > 0)
    out[length < cap ? length : cap - 1] = '\0';
  return length;
}

/* Measures first (through a copy of the arguments), then formats into a
 * buffer of the right size: va_copy as a two-pass printf uses it. */
int mini_format(char *out, int cap, const char *fmt, ...) {
  va_list ap, measure;
  va_start(ap, fmt);
  va_copy(measure, ap);
  char nothing[1];
  int needed = mini_vformat(nothing, 0, fmt, measure);
  va_end(measure);
  int written = needed < cap ? mini_vformat(out, cap, fmt, ap) : -1;
  va_end(ap);
  return written;
}

/* Hands its va_list to the C library's vsnprintf. */
int my_printf_to(char *out, int cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out, cap, fmt, ap);
  va_end(ap);
  return n;
}
