// -O: a run of instructions done again, with nothing between that changes
// what it reads or what it wrote, is done once: x / c and then x % c take
// the multiply-high of the quotient once.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe | FileCheck %s --check-prefix=OUT
#include <stdio.h>

int counter;

// CHECK-LABEL: schrage:
// CHECK:       imulq $-2092037281
// CHECK-NOT:   imulq $-2092037281
// CHECK:       imull $127773
// CHECK:       retq
int schrage(int x) {
  int hi = x / 127773;
  int lo = x % 127773;
  x = 16807 * lo - 2836 * hi;
  if (x <= 0)
    x += 2147483647;
  return x;
}

// Between the two, the input changes: both stay.
// CHECK-LABEL: changed:
// CHECK:       imulq $1717986919
// CHECK:       imulq $1717986919
// CHECK:       retq
int changed(int x) {
  int q = x / 10;
  x = x + 1;
  int r = x % 10;
  return q * 100 + r;
}

// A global read by the run, with a store through a pointer between: both stay.
// CHECK-LABEL: through_memory:
// CHECK:       counter(%rip)
// CHECK:       imulq $1717986919
// CHECK:       imulq $1717986919
// CHECK:       retq
int through_memory(int *p) {
  int q = counter / 10;
  *p = 5;
  int r = counter / 10;
  return q + r;
}

int main(void) {
  int k, x = 1, i;
  for (i = 0; i < 10000; i++) x = schrage(x);
  counter = 47;
  printf("%d %d %d\n", x, changed(1234), through_memory(&k));
  return 0;
}
// OUT: 1043618065 12305 8
