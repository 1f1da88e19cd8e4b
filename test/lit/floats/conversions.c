// REQUIRES: minicc-floats
// Conversions between the floating types and every integer type: unsigned
// long values at and above 2^63 to double and back (cvtsi2sd alone is
// signed), truncation toward zero of negatives, -0.0, float <-> double
// rounding (to nearest, ties to even), the limits of int, long and unsigned
// as doubles, unsigned char and short values, long long near 2^53 + 1
// (rounded to even), conversions in assignments, arguments, returns and
// compound assignments; all with defined results (no out-of-range value is
// converted to an integer).  Output against cc's build.
// RUN: %cut -c %s -o %t.o
// RUN: %cc %t.o -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w -ffp-contract=off %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

static void show(const char *what, double x) {
  if (x != x)
    printf("%s nan\n", what);
  else
    printf("%s %.17g\n", what, x);
}

static double from_ulong(unsigned long u) { return u; }
static unsigned long to_ulong(double d) { return d; }
static float from_long(long l) { return l; }
static long to_long(float f) { return (long)f; }
static unsigned to_unsigned(double d) { return d; }
static double from_unsigned(unsigned u) { return u; }

volatile unsigned long vbig = 18446744073709551615UL;

int main(void) {
  unsigned long two63 = 9223372036854775808UL;
  show("2^63", from_ulong(two63));
  // CHECK: 2^63 9.2233720368547758e+18
  show("2^63 + 1", from_ulong(two63 + 1));
  show("2^63 + 1025", from_ulong(two63 + 1025));
  show("2^63 + 1024", from_ulong(two63 + 1024));
  show("2^63 + 3072", from_ulong(two63 + 3072));
  show("ULONG_MAX", from_ulong(vbig));
  // CHECK: ULONG_MAX 1.8446744073709552e+19
  show("ULONG_MAX - 2047", from_ulong(vbig - 2047));
  show("ULONG_MAX as float", (float)vbig);
  printf("back 2^63 %lu\n", to_ulong(9223372036854775808.0));
  // CHECK: back 2^63 9223372036854775808
  printf("back 1.8e19 %lu\n", to_ulong(1.8e19));
  // CHECK: back 1.8e19 18000000000000000000
  printf("back 2^64 - 2048 %lu\n", to_ulong(18446744073709549568.0));
  printf("back 2^63 - 1024 %lu\n", to_ulong(9223372036854774784.0));
  printf("back 12.9 %lu\n", to_ulong(12.9));
  unsigned long round_trip = two63 + 4096;
  printf("round trip %lu\n", (unsigned long)(double)round_trip);
  printf("truncation %d %d %d %d\n", (int)-2.5, (int)-0.9, (int)2.99999, (int)-2147483648.9);
  // CHECK: truncation -2 0 2 -2147483648
  printf("long truncation %ld %ld\n", (long)-1e18, (long)-9223372036854775808.0);
  printf("minus zero %d %ld %u\n", (int)-0.0, (long)-0.0, (unsigned)-0.0);
  show("(double)-0 int", (double)(int)-0.0);
  // CHECK: (double)-0 int 0
  printf("unsigned %u %u %u\n", to_unsigned(4294967295.0), to_unsigned(3000000000.5), to_unsigned(-0.99));
  // CHECK: unsigned 4294967295 3000000000 0
  show("UINT_MAX", from_unsigned(4294967295u));
  show("INT_MAX", (double)2147483647);
  show("INT_MIN", (double)(-2147483647 - 1));
  show("LONG_MAX", (double)9223372036854775807L);
  // CHECK: LONG_MAX 9.2233720368547758e+18
  show("LONG_MIN", (double)(-9223372036854775807L - 1));
  show("LONG_MAX as float", from_long(9223372036854775807L));
  long long near = 9007199254740993LL;  // 2^53 + 1: halfway, rounds to even
  show("2^53 + 1", (double)near);
  // CHECK: 2^53 + 1 9007199254740992
  show("2^53 + 3", (double)(near + 2));
  // CHECK: 2^53 + 3 9007199254740996
  show("-(2^53 + 1)", (double)-near);
  printf("back 2^53 %lld\n", (long long)(double)near);
  unsigned char uc = 255;
  signed char sc = -128;
  unsigned short us = 65535;
  short ss = -32768;
  char c = 'A';
  show("uchar", uc);
  show("schar", sc);
  show("ushort", us);
  show("short", ss);
  show("char", c);
  float fuc = uc, fss = ss;
  show("float uchar short", fuc + fss);
  uc = 200.75;
  us = 65534.99;
  sc = -127.5;
  ss = -32767.9f;
  c = 66.6;
  printf("narrow %d %d %d %d %d\n", uc, us, sc, ss, c);
  // CHECK: narrow 200 65534 -127 -32767 66
  // float <-> double: rounding to nearest, ties to even, and widening exactly.
  float f1 = 16777217;             // 2^24 + 1: halfway, even is 2^24
  float f2 = 16777219;             // rounds up to 2^24 + 4
  float f3 = 0.1;                  // double 0.1 rounded to float
  float f4 = 1.00000005960464477539;  // as a double 1 + 2^-24 exactly, a tie: to even, 1
  float f5 = 1.0000000596046449;   // just above the tie: up
  show("f1", f1);
  // CHECK: f1 16777216
  show("f2", f2);
  show("f3", f3);
  // CHECK: f3 0.10000000149011612
  show("f4", f4);
  // CHECK: f4 1
  show("f5", f5);
  show("f3 * f3 (float)", f3 * f3);
  show("f3 * f3 (double)", (double)f3 * f3);
  printf("to_long %ld %ld\n", to_long(-3.75f), to_long(1e18f));
  // CHECK: to_long -3 999999984306749440
  double d = 10;
  int i = 3;
  d /= i;
  show("d /= int", d);
  i *= 2.5;
  printf("int *= 2.5: %d\n", i);
  // CHECK: int *= 2.5: 7
  unsigned long ul = 10;
  ul += 0.75;
  ul *= 1e18;
  printf("ulong compound %lu\n", ul);
  // CHECK: ulong compound 10000000000000000000
  float ff = 1;
  ff += 1e-8;                      // computed in double, rounded back: 1
  show("float += 1e-8", ff);
  // CHECK: float += 1e-8 1
  return 0;
}
// CHECK: exit=0
