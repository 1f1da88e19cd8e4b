// -O: a value that must survive a call waits in a callee-saved register
// (%r15, then %r14 ...) instead of in a frame slot, and the addition reads
// it there; the prologue saves the register.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} %s -o %t.O0.s
// RUN: FileCheck %s --check-prefix=O0 < %t.O0.s

int f(int);

// CHECK-LABEL: twice:
// CHECK:       pushq %r15
// CHECK:       .cfi_offset %r15, -24
// CHECK:       callq f
// CHECK-NEXT:  movq %rax, %r15
// CHECK-NOT:   pushq %rax
// CHECK:       callq f
// CHECK-NEXT:  addl %r15d, %eax
// CHECK:       popq %r15
// O0-LABEL: twice:
// O0:       callq f
// O0-NEXT:  movq %rax, -16(%rbp)
int twice(int n) { return f(n) + f(n + 1); }
