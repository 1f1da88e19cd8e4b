// REQUIRES: minicc-floats
// <math.h>: sqrt fabs floor ceil fmod (exact, so any compiler agrees, also
// when it folds them) and pow exp log sin cos (through libm: their
// arguments come from volatile objects, so the reference's compiler cannot
// fold them with its own correctly rounded arithmetic), HUGE_VAL, INFINITY,
// NAN, isnan; <float.h>'s limits.  Built and linked by the compiler under
// test's own driver with -lm, as cc links; output against cc's build.
// RUN: %cut %s -o %t.exe -lm
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w -ffp-contract=off %s -o %t.ref.exe -lm
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
#include <float.h>
#include <math.h>
#include <stdio.h>

static void show(const char *what, double x) {
  if (x != x)
    printf("%s nan\n", what);
  else
    printf("%s %.17g\n", what, x);
}

volatile double in[] = {0.5, 2.0, -1.25, 10.0, 3.0, 0.1, 100.0, -7.5};

int main(void) {
  show("sqrt 2", sqrt(2.0));
  // CHECK: sqrt 2 1.4142135623730951
  show("sqrt 0.25", sqrt(0.25));
  show("sqrt -0", sqrt(-0.0));
  show("sqrt -1", sqrt(-1.0));
  // CHECK: sqrt -1 nan
  show("fabs", fabs(-3.75));
  show("fabs -0", fabs(-0.0));
  // CHECK: fabs -0 0
  show("floor 2.7", floor(2.7));
  show("floor -2.5", floor(-2.5));
  // CHECK: floor -2.5 -3
  show("ceil 2.1", ceil(2.1));
  show("ceil -2.5", ceil(-2.5));
  // CHECK: ceil -2.5 -2
  show("fmod 7.5 2", fmod(7.5, 2.0));
  // CHECK: fmod 7.5 2 1.5
  show("fmod -7.5 2", fmod(-7.5, 2.0));
  show("fmod 1 0.1", fmod(1.0, 0.1));
  show("fmod 1 0", fmod(1.0, 0.0));
  for (int i = 0; i < 8; i++) {
    double x = in[i];
    printf("x = %.17g\n", x);
    show("  sqrt|x|", sqrt(fabs(x)));
    show("  floor", floor(x));
    show("  ceil", ceil(x));
    show("  fmod 3", fmod(x, 3.0));
    show("  exp", exp(x / 10));
    show("  log|x|", log(fabs(x)));
    show("  sin", sin(x));
    show("  cos", cos(x));
    show("  pow 1.5", pow(fabs(x), 1.5));
    show("  pow 2 x", pow(2.0, x));
  }
  show("pow 2 10", pow(in[1], in[3]));
  // CHECK: pow 2 10 1024
  show("exp 0", exp(in[0] - 0.5));
  // CHECK: exp 0 1
  show("log 1", log(in[1] - 1));
  // CHECK: log 1 0
  show("log 0", log(in[0] - 0.5));
  // CHECK: log 0 -inf
  show("HUGE_VAL", HUGE_VAL);
  show("INFINITY", INFINITY);
  show("NAN", NAN);
  printf("isnan %d %d\n", isnan(NAN) != 0, isnan(HUGE_VAL) != 0);
  // CHECK: isnan 1 0
  show("DBL_MAX", DBL_MAX);
  // CHECK: DBL_MAX 1.7976931348623157e+308
  show("DBL_MIN", DBL_MIN);
  show("DBL_EPSILON", DBL_EPSILON);
  // CHECK: DBL_EPSILON 2.2204460492503131e-16
  show("FLT_MAX", FLT_MAX);
  show("FLT_EPSILON", FLT_EPSILON);
  printf("DBL_DIG %d DBL_MANT_DIG %d FLT_DIG %d FLT_MANT_DIG %d\n", DBL_DIG, DBL_MANT_DIG,
         FLT_DIG, FLT_MANT_DIG);
  // CHECK: DBL_DIG 15 DBL_MANT_DIG 53 FLT_DIG 6 FLT_MANT_DIG 24
  show("1 + eps", 1.0 + DBL_EPSILON);
  show("1 + eps/2", 1.0 + DBL_EPSILON / 2);
  // CHECK: 1 + eps/2 1
  return 0;
}
// CHECK: exit=0
