# main: prints abi_call_preserving8(1), then returns abi_report().
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	$1, %edi
	callq	abi_call_preserving8
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
	.asciz	"abi_call_preserving8(1) = %d\n"
	.section	.note.GNU-stack,"",@progbits
