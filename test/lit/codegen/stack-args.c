// The caller side of stack arguments: arguments 7 and up are pushed right
// to left (the 7th ends up lowest, at 0(%rsp) at the call), the six
// register arguments are loaded after the pushes, and the caller removes
// the pushed bytes after the call. An odd number of pushes is padded with
// subq $8 first so that %rsp is 16-byte aligned at callq.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

int f7(int a, int b, int c, int d, int e, int f, int g);
int f8(int a, int b, int c, int d, int e, int f, int g, int h);
int f9(int a, int b, int c, int d, int e, int f, int g, int h, int i);
int f12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j,
        int k, int l);

// Two pushes keep the alignment: no padding.
// CHECK-LABEL: call8:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: pushq $8
// CHECK-NEXT: pushq $7
// CHECK-NEXT: movl $1, %edi
// CHECK-NEXT: movl $2, %esi
// CHECK-NEXT: movl $3, %edx
// CHECK-NEXT: movl $4, %ecx
// CHECK-NEXT: movl $5, %r8d
// CHECK-NEXT: movl $6, %r9d
// CHECK-NEXT: callq f8
// CHECK-NEXT: addq $16, %rsp
int call8(void) { return f8(1, 2, 3, 4, 5, 6, 7, 8); }

// One push: 8 bytes of padding, 16 removed after the call.
// CHECK-LABEL: call7:
// CHECK: subq $8, %rsp
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: pushq %rax
// CHECK: callq f7
// CHECK-NEXT: addq $16, %rsp
int call7(int x) { return f7(1, 2, 3, 4, 5, 6, x); }

// Three pushes: padding, then 9, 8, 7; 32 bytes removed.
// CHECK-LABEL: call9:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: subq $8, %rsp
// CHECK-NEXT: pushq $9
// CHECK-NEXT: pushq $8
// CHECK-NEXT: pushq $7
// CHECK: callq f9
// CHECK-NEXT: addq $32, %rsp
int call9(void) { return f9(1, 2, 3, 4, 5, 6, 7, 8, 9); }

// Six pushes, no padding, 48 bytes removed.
// CHECK-LABEL: call12:
// CHECK-NOT: subq
// CHECK: pushq $12
// CHECK-NEXT: pushq $11
// CHECK-NEXT: pushq $10
// CHECK-NEXT: pushq $9
// CHECK-NEXT: pushq $8
// CHECK-NEXT: pushq $7
// CHECK: callq f12
// CHECK-NEXT: addq $48, %rsp
int call12(void) {
  return f12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
}

// A stack argument that is itself a call with a stack argument: the outer
// call's 8th argument is pushed first, then the inner call is made with its
// own single push (no padding needed: one outer push is already on the
// stack), and its result is pushed as the outer 7th argument.
// CHECK-LABEL: nested:
// CHECK: subq $16, %rsp
// CHECK: addl $1, %eax
// CHECK-NEXT: pushq %rax
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: pushq %rax
// CHECK: callq f7
// CHECK-NEXT: addq $8, %rsp
// CHECK-NEXT: pushq %rax
// CHECK: callq f8
// CHECK-NEXT: addq $16, %rsp
int nested(int x) { return f8(1, 2, 3, 4, 5, 6, f7(x, x, x, x, x, x, x), x + 1); }
