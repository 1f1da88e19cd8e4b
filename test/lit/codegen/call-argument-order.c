// At the default level, the arguments that may make a call are computed
// first and those computed in registers alone after them (C leaves the
// order unspecified; gcc goes right to left), so m - 1 does not wait in the
// frame across the inner call. -O keeps the source's order.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o %t.s && %cc %t.s -o %t.exe && %t.exe | FileCheck --check-prefix=OUT %s
#include <stdio.h>

int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
// CHECK-LABEL: ackermann:
// CHECK:       movl -4(%rbp), %edi
// CHECK-NEXT:  callq ackermann
// CHECK-NEXT:  movq %rax, -16(%rbp)
// CHECK-NEXT:  movl -4(%rbp), %eax
// CHECK-NEXT:  subl $1, %eax
// CHECK-NEXT:  movl %eax, %edi
// CHECK-NEXT:  movq -16(%rbp), %rsi
// CHECK-NEXT:  callq ackermann
// CHECK-NOT:   subq $8, %rsp
// CHECK:       .Lfunc_end0:

// Two calls keep their order: the first waits in the frame.
int twice(int a, int b) { return a * 10 + b; }
int order_of_calls(void) { return twice(twice(1, 2), twice(3, 4)); }

int main(void) {
  printf("%d %d\n", ackermann(2, 3), order_of_calls());
  return 0;
}
// OUT: 9 154
