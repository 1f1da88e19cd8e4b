# abi_callback8 returns the right checksum but removes its two stack
# arguments itself (retq $16, callee cleanup as in stdcall); in System V the
# caller removes them.
	.text
	.globl	abi_callback8
	.p2align	4, 0x90
	.type	abi_callback8,@function
abi_callback8:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, %eax
	leal	(%rax,%rsi,2), %eax
	imull	$3, %edx, %edx
	addl	%edx, %eax
	leal	(%rax,%rcx,4), %eax
	imull	$5, %r8d, %r8d
	addl	%r8d, %eax
	imull	$6, %r9d, %r9d
	addl	%r9d, %eax
	imull	$7, 16(%rbp), %ecx
	addl	%ecx, %eax
	imull	$8, 24(%rbp), %ecx
	addl	%ecx, %eax
	popq	%rbp
	retq	$16			# the bug
	.size	abi_callback8, .-abi_callback8
	.section	.note.GNU-stack,"",@progbits
