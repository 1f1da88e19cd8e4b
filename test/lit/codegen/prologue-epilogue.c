// Every function has the frame-pointer prologue and one epilogue. A frame is
// reserved with subq only when the function calls something; a leaf keeps
// its locals in the red zone below %rsp and reserves nothing. An empty
// function is just the prologue and the epilogue.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK: .text
// CHECK-LABEL: empty:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: popq %rbp
// CHECK-NEXT: retq
// CHECK-NEXT: .Lfunc_end0:
// CHECK-NEXT: .size empty, .Lfunc_end0-empty
void empty(void) {}

// A leaf with three int slots (12 bytes): no subq, no addq.
// CHECK-LABEL: leaf:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NOT: {{subq|addq}} ${{[0-9]+}}, %rsp
// CHECK: movl %eax, -12(%rbp)
// CHECK-NOT: %rsp
// CHECK: popq %rbp
// CHECK-NEXT: retq
int leaf(int a) {
  int b = a * 2;
  int c = b + 1;
  return c;
}

int callee(int x);

// A caller with one int slot: the frame is rounded up to 16 and reserved,
// and the epilogue gives it back before popq %rbp.
// CHECK-LABEL: caller:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: subq $16, %rsp
// CHECK-NEXT: movl %edi, -4(%rbp)
// CHECK: callq callee
// CHECK: addq $16, %rsp
// CHECK-NEXT: popq %rbp
// CHECK-NEXT: retq
int caller(int a) { return callee(a) + 1; }

// A caller without locals needs no frame: after pushq %rbp, %rsp is
// already 16-byte aligned at the call.
// CHECK-LABEL: nolocals:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: movl $1, %edi
// CHECK-NEXT: callq callee
// CHECK-NEXT: popq %rbp
// CHECK-NEXT: retq
int nolocals(void) { return callee(1); }

// Five int slots (20 bytes) in a caller round up to 32.
// CHECK-LABEL: five:
// CHECK: subq $32, %rsp
// CHECK: addq $32, %rsp
// CHECK-NEXT: popq %rbp
int five(int a, int b, int c, int d, int e) { return callee(a + b + c + d + e); }

// Two returns share the single epilogue: exactly one retq per function.
// CHECK-LABEL: two_returns:
// CHECK: movl $1, %eax
// CHECK-NEXT: jmp [[EPI:\.LBB[0-9]+_[0-9]+]]
// CHECK: movl $2, %eax
// CHECK-NEXT: [[EPI]]:
// CHECK-NEXT: popq %rbp
// CHECK-NEXT: retq
// CHECK-NOT: retq
// CHECK: .size two_returns, .Lfunc_end{{[0-9]+}}-two_returns
int two_returns(int a) {
  if (a)
    return 1;
  return 2;
}
