// REQUIRES: minicc-floats
// Global and static double and float objects with initialisers, constant
// expressions folded as the target computes them (1.0/3 to nearest, double
// rounded to float, integer constants converted, casts, unary minus, -0.0),
// zero-initialised ones, arrays of doubles (full, partial, sized by their
// initialiser), static locals keeping their value across calls, pointers
// to doubles in static data, and the same values computed at run time.
// Output against cc's build.
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

double g = 1.0 / 3;
float gf = 1.0 / 3;
double third_float = (float)(1.0 / 3);
double sum = 0.1 + 0.2;
double prod = 1e200 * 1e-201;
double from_int = 7 / 2;
double from_big = 18446744073709551615UL;
double from_long = -9007199254740993L;
float f_big = 16777217;
double neg_zero = -0.0;
double hex = 0x1.8p4 + .5f;
double zero_init;
float zero_float;
static double scaled = 2.5 * 4;
static float stf = -1.5e-3f;
extern double later;
double later = 2.0 / 7;
double table[5] = {1.5, -2.25, 3e10, 0x1p-3};
float ftable[] = {0.1f, 0.2f, 0.3, 1 / 3.0f};
double *ptable = &table[2];
int truncated = 3.99;
long big_long = 1e18;
unsigned long big_ulong = 1.5e19;
char small = 65.9;

static double counter(double step) {
  static double total = 0.5;
  static float ftotal = 1.0f / 4;
  total += step;
  ftotal *= 2;
  return total + ftotal;
}

int main(void) {
  show("g", g);
  // CHECK: g 0.33333333333333331
  show("gf", gf);
  // CHECK: gf 0.3333333432674408
  show("third_float", third_float);
  show("sum", sum);
  // CHECK: sum 0.30000000000000004
  show("prod", prod);
  show("from_int", from_int);
  // CHECK: from_int 3
  show("from_big", from_big);
  show("from_long", from_long);
  // CHECK: from_long -9007199254740992
  show("f_big", f_big);
  // CHECK: f_big 16777216
  show("neg_zero", neg_zero);
  // CHECK: neg_zero -0
  show("hex", hex);
  // CHECK: hex 24.5
  show("zero_init", zero_init);
  show("zero_float", zero_float);
  show("scaled", scaled);
  show("stf", stf);
  show("later", later);
  for (int i = 0; i < 5; i++)
    show("table", table[i]);
  for (int i = 0; i < 4; i++)
    show("ftable", ftable[i]);
  printf("sizeof ftable %zu\n", sizeof ftable);
  // CHECK: sizeof ftable 16
  show("*ptable", *ptable);
  // CHECK: *ptable 30000000000
  show("ptable[1]", ptable[1]);
  printf("ints %d %ld %lu %d\n", truncated, big_long, big_ulong, small);
  // CHECK: ints 3 1000000000000000000 15000000000000000000 65
  // The same values computed at run time must be the same doubles.
  volatile double one = 1, three = 3;
  printf("folded == computed %d %d\n", g == one / three, gf == (float)(one / three));
  // CHECK: folded == computed 1 1
  show("counter", counter(1.25));
  show("counter", counter(1.25));
  show("counter", counter(-0.5));
  // CHECK: counter 4.5
  table[4] = g * 3;
  *ptable /= 3;
  show("table[4]", table[4]);
  show("table[2]", table[2]);
  return 0;
}
// CHECK: exit=0
