// -O: a variable that no call outlives may share a caller-saved register
// with the code around it, while nothing else is in that register: here
// the parameters live in caller-saved registers (b where it arrived; a and
// c move out of the way of the scratch and argument registers) until the
// recursive call passes them on, so no callee-saved register is saved. A value needed after a call
// (n in count_down) still takes a callee-saved one.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check --optimized %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe | FileCheck %s --check-prefix=OUT
// RUN: %{minicc-binary} -O -fverbose-asm %s | FileCheck %s --check-prefix=NOTE
// -g keeps a register for the whole function, so that one DWARF location
// says where each variable is at every instruction.
// RUN: %{minicc-binary} -O -g %s | FileCheck %s --check-prefix=DEBUG
#include <stdio.h>

// CHECK-LABEL: rotate:
// CHECK-NOT:   %rbx
// CHECK-NOT:   %r1{{[2-5]}}
// CHECK:       subl $1, %edi
// CHECK-NEXT:  movl %edx, %esi
// CHECK-NEXT:  movl %r{{10|11}}d, %edx
// CHECK-NEXT:  movl %r{{10|11}}d, %ecx
// CHECK:       callq rotate
// CHECK-NOT:   %rbx
// CHECK:       .Lfunc_end0:
// NOTE-LABEL:  rotate:
// NOTE:        # param b: int, 4 bytes in %edx while live
// DEBUG-LABEL: rotate:
// DEBUG:       pushq %rbx
int rotate(int depth, int a, int b, int c) {
  if (depth == 0)
    return a * 100 + b * 10 + c;
  return rotate(depth - 1, b, c, a);
}

// CHECK-LABEL: count_down:
// CHECK:       pushq %rbx
// CHECK:       callq count_down
// CHECK:       addl %ebx, %eax
int count_down(int n) {
  if (n == 0)
    return 0;
  return count_down(n - 1) + n;
}

int main(void) {
  // OUT: 231 312 123 55
  printf("%d %d %d %d\n", rotate(1, 1, 2, 3), rotate(2, 1, 2, 3), rotate(3, 1, 2, 3), count_down(10));
  return 0;
}
