# A variadic call with three doubles in %xmm0-%xmm2 but %al = 0: the
# callee's va_start then saves no vector registers (System V ABI 3.5.7).
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movsd	.L.one(%rip), %xmm0
	movsd	.L.two(%rip), %xmm1
	movsd	.L.three(%rip), %xmm2
	movl	$3, %edi
	movb	$0, %al			# the bug: three vector registers used
	callq	abi_check_fp_variadic
	callq	abi_report
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata
	.p2align	3
.L.one:
	.double	1
.L.two:
	.double	2
.L.three:
	.double	3
	.section	.note.GNU-stack,"",@progbits
