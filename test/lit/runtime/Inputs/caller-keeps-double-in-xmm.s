# A caller that keeps a double in caller-saved %xmm8 across a call.  The
# checker fills the vector registers with a NaN on return, so the sum
# printed is nan, not 9.75.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movsd	.L.two_and_half(%rip), %xmm8
	movl	$7, %edi
	callq	abi_check_return_double	# 7.25 in %xmm0
	addsd	%xmm8, %xmm0		# the bug: %xmm8 did not survive the call
	ucomisd	%xmm0, %xmm0
	setp	%al			# 1 if the sum is a NaN
	movzbl	%al, %esi
	leaq	.L.str(%rip), %rdi
	movb	$1, %al
	callq	printf
	callq	abi_report
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata
	.p2align	3
.L.two_and_half:
	.quad	0x4004000000000000	# 2.5
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"kept in %%xmm8 across the call: %g (NaN: %d)\n"
	.section	.note.GNU-stack,"",@progbits
