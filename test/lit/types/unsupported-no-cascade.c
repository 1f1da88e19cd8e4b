// What minicc does not have yet (structs, floating point) is said once;
// the names declared with it still exist, so their uses add nothing.
// RUN: not %minicc %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err

struct point { int x; int y; } p;
// CHECK: unsupported-no-cascade.c:[[@LINE-1]]:1: error: 'struct' types are not supported by minicc yet
float f = 1.5;
// CHECK: unsupported-no-cascade.c:[[@LINE-1]]:1: error: floating-point types are not supported by minicc yet
// CHECK: unsupported-no-cascade.c:[[@LINE-2]]:11: error: floating-point constants are not supported by minicc yet
double d;
// CHECK: unsupported-no-cascade.c:[[@LINE-1]]:1: error: floating-point types are not supported by minicc yet
int main(void) {
  f = 2;
  d = p;
  return (int)f + d;
}
// CHECK-NOT: error
// CHECK: 4 errors generated.
