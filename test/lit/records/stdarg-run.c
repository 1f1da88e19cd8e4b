// Variadic functions written in C (C17 7.16): sum(int n, ...) over more
// arguments than there are registers (the overflow area), structures read
// with va_arg (in registers and, over 16 bytes, from the stack), va_copy,
// a va_list handed to vprintf and to a function of one's own; the output
// against the system cc's build.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
#include <stdarg.h>
#include <stdio.h>

struct pair { long a, b; };
struct triple { long a, b, c; };
struct small { char c; short s; };

int sum(int n, ...) {
  va_list ap;
  int total = 0;
  va_start(ap, n);
  while (n-- > 0) total += va_arg(ap, int);
  va_end(ap);
  return total;
}

long mixed(int count, ...) {
  va_list ap, again;
  long total = 0;
  int i;
  va_start(ap, count);
  va_copy(again, ap);
  for (i = 0; i < count; i++) {
    struct pair p = va_arg(ap, struct pair);
    total = total * 10 + p.a + p.b;
  }
  total += va_arg(ap, struct triple).c * 1000;
  total += va_arg(ap, struct small).s;
  total += va_arg(ap, char *)[0];
  total += va_arg(again, struct pair).a * 100000;  // again starts over
  va_end(again);
  va_end(ap);
  return total;
}

int count_chars(const char *format, va_list ap) {
  int n = 0;
  for (; *format; format++)
    if (*format == '%') n += va_arg(ap, int);
  return n;
}

int tally(const char *format, ...) {
  va_list ap;
  int n;
  va_start(ap, format);
  n = count_chars(format, ap);
  va_end(ap);
  return n;
}

void say(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vprintf(format, ap);
  va_end(ap);
}

long eight(long a, long b, long c, long d, long e, long f, long g, ...) {
  va_list ap;
  long h;
  va_start(ap, g);
  h = va_arg(ap, long);
  va_end(ap);
  return a + b + c + d + e + f + g * 10 + h * 100;
}

int main(void) {
  struct pair p = {1, 2}, q = {3, 4};
  struct triple t = {5, 6, 7};
  struct small s = {'x', 300};
  printf("%d %d %d\n", sum(0), sum(3, 1, 2, 3), sum(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  printf("%ld\n", mixed(3, p, q, p, t, s, "A"));
  printf("%ld\n", mixed(5, q, p, q, p, q, t, s, "B"));
  printf("%d\n", tally("%%%", 1, 20, 300));
  say("%s=%d, %c, %ld\n", "answer", 42, 'z', 1234567890123L);
  printf("%ld\n", eight(1, 2, 3, 4, 5, 6, 7, 8));
  return 0;
}
