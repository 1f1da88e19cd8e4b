// The style guide's example, byte for byte: tabs between mnemonic and
// operands, labels in column 0, the whole ELF listing of a leaf function
// with two spilled parameters and a local (no subq: red zone). The function
// ends as clang ends it, with a .Lfunc_end label that .size measures to;
// by default the call-frame information is there too, as in clang's -S.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck --strict-whitespace --match-full-lines %s
// RUN: %minicc %s -o - | FileCheck --check-prefix=CFI --strict-whitespace --match-full-lines %s
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
// CHECK-NEXT:.Lfunc_end0:
// CHECK-NEXT:	.size	add3, .Lfunc_end0-add3
// CHECK-EMPTY:
// CHECK-NEXT:	.section	.note.GNU-stack,"",@progbits

// CFI:	.text
// CFI-NEXT:	.globl	add3
// CFI-NEXT:	.p2align	4, 0x90
// CFI-NEXT:	.type	add3,@function
// CFI-NEXT:add3:
// CFI-NEXT:	.cfi_startproc
// CFI-NEXT:	pushq	%rbp
// CFI-NEXT:	.cfi_def_cfa_offset 16
// CFI-NEXT:	.cfi_offset %rbp, -16
// CFI-NEXT:	movq	%rsp, %rbp
// CFI-NEXT:	.cfi_def_cfa_register %rbp
// CFI-NEXT:	movl	%edi, -4(%rbp)
// CFI-NEXT:	movl	%esi, -8(%rbp)
// CFI-NEXT:	movl	$10, -12(%rbp)
// CFI-NEXT:	movl	-4(%rbp), %eax
// CFI-NEXT:	addl	-8(%rbp), %eax
// CFI-NEXT:	addl	-12(%rbp), %eax
// CFI-NEXT:	popq	%rbp
// CFI-NEXT:	.cfi_def_cfa %rsp, 8
// CFI-NEXT:	retq
// CFI-NEXT:.Lfunc_end0:
// CFI-NEXT:	.size	add3, .Lfunc_end0-add3
// CFI-NEXT:	.cfi_endproc
// CFI-EMPTY:
// CFI-NEXT:	.section	.note.GNU-stack,"",@progbits
