# abi_check_args7(1, 2, 3, 4, 5, 6, 7) with one stack argument pushed onto an
# aligned stack and no 8-byte pad before it: the values are right, but %rsp
# is misaligned at the callq.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	$7			# the bug: needs subq $8, %rsp first
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	callq	abi_check_args7
	addq	$8, %rsp
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
	.asciz	"abi_check_args7 checksum %d\n"
	.section	.note.GNU-stack,"",@progbits
