# abi_check_args8(1, 2, 3, 4, 5, 6, 7, 8) with the two stack arguments pushed
# left to right instead of right to left, so 8 lands where 7 belongs.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	$7			# the bug: 8 must be pushed first
	pushq	$8
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	callq	abi_check_args8
	addq	$16, %rsp
	movl	%eax, %esi
	leaq	.L.str(%rip), %rdi
	movb	$0, %al
	callq	printf
	callq	abi_report
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"abi_check_args8 checksum %d\n"
	.section	.note.GNU-stack,"",@progbits
