	.text
	.globl	no_startproc
	.p2align	4, 0x90
	.type	no_startproc,@function
no_startproc:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	no_startproc, .Lfunc_end0-no_startproc
	.cfi_endproc

	.globl	wrong_offset
	.p2align	4, 0x90
	.type	wrong_offset,@function
wrong_offset:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 8
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	popq	%rbp
	retq
.Lfunc_end1:
	.size	wrong_offset, .Lfunc_end1-wrong_offset

	.section	.note.GNU-stack,"",@progbits
