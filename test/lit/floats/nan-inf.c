// REQUIRES: minicc-floats
// NaN and infinity as IEEE 754 defines them: every ordered comparison with
// a NaN is false and != is true (x != x finds it), !nan is 0 and a NaN is
// true in a condition, isnan; INFINITY, HUGE_VAL, -inf, inf - inf, 0 * inf,
// 1/0.0 and 1/-0.0, -0.0 == 0.0 but prints as -0; values computed at run
// time (from volatile variables, so no compiler can fold them) and from
// constants.  NaNs are printed through show(), since printf's sign of a NaN
// depends on how it was made.  Output against cc's build.
// RUN: %cut -c %s -o %t.o
// RUN: %cc %t.o -o %t.exe -lm
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w -ffp-contract=off %s -o %t.ref.exe -lm
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
#include <math.h>
#include <stdio.h>

static void show(const char *what, double x) {
  if (x != x)
    printf("%s nan\n", what);
  else
    printf("%s %.17g\n", what, x);
}

// Each comparison operator, and the logical ones, on a and b.
static void compare(const char *what, double a, double b) {
  printf("%s: < %d <= %d > %d >= %d == %d != %d !a %d a&&b %d a||b %d\n", what,
         a < b, a <= b, a > b, a >= b, a == b, a != b, !a, a && b, a || b);
}

// The same comparisons as conditions of if, ?:, while and for.
static int branches(double a, double b) {
  int mask = 0;
  if (a < b) mask |= 1;
  if (a > b) mask |= 2;
  if (a == b) mask |= 4;
  if (a != b) mask |= 8;
  if (!(a >= b)) mask |= 16;
  if (a) mask |= 32;
  mask |= (a <= b ? 64 : 0);
  while (a != a) {
    mask |= 128;
    break;
  }
  for (; b; ) {
    mask |= 256;
    break;
  }
  return mask;
}

volatile double vzero = 0.0, vone = 1.0, vinf;

int main(void) {
  double zero = vzero, one = vone;
  double nan1 = zero / zero;      // computed: the processor's default NaN
  double nan2 = NAN;              // from <math.h>
  double inf = one / zero;
  double ninf = -one / zero;
  vinf = INFINITY;
  show("0/0", nan1);
  // CHECK: 0/0 nan
  show("NAN", nan2);
  show("1/0", inf);
  // CHECK: 1/0 inf
  show("-1/0", ninf);
  // CHECK: -1/0 -inf
  show("1/-0.0", one / -0.0);
  show("1/(-zero)", one / -zero);
  // CHECK: 1/(-zero) -inf
  show("INFINITY", INFINITY);
  show("HUGE_VAL", HUGE_VAL);
  show("-HUGE_VAL", -HUGE_VAL);
  show("inf - inf", inf - vinf);
  show("0 * inf", zero * inf);
  show("inf * -1", inf * -1);
  show("1 / inf", one / inf);
  show("-1 / inf", -one / inf);
  show("nan + 1", nan1 + 1);
  show("-0.0", -0.0);
  show("-zero", -zero);
  // CHECK: -zero -0
  show("0.0 * -1", zero * -1);
  show("-0.0 + 0.0", -0.0 + zero);
  show("DBL_MAX * 2", 1.7976931348623157e308 * (one + one));
  compare("nan, 1", nan1, 1.0);
  // CHECK: nan, 1: < 0 <= 0 > 0 >= 0 == 0 != 1 !a 0 a&&b 1 a||b 1
  compare("1, nan", 1.0, nan1);
  compare("nan, nan", nan1, nan1);
  // CHECK: nan, nan: < 0 <= 0 > 0 >= 0 == 0 != 1 !a 0 a&&b 1 a||b 1
  compare("NAN, NAN", nan2, NAN);
  compare("inf, inf", inf, INFINITY);
  // CHECK: inf, inf: < 0 <= 1 > 0 >= 1 == 1 != 0 !a 0 a&&b 1 a||b 1
  compare("-inf, inf", ninf, inf);
  compare("-0.0, 0.0", -0.0, zero);
  // CHECK: -0.0, 0.0: < 0 <= 1 > 0 >= 1 == 1 != 0 !a 1 a&&b 0 a||b 0
  compare("0, nan", zero, nan1);
  compare("huge, inf", 1e308, inf);
  printf("branches nan,1 %d\n", branches(nan1, 1.0));
  printf("branches 1,nan %d\n", branches(1.0, nan1));
  printf("branches nan,nan %d\n", branches(nan1, nan2));
  printf("branches 0,-0 %d\n", branches(zero, -0.0));
  printf("branches inf,2 %d\n", branches(inf, 2.0));
  printf("isnan %d %d %d %d %d\n", isnan(nan1), isnan(nan2) != 0, isnan(inf), isnan(zero), isnan((float)nan1) != 0);
  // CHECK: isnan 1 1 0 0 1
  printf("self %d %d %d\n", nan1 != nan1, nan1 == nan1, inf == inf);
  // CHECK: self 1 0 1
  printf("ternary %d %d\n", nan1 ? 1 : 2, zero ? 1 : 2);
  // CHECK: ternary 1 2
  float fnan = nan1, finf = inf;
  show("(float) nan", fnan);
  show("(float) inf", finf);
  show("(float) 1e300", (float)(1e300 * one));
  // CHECK: (float) 1e300 inf
  printf("float compare %d %d %d\n", fnan < 1.0f, fnan != fnan, finf > 3.4e38f);
  // CHECK: float compare 0 1 1
  printf("signbit %d %d %d\n", signbit(-0.0) != 0, signbit(zero) != 0, signbit(ninf) != 0);
  // CHECK: signbit 1 0 1
  return 0;
}
// CHECK: exit=0
