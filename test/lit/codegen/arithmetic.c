// Integer arithmetic instructions: imull, cltd + idivl (quotient from %eax
// for /, remainder from %edx for %), shifts by a variable count through
// %cl, >> as sarl (arithmetic, never shrl), negl and notl. Simple right
// operands are used straight from memory; only a complex right operand
// parks the left value with a push.
// RUN: %minicc %s -o - | FileCheck %s
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

// CHECK-LABEL: shifts:
// CHECK: movl -8(%rbp), %ecx
// CHECK-NEXT: shll %cl, %eax
// CHECK: movl -8(%rbp), %ecx
// CHECK-NEXT: sarl %cl, %eax
// CHECK: sarl $2, %eax
// CHECK-NOT: shrl
// CHECK: .size shifts
int shifts(int a, int n) { return (a << n) + (a >> n) + (a >> 2); }

// CHECK-LABEL: unary:
// CHECK: negl %eax
// CHECK: notl %eax
int unary(int a) { return -a + ~a; }

// Two products: the first is kept on the stack while the second is
// computed, then combined through %ecx. The push would overwrite the red
// zone, so even this leaf function reserves its frame.
// CHECK-LABEL: two_products:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: subq $16, %rsp
// CHECK: imull -8(%rbp), %eax
// CHECK-NEXT: pushq %rax
// CHECK-NEXT: movl -12(%rbp), %eax
// CHECK-NEXT: imull -16(%rbp), %eax
// CHECK-NEXT: movl %eax, %ecx
// CHECK-NEXT: popq %rax
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NEXT: addq $16, %rsp
int two_products(int a, int b, int c, int d) { return a * b + c * d; }

// Constant subexpressions are folded: no arithmetic is emitted for them.
// CHECK-LABEL: folded:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: movl $-7, %eax
// CHECK-NEXT: popq %rbp
int folded(void) { return (2 + 3) * 4 / 3 - (1 << 4) + 15 % 4 - ~0 + -(-2) - 3; }
