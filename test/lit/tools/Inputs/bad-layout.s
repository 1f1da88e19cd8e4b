# Layout: TAB mnemonic TAB operands, ", " between operands, labels in column 0.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
    movl	$1, %eax
	movl $2, %eax
	movl	$3,%eax
	movl	$4 , %eax
	movl	$5,  %eax
		movl	$6, %eax
	leal	(%rax,%rax,2), %eax
 .LBB0_1:
.LBB0_2: movl	$7, %eax
	movl	$8, %eax 
	popq	%rbp
	retq
	.size	main, .-main
	.section	.note.GNU-stack,"",@progbits
