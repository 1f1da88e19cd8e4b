// Integer arithmetic instructions: imull, cltd + idivl (quotient from %eax
// for /, remainder from %edx for %), shifts by a variable count through
// %cl, >> as sarl (arithmetic, never shrl), negl and notl. Simple right
// operands are used straight from memory; a right operand that needs
// computing goes into %ecx (and %edx, %esi, ... when it nests); only one that
// needs a call or a variable shift count parks the left value with a push.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: mul_add:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: imull -8(%rbp), %eax
// CHECK-NEXT: addl -12(%rbp), %eax
// CHECK-NOT: pushq %rax
// CHECK: .size mul_add
int mul_add(int a, int b, int c) { return a * b + c; }

// CHECK-LABEL: div:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: cltd
// CHECK-NEXT: idivl -8(%rbp)
// CHECK-NEXT: popq %rbp
int div(int a, int b) { return a / b; }

// CHECK-LABEL: mod:
// CHECK: cltd
// CHECK-NEXT: idivl -8(%rbp)
// CHECK-NEXT: movl %edx, %eax
int mod(int a, int b) { return a % b; }

// (a >> n) needs %cl for its count, so (a << n) waits in a frame slot;
// a leaf function finds it in the red zone, with no frame reserved. The
// addition reads it there. (a >> 2) is then computed in %ecx.
// CHECK-LABEL: shifts:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NOT: subq
// CHECK: movl -8(%rbp), %ecx
// CHECK-NEXT: shll %cl, %eax
// CHECK-NEXT: movq %rax, -16(%rbp)
// CHECK: movl -8(%rbp), %ecx
// CHECK-NEXT: sarl %cl, %eax
// CHECK-NEXT: addl -16(%rbp), %eax
// CHECK-NEXT: movl -4(%rbp), %ecx
// CHECK-NEXT: sarl $2, %ecx
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NOT: shrl
// CHECK: .size shifts
int shifts(int a, int n) { return (a << n) + (a >> n) + (a >> 2); }

// A variable times a constant: the variable is loaded, then multiplied by
// the immediate (the form that reads memory, clang's, is slower: see
// genMultiplyInPlace); a constant first is taken second: 5 * b is b * 5.
// As gcc -O0 does it, times 2^k is a shift and times 3, 5 or 9 an lea.
// CHECK-LABEL: scaled:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: leal (%rax,%rax,2), %eax
// CHECK-NEXT: movl -8(%rbp), %ecx
// CHECK-NEXT: leal (%rcx,%rcx,4), %ecx
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NEXT: movl -4(%rbp), %ecx
// CHECK-NEXT: imull $7, %ecx, %ecx
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NEXT: movl -8(%rbp), %ecx
// CHECK-NEXT: shll $3, %ecx
// CHECK-NEXT: addl %ecx, %eax
int scaled(int a, int b) { return a * 3 + 5 * b + a * 7 + b * 8; }

// CHECK-LABEL: unary:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: negl %eax
// CHECK-NEXT: movl -4(%rbp), %ecx
// CHECK-NEXT: notl %ecx
// CHECK-NEXT: addl %ecx, %eax
int unary(int a) { return -a + ~a; }

// Two products: the second is computed in %ecx while the first waits in
// %eax. Nothing is pushed, so this leaf function keeps its frame in the red
// zone and never moves %rsp.
// CHECK-LABEL: two_products:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NOT: subq
// CHECK: imull -8(%rbp), %eax
// CHECK-NEXT: movl -12(%rbp), %ecx
// CHECK-NEXT: imull -16(%rbp), %ecx
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NEXT: popq %rbp
int two_products(int a, int b, int c, int d) { return a * b + c * d; }

// Nested right operands use more registers: (c - d) goes to %edx while
// (b * ...) builds in %ecx.
// CHECK-LABEL: nested:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: movl -8(%rbp), %ecx
// CHECK-NEXT: movl -12(%rbp), %edx
// CHECK-NEXT: subl -16(%rbp), %edx
// CHECK-NEXT: imull %edx, %ecx
// CHECK-NEXT: subl %ecx, %eax
int nested(int a, int b, int c, int d) { return a - b * (c - d); }

// A call on the right: the left value waits in a frame slot across it
// (no pushq, so no padding for the call's alignment). An addition reads it
// there; a subtraction, whose order matters, takes it back into %eax.
// CHECK-LABEL: product_and_call:
// CHECK: imull -8(%rbp), %eax
// CHECK-NEXT: movq %rax, -16(%rbp)
// CHECK-NOT: pushq
// CHECK: callq nested
// CHECK-NEXT: addl -16(%rbp), %eax
int product_and_call(int a, int b) { return a * b + nested(a, b, 1, 2); }

// CHECK-LABEL: product_minus_call:
// CHECK: imull -8(%rbp), %eax
// CHECK-NEXT: movq %rax, -16(%rbp)
// CHECK: callq nested
// CHECK-NEXT: movl %eax, %ecx
// CHECK-NEXT: movq -16(%rbp), %rax
// CHECK-NEXT: subl %ecx, %eax
int product_minus_call(int a, int b) { return a * b - nested(a, b, 1, 2); }

// Constant subexpressions are folded: no arithmetic is emitted for them.
// CHECK-LABEL: folded:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: movl $-7, %eax
// CHECK-NEXT: popq %rbp
int folded(void) { return (2 + 3) * 4 / 3 - (1 << 4) + 15 % 4 - ~0 + -(-2) - 3; }
