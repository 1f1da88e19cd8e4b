// -g describes float and double to gdb (DW_ATE_float base types): a double
// local and parameters print by value, ptype names them, finish shows the
// double a function returns in %xmm0, and a structure with double and float
// members prints member by member. A NaN and an infinity print as gdb
// spells them.
// REQUIRES: gdb, unoptimized
// RUN: %minicc -g %s -o %t
// RUN: %gdb -ex 'break area' -ex run -ex next -ex 'print a' -ex 'print w' -ex 'print h' \
// RUN:      -ex 'ptype h' -ex finish -ex 'print p' -ex 'ptype p' -ex 'print odd' %t 2>&1 | FileCheck %s
// RUN: %minicc -g -c %s -o %t.o && llvm-dwarfdump-14 --verify %t.o | FileCheck --check-prefix=VERIFY %s
// VERIFY: No errors.

// CHECK:      Breakpoint 1, area (w=1.5, h=2.25)
// CHECK:      $1 = 3.375
// CHECK-NEXT: $2 = 1.5
// CHECK-NEXT: $3 = 2.25
// CHECK-NEXT: type = float
// CHECK:      Value returned is $4 = 3.375
// CHECK-NEXT: $5 = {x = 1.5, y = 2.25}
// CHECK-NEXT: type = struct point {
// CHECK-NEXT:     double x;
// CHECK-NEXT:     float y;
// CHECK-NEXT: }
// CHECK-NEXT: $6 = {nan(0x8000000000000), inf, -0}
#include <math.h>
#include <stdio.h>

struct point { double x; float y; };
double odd[3];

double area(double w, float h) {
  double a = w * h;
  return a;
}

int main(void) {
  struct point p = {1.5, 2.25f};
  odd[0] = NAN;
  odd[1] = INFINITY;
  odd[2] = -0.0;
  double r = area(p.x, p.y);
  printf("%g\n", r);
  return 0;
}
