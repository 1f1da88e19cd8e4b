// REQUIRES: minicc-floats
// Calls with doubles and floats: more than eight floating and six integer
// arguments mixed (the rest on the stack, in order), float parameters and
// results, doubles live across calls (all vector registers are
// caller-saved), recursion on doubles, printf with many doubles (%al, the
// overflow area), a user variadic function reading doubles and ints with
// va_arg, va_list handed on to vprintf, function pointers taking and
// returning doubles.  Output against cc's build.
// RUN: %cut -c %s -o %t.o
// RUN: %cc %t.o -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w -ffp-contract=off %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
#include <stdarg.h>
#include <stdio.h>

static void show(const char *what, double x) {
  if (x != x)
    printf("%s nan\n", what);
  else
    printf("%s %.17g\n", what, x);
}

// Twelve doubles and nine ints alternating: d8..d11 and i6..i8 on the stack.
// Each argument gets its own weight, so a swapped or lost one shows.
static double mixed(double d0, int i0, double d1, int i1, double d2, int i2,
                    double d3, int i3, double d4, int i4, double d5, int i5,
                    double d6, int i6, double d7, int i7, double d8, int i8,
                    double d9, double d10, double d11) {
  return d0 + 2 * d1 + 3 * d2 + 4 * d3 + 5 * d4 + 6 * d5 + 7 * d6 + 8 * d7 +
         9 * d8 + 10 * d9 + 11 * d10 + 12 * d11 +
         (i0 + 20 * i1 + 300 * i2 + 4000 * i3 + 50000 * i4 + 600000 * i5) * 0.5 +
         (i6 - 7 * i7 + 11 * i8) * 0.25;
}

static float floats(float a, float b, float c, float d, float e, float f,
                    float g, float h, float i, float j) {
  return a - b + c * d - e / f + g * h - i + j * 0.5f;
}

static float half(float x) { return x / 2; }
static double twice(double x) { return x * 2; }
static double add(double a, double b) { return a + b; }
static double scale(double x, int k) { return x * k; }

// Doubles that must survive calls.
static double keep_across(double a, double b) {
  double s = a * b;
  double t = twice(a) + half((float)b);
  double u = twice(t) - s;
  return s + t + u + add(s, u);
}

static double power(double x, int n) {
  if (n == 0) return 1.0;
  double h = power(x, n / 2);
  return n % 2 ? h * h * x : h * h;
}

// spec: d = double (or promoted float), i = int, l = long.
static double vmix(const char *spec, ...) {
  va_list ap;
  double h = 0.5;
  va_start(ap, spec);
  for (const char *p = spec; *p; p++) {
    if (*p == 'd') h = h * 3 + va_arg(ap, double);
    else if (*p == 'i') h = h * 3 + va_arg(ap, int);
    else h = h * 3 + va_arg(ap, long);
  }
  va_end(ap);
  return h;
}

static void say(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vprintf(format, ap);
  va_end(ap);
}

static double (*pick(int k))(double, double) { return k ? add : 0; }

int main(void) {
  show("mixed", mixed(1.5, 1, 2.25, 2, -3.125, 3, 4.0625, 4, 5.5, 5, 6.75, 6, 7.875, 7,
                      8.0, 8, 9.25, 9, 10.5, 11.75, 12.125));
  // CHECK: mixed 1934146
  show("floats", floats(1.5f, 2.5f, 3.25f, 4.5f, 5.75f, 6.25f, 7.5f, 8.125f, 9.0f, 10.5f));
  show("keep_across", keep_across(1.25, 3.5));
  // CHECK: keep_across 21.25
  show("power", power(1.0625, 13));
  printf("printf %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %d %.3f\n",
         0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 42, 2.0 / 3);
  // CHECK: printf 0.10000000000000001 0.20000000000000001 0.29999999999999999 0.40000000000000002 0.5 0.59999999999999998 0.69999999999999996 0.80000000000000004 0.90000000000000002 1 42 0.667
  float f = 1.25f;
  printf("float through ... %.9g %g %e %a\n", f, f * 3, (double)f / 7, f);
  // CHECK: float through ... 1.25 3.75 1.785714e-01 0x1.4p+0
  printf("ints and doubles %d %.1f %ld %.2f %c %.0f %s %g %u %g %d %g\n",
         1, 2.5, 3L, 4.25, 'x', 6.0, "seven", 8.5, 9u, 10.25, 11, 12.125);
  // CHECK: ints and doubles 1 2.5 3 4.25 x 6 seven 8.5 9 10.25 11 12.125
  show("vmix", vmix("didldddddddddi", 1.5, 2, 3.25, 4L, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0,
                    11.0, 12.0, f, 14));
  show("vmix short", vmix("d", 0.75));
  // CHECK: vmix short 2.25
  say("say %s %.17g %d %.17g\n", "hi", 1.0 / 3, 7, -2.5e-3);
  // CHECK: say hi 0.33333333333333331 7 -0.0025000000000000001
  double (*fp)(double, int) = scale;
  float (*hp)(float) = half;
  show("pointer", fp(2.5, 4) + (*hp)(3.0f));
  // CHECK: pointer 11.5
  show("returned pointer", pick(1)(0.25, 0.5));
  double (*table[2])(double) = {twice, 0};
  table[1] = twice;
  show("table", table[0](table[1](1.5)));
  return 0;
}
// CHECK: exit=0
