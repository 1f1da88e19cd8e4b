// A static local is not on the stack: it is a local symbol named
// function.variable in .data (initialised) or .bss, addressed
// %rip-relative, and it takes no frame slot.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: counter:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: addl $1, counter.calls(%rip)
// CHECK-NEXT: movl counter.calls(%rip), %eax
// CHECK-NEXT: popq %rbp
int counter(void) {
  static int calls;
  calls++;
  return calls;
}

// CHECK-LABEL: other:
// CHECK: other.calls(%rip)
int other(void) {
  static int calls = 100;
  calls = calls + 1;
  return calls;
}

// CHECK-NOT: .globl counter.calls
// CHECK: .type counter.calls,@object
// CHECK-NEXT: .bss
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: counter.calls:
// CHECK-NEXT: .zero 4
// CHECK-NEXT: .size counter.calls, 4
// CHECK-NOT: .globl other.calls
// CHECK: .type other.calls,@object
// CHECK-NEXT: .data
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: other.calls:
// CHECK-NEXT: .long 100
