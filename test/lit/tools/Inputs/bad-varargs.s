# Before a variadic call %al holds the number of vector registers used,
# set by the instruction right before the callq.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	leaq	.L.str(%rip), %rdi
	callq	printf
	movb	$0, %al
	movl	-4(%rbp), %eax
	callq	printf
	movb	$0, %al
.LBB0_1:
	callq	printf@PLT
	movl	$0, %eax
	callq	printf
	xorl	%eax, %eax
	callq	printf
	movb	$0, %al
	leaq	.L.str(%rip), %rdi
	callq	printf
	movl	%ecx, %eax
	callq	fprintf
	callq	puts
	popq	%rbp
	retq
	.size	main, .-main
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"x"
	.section	.note.GNU-stack,"",@progbits
