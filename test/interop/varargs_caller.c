/*
 * varargs_caller.c: calls the variadic functions of varargs_callee.c, built
 * by the other compiler, with more than six arguments (so the callee's
 * va_arg moves from the register save area to the overflow area), and
 * passes va_lists of its own to the callee's mini_vformat and sum_list and
 * to the C library's vsnprintf.  Each result is checked against a value this
 * side computes itself; prints one line per failure and
 * "varargs: N checks, K failed", exits 1 if K > 0.
 */
#include <stdio.h>
#include <string.h>

#include "varargs.h"

static int checks, failures;

static void expect(long got, long want, const char *what) {
  checks++;
  if (got != want) {
    printf("VARARGS FAIL: %s returned %ld, expected %ld\n", what, got, want);
    failures++;
  }
}

static void expect_text(const char *got, const char *want, const char *what) {
  checks++;
  if (strcmp(got, want) != 0) {
    printf("VARARGS FAIL: %s wrote \"%s\", expected \"%s\"\n", what, got, want);
    failures++;
  }
}

/* The hash typed() computes, over the same values. */
static unsigned long fold(unsigned long h, unsigned long v) {
  return h * 31 + v;
}

/* This side's va_list, read by the other side's sum_list. */
static long via_list(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long sum = sum_list(n, ap);
  va_end(ap);
  return sum;
}

/* This side's va_list, read by the other side's mini_vformat. */
static int format_via(char *out, int cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = mini_vformat(out, cap, fmt, ap);
  va_end(ap);
  return n;
}

int main(void) {
  long want = 0;
  for (int i = 1; i <= 10; i++)
    want = want * 3 + i;
  /* n in %edi, five ints in registers, five from the overflow area */
  expect(sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), want, "sum_ints(10, 1..10)");
  expect(sum_forward(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), want, "sum_forward(10, 1..10)");
  expect(sum_twice(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), want, "sum_twice(10, 1..10) (va_copy)");
  expect(via_list(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), want, "sum_list(10, a va_list of the caller's)");
  expect(sum_ints(0), 0, "sum_ints(0)");
  expect(sum_ints(3, -1, -2, -3), (-1 * 3 - 2) * 3 - 3, "sum_ints(3, -1, -2, -3)");

  long big[8] = {1L << 40, -(1L << 33), 123456789012L, -5, 7, 1L << 50, 99, -(1L << 45)};
  want = 0;
  for (int i = 0; i < 8; i++)
    want = want * 3 + big[i];
  expect(sum_longs(8, big[0], big[1], big[2], big[3], big[4], big[5], big[6], big[7]), want, "sum_longs(8, ...)");
  expect(sum_after_three(1, 2, 3, 10L, 20L, 30L, 40L, 50L, 0L), ((((123 * 3 + 10) * 3 + 20) * 3 + 30) * 3 + 40) * 3 + 50,
         "sum_after_three(1, 2, 3, 10, 20, 30, 40, 50, 0)");

  struct v8 s8 = {-70000, -300, 'q'};
  struct v16 s16 = {-(1L << 42), 77};
  struct v24 s24 = {1, -2, 3L << 35};
  long target = -424242;
  unsigned long h = 17;
  /* types in %rdi, four ints in %rsi..%r8: one register left, so the
   * 16-byte struct goes to the overflow area and the int after it takes %r9 */
  h = fold(fold(fold(fold(h, 1), 2), 3), 4);
  h = fold(fold(h, hash_v16(s16)), 5);
  h = fold(fold(h, hash_v8(s8)), hash_v24(s24));
  expect((long)typed("iiiiGi8M", 1, 2, 3, 4, s16, 5, s8, s24), (long)h, "typed(\"iiiiGi8M\", ...)");
  h = 17;
  h = fold(fold(fold(h, hash_v16(s16)), hash_v16(s16)), hash_v8(s8));
  h = fold(fold(fold(h, hash_v24(s24)), (unsigned long)(char)'z'), 4000000000UL);
  h = fold(fold(fold(h, (unsigned long)target), 5), (unsigned long)(1L << 60));
  h = fold(fold(h, hash_v16(s16)), (unsigned long)-9);
  expect((long)typed("GG8Mcupsl" "Gi", s16, s16, s8, s24, 'z', 4000000000U, &target, "hello", 1L << 60, s16, -9),
         (long)h, "typed(\"GG8McupslGi\", ...)");

  char got[100], ref[100];
  snprintf(ref, sizeof ref, "%d %ld %u %x %s %c %lx %% %d %d %d", -42, -1234567890123L, 4000000000U, 0xbeefU, "str", 'k',
           0xfeedfacecafeUL, 1, 2, 3);
  mini_format(got, sizeof got, "%d %ld %u %x %s %c %lx %% %d %d %d", -42, -1234567890123L, 4000000000U, 0xbeefU, "str", 'k',
              0xfeedfacecafeUL, 1, 2, 3);
  expect_text(got, ref, "mini_format (va_copy, two passes)");
  format_via(got, sizeof got, "%d %ld %u %x %s %c %lx %% %d %d %d", -42, -1234567890123L, 4000000000U, 0xbeefU, "str", 'k',
             0xfeedfacecafeUL, 1, 2, 3);
  expect_text(got, ref, "mini_vformat with a va_list of the caller's");
  my_printf_to(got, sizeof got, "%d %ld %u %x %s %c %lx %% %d %d %d", -42, -1234567890123L, 4000000000U, 0xbeefU, "str", 'k',
               0xfeedfacecafeUL, 1, 2, 3);
  expect_text(got, ref, "my_printf_to (its va_list to the C library's vsnprintf)");
  expect(mini_format(got, 4, "%s", "too long"), -1, "mini_format into a short buffer");
  expect(format_via(got, 4, "%s", "too long"), 8, "mini_vformat into a short buffer");
  expect_text(got, "too", "mini_vformat into a short buffer");

  printf("varargs: %d checks, %d failed\n", checks, failures);
  return failures != 0;
}
