// -fverbose-asm ties the assembly to the source for a reader: where each
// parameter and local lives, and each statement's line before its code.
// Without the flag there are no comments at all.
// RUN: %minicc -fverbose-asm %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
// RUN: %minicc %s | FileCheck %s --check-prefix=PLAIN
// RUN: %cc %t.s -o %t && %t; test $? -eq 13

// CHECK-LABEL: add3:
// CHECK:      # parameter a (int) at -4(%rbp)
// CHECK-NEXT: # parameter b (int) at -8(%rbp)
// CHECK-NEXT: # local c (int) at -12(%rbp)
// CHECK-NEXT: movl %edi, -4(%rbp)
// CHECK-NEXT: movl %esi, -8(%rbp)
// CHECK-NEXT: # {{.*}}verbose-asm.c:[[@LINE+3]]: int c = 10;
// CHECK-NEXT: movl $10, -12(%rbp)
int add3(int a, int b) {
  int c = 10;
  return a + b + c;
}
// CHECK-NEXT: # {{.*}}verbose-asm.c:[[@LINE-2]]: return a + b + c;
// CHECK-NEXT: movl -4(%rbp), %eax

// CHECK-LABEL: main:
// CHECK: # {{.*}}verbose-asm.c:[[@LINE+1]]: int main(void) { return add3(1, 2); }
int main(void) { return add3(1, 2); }

// PLAIN-NOT: #
