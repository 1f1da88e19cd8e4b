# Symbols and string literals are addressed relative to %rip.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	counter, %eax
	leaq	.L.str, %rdi
	movl	$.L.str, %edi
	movl	counter(%rax), %eax
	movl	counter+4(%rip), %eax
	movq	printf@GOTPCREL(%rip), %rax
	callq	*%rax
	movl	$0x90, %eax
	xorl	%eax, %eax
	popq	%rbp
	retq
	.size	main, .-main
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"x"
	.section	.note.GNU-stack,"",@progbits
