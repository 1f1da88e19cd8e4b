// What minicc does not have (long double) is said once; the names declared
// with it still exist, so their uses add nothing.
// RUN: not %minicc %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err

struct point { int x; int y; } p;
long double f = 1.5L;
// CHECK: unsupported-no-cascade.c:[[@LINE-1]]:1: error: 'long double' is not supported by minicc
double long d;
int main(void) {
  f = 2;
  d = p.x;
  return (int)f + d;
}
// CHECK-NOT: error
// CHECK: 1 error generated.
