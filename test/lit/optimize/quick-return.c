// -O: a function that begins by testing its parameters and may return at
// once does that before its prologue, from the argument registers (and
// the caller's stack for the 7th and later, at 8(%rsp): there is no %rbp
// yet); when the test says otherwise it jumps to the function as before.
// Three calls of tak in four, and half of fold's, then save no register.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check --optimized %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe | FileCheck %s --check-prefix=OUT
// RUN: %{minicc-binary} -O -fverbose-asm %s | FileCheck %s --check-prefix=NOTE
// -g keeps one entry: the debugger's breakpoint on the function and its
// idea of where each parameter lives come from the function as before.
// RUN: %{minicc-binary} -O -g %s | FileCheck %s --check-prefix=ONE-ENTRY
// The default level keeps the notes' one prologue and one epilogue.
// RUN: %{minicc-binary} %s | FileCheck %s --check-prefix=ONE-ENTRY
#include <stdio.h>

int counter;

// CHECK-LABEL: tak:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  cmpl %edi, %esi
// CHECK-NEXT:  jl .LBB0_[[SLOW:[0-9]+]]
// CHECK-NEXT:  movl %edx, %eax
// CHECK-NEXT:  retq
// CHECK-NEXT: .LBB0_[[SLOW]]:
// CHECK-NEXT:  pushq %rbp
// CHECK-NEXT:  .cfi_def_cfa_offset 16
// CHECK:       pushq %r15
// CHECK:       cmpl %ebx, %r12d
// CHECK:       retq
// CHECK-NEXT: .Lfunc_end0:
// NOTE-LABEL: tak:
// NOTE:        jl .LBB0_{{[0-9]+}} # the quick return needs no frame: it is set up only where this jumps
// ONE-ENTRY-LABEL: tak:
// ONE-ENTRY-NOT:   retq
// ONE-ENTRY:       pushq %rbp
int tak(int x, int y, int z) {
  if (y < x)
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
  return z;
}

// The 6th parameter lives in a frame slot, the 7th and 8th on the stack.
// CHECK-LABEL: fold:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  testl %edi, %edi
// CHECK-NEXT:  jne .LBB1_[[SLOW:[0-9]+]]
// CHECK-NEXT:  movl %esi, %eax
// CHECK-NEXT:  xorl %edx, %eax
// CHECK-NEXT:  xorl %ecx, %eax
// CHECK-NEXT:  xorl %r8d, %eax
// CHECK-NEXT:  xorl %r9d, %eax
// CHECK-NEXT:  xorl 8(%rsp), %eax
// CHECK-NEXT:  xorl 16(%rsp), %eax
// CHECK-NEXT:  andl $65535, %eax
// CHECK-NEXT:  retq
// CHECK-NEXT: .LBB1_[[SLOW]]:
// CHECK-NEXT:  pushq %rbp
int fold(int depth, int a, int b, int c, int d, int e, int f, int g) {
  if (depth == 0)
    return (a ^ b ^ c ^ d ^ e ^ f ^ g) & 0xffff;
  return fold(depth - 1, b, c, d, e, f, g, (a + g) & 0xffff);
}

// Not here: the division's cltd overwrites %edx, which is still c.
// CHECK-LABEL: divides:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  pushq %rbp
int divides(int a, int b, int c) {
  if (a <= 0)
    return b / 3 + c;
  return divides(a - 1, b + c, c * 2) + 1;
}

// Not here: the counter is written before the test, and the function as
// before would write it again.
// CHECK-LABEL: counts:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  pushq %rbp
int counts(int n) {
  counter++;
  if (n < 2)
    return n;
  return counts(n - 1) + counts(n - 2);
}

// After the test, the quick return may write memory: it runs once.
// CHECK-LABEL: stores:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  testl %esi, %esi
// CHECK-NEXT:  jne .LBB4_{{[0-9]+}}
// CHECK:       movl $7, (%rax)
// CHECK-NEXT:  movl $1, %eax
// CHECK-NEXT:  retq
int stores(int *p, int n) {
  if (n == 0) {
    *p = 7;
    return 1;
  }
  return stores(p, n - 1) + 1;
}

// CHECK-LABEL: wide:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  cmpq %rsi, %rdi
// CHECK-NEXT:  jge .LBB5_{{[0-9]+}}
// CHECK-NEXT:  movq %rdi, %rax
// CHECK-NEXT:  imulq %rsi, %rax
// CHECK-NEXT:  retq
long wide(long a, long b) {
  if (a < b)
    return a * b;
  return wide(a - b, b + 1) + 1;
}

int main(void) {
  int k = 0;
  printf("%d %d %d\n", tak(18, 12, 6), fold(50, 1, 2, 3, 4, 5, 6, 7), divides(5, 100, 3));
  int c = counts(20);
  printf("%d %d\n", c, counter);
  int s = stores(&k, 10);
  printf("%d %d %ld\n", s, k, wide(1000, 3));
  return 0;
}
// OUT:      7 914 165
// OUT-NEXT: 6765 21891
// OUT-NEXT: 11 7 627
