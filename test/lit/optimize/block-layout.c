// -O: blocks move so that the usual way round a loop takes one jump. The
// even step jumped to the shared "steps++" and then back to the top; now
// it has its own copy of that short block and goes back at once. The
// early return inside the loop moves out of the way, so the odd step's
// test jumps to it (seldom) instead of over it (almost always).
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check --optimized %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe | FileCheck %s --check-prefix=OUT
// -g keeps the source's order of blocks.
// RUN: %{minicc-binary} -O -g %s | FileCheck %s --check-prefix=DEBUG
#include <stdio.h>

// CHECK-LABEL: chain_length:
// CHECK:       je
// CHECK-NEXT:  [[TOP:\.LBB0_[0-9]+]]:
// CHECK-NEXT:  testl $1, [[N:%e[a-z0-9]+]]
// CHECK-NEXT:  jne [[ODD:\.LBB0_[0-9]+]]
// CHECK:       sarl $1, [[N]]
// CHECK-NEXT:  addl $1, [[STEPS:%[a-z0-9]+]]
// CHECK-NEXT:  cmpl $1, [[N]]
// CHECK-NEXT:  jne [[TOP]]
// CHECK:       [[ODD]]:
// CHECK-NEXT:  cmpl $715827882, [[N]]
// CHECK-NEXT:  jg [[EARLY:\.LBB0_[0-9]+]]
// CHECK-NEXT:  leal 1(%r{{[a-z0-9]+}},%r{{[a-z0-9]+}},2), [[N]]
// CHECK-NEXT:  addl $1, [[STEPS]]
// CHECK-NEXT:  cmpl $1, [[N]]
// CHECK-NEXT:  jne [[TOP]]
// CHECK:       [[EARLY]]:
// CHECK-NEXT:  leaq .L.str(%rip), %rdi
// CHECK:       callq printf
// DEBUG-LABEL: chain_length:
// DEBUG:       jle
// DEBUG:       callq printf
int chain_length(int n) {
  int steps = 0;
  while (n != 1) {
    if (n % 2 == 0) {
      n = n / 2;
    } else {
      if (n > 715827882) {
        printf("overflow\n");
        return -1;
      }
      n = 3 * n + 1;
    }
    steps++;
  }
  return steps;
}

int main(void) {
  // OUT: overflow
  // OUT-NEXT: 0 111 -1
  printf("%d %d %d\n", chain_length(1), chain_length(27), chain_length(715827883));
  return 0;
}
