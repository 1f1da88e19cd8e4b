// The style guide's example, byte for byte: tabs between mnemonic and
// operands, labels in column 0, the whole ELF listing of a leaf function
// with two spilled parameters and a local (no subq: red zone).
// RUN: %minicc %s -o - | FileCheck --strict-whitespace --match-full-lines %s
// RUN: %minicc %s -o - | %style-check -

int add3(int a, int b) { int c = 10; return a + b + c; }

// CHECK:	.text
// CHECK-NEXT:	.globl	add3
// CHECK-NEXT:	.p2align	4, 0x90
// CHECK-NEXT:	.type	add3,@function
// CHECK-NEXT:add3:
// CHECK-NEXT:	pushq	%rbp
// CHECK-NEXT:	movq	%rsp, %rbp
// CHECK-NEXT:	movl	%edi, -4(%rbp)
// CHECK-NEXT:	movl	%esi, -8(%rbp)
// CHECK-NEXT:	movl	$10, -12(%rbp)
// CHECK-NEXT:	movl	-4(%rbp), %eax
// CHECK-NEXT:	addl	-8(%rbp), %eax
// CHECK-NEXT:	addl	-12(%rbp), %eax
// CHECK-NEXT:	popq	%rbp
// CHECK-NEXT:	retq
// CHECK-NEXT:	.size	add3, .-add3
// CHECK-EMPTY:
// CHECK-NEXT:	.section	.note.GNU-stack,"",@progbits
