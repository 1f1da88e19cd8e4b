# A caller that forgets to keep %rsp 16-byte aligned at a callq: after the
# prologue %rsp is aligned, and the extra 8 bytes break it.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	subq	$8, %rsp		# the bug
	callq	abi_check_alignment
	addq	$8, %rsp
	movl	%eax, %esi
	leaq	.L.str(%rip), %rdi
	movb	$0, %al
	callq	printf
	callq	abi_report
	addq	$16, %rsp
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"abi_check_alignment() = %d\n"
	.section	.note.GNU-stack,"",@progbits
