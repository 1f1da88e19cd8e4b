// REQUIRES: minicc-floats
// Floating literals in every form C has: decimal with a point, with an
// exponent (e and E, signed or not), a leading or trailing point, hex
// floats (p and P exponents, hex digits after the point), f/F suffixes for
// float; values that must round to nearest (0.1, 1e23, many digits, the
// edges of double and float, halfway cases, a float literal that rounds
// differently when read through double), their types (sizeof), and
// literals in integer and boolean contexts.  Output against cc's build.
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

static void showf(const char *what, float x) {
  printf("%s %.9g\n", what, (double)x);
}

int main(void) {
  show("1.5", 1.5);
  // CHECK: 1.5 1.5
  show("1e-3", 1e-3);
  // CHECK: 1e-3 0.001
  show(".5", .5);
  show("2.", 2.);
  show("1E+2", 1E+2);
  show("2.5e-1", 2.5e-1);
  show("0.0", 0.0);
  show("00012.500", 00012.500);
  show("0x1p3", 0x1p3);
  // CHECK: 0x1p3 8
  show("0X1.8P-2", 0X1.8P-2);
  // CHECK: 0X1.8P-2 0.375
  show("0x.8p1", 0x.8p1);
  show("0xA.Bp0", 0xA.Bp0);
  show("0x1.fffffffffffffp1023", 0x1.fffffffffffffp1023);
  show("0x1p-1074", 0x1p-1074);
  show("0x1p-1022", 0x1p-1022);
  show("0x1.0000000000001p0", 0x1.0000000000001p0);
  show("0.1", 0.1);
  // CHECK: 0.1 0.10000000000000001
  show("0.3", 0.3);
  show("1e23", 1e23);
  show("8.589973e9", 8.589973e9);
  show("2.2250738585072011e-308", 2.2250738585072011e-308);
  show("4.9e-324", 4.9e-324);
  show("1.7976931348623157e308", 1.7976931348623157e308);
  show("3.141592653589793238462643383279502884", 3.141592653589793238462643383279502884);
  show("9007199254740993", 9007199254740993.0);
  // CHECK: 9007199254740993 9007199254740992
  show("9007199254740995", 9007199254740995.0);
  show("0.1000000000000000055511151231257827", 0.1000000000000000055511151231257827);
  show("123456789012345678901234567890.0", 123456789012345678901234567890.0);
  showf("1.5f", 1.5f);
  showf("2.f", 2.f);
  showf(".25F", .25F);
  showf("1e-3f", 1e-3f);
  showf("0x1p-149f", 0x1p-149f);
  showf("0x1.fffffep127f", 0x1.fffffep127f);
  showf("0.1f", 0.1f);
  // CHECK: 0.1f 0.100000001
  showf("16777217.0f", 16777217.0f);
  // CHECK: 16777217.0f 16777216
  showf("3.4028234e38f", 3.4028234e38f);
  showf("1.17549435e-38f", 1.17549435e-38f);
  // 1 + 2^-24 + a little: straight to float it rounds up to 1 + 2^-23;
  // through double it would be 1 + 2^-24 first, a tie, rounded to even: 1.
  showf("1.000000059604644775390625000001f", 1.000000059604644775390625000001f);
  // CHECK: 1.000000059604644775390625000001f 1.00000012
  printf("sizeof %zu %zu %zu %zu\n", sizeof 1.5, sizeof 1.5f, sizeof 2.F, sizeof 0x1p3);
  // CHECK: sizeof 8 4 4 8
  printf("equal %d %d %d %d\n", 1.5 == 1.5f, 0.1 == 0.1f, 0x1p-2 == .25, 1e0 == 1);
  // CHECK: equal 1 0 1 1
  printf("ints %d %d %d %ld\n", (int)2.9, (int)-2.9, (int)1e9, (long)1e18);
  // CHECK: ints 2 -2 1000000000 1000000000000000000
  printf("bools %d %d %d %d\n", !0.0, !0.5, 0.0 || 1e-300, 0x1p-1074 && 1);
  // CHECK: bools 1 0 1 1
  show("-1.5", -1.5);
  show("- -2.5e1", - -2.5e1);
  show("-0.0", -0.0);
  // CHECK: -0.0 -0
  return 0;
}
// CHECK: exit=0
