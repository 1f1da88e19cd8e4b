// What minicc does not have yet (floating point) is said once;
// the names declared with it still exist, so their uses add nothing.
// RUN: not %minicc %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err

struct point { int x; int y; } p;
float f = 1.5;
// CHECK: unsupported-no-cascade.c:[[@LINE-1]]:1: error: floating-point types are not supported by minicc yet
// CHECK: unsupported-no-cascade.c:[[@LINE-2]]:11: error: floating-point constants are not supported by minicc yet
double d;
// CHECK: unsupported-no-cascade.c:[[@LINE-1]]:1: error: floating-point types are not supported by minicc yet
int main(void) {
  f = 2;
  d = p.x;
  return (int)f + d;
}
// CHECK-NOT: error
// CHECK: 3 errors generated.
