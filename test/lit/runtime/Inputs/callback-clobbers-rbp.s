# abi_callback has no prologue and uses %rbp as a scratch register.
	.text
	.globl	abi_callback
	.p2align	4, 0x90
	.type	abi_callback,@function
abi_callback:
	movl	%edi, %ebp		# the bug
	leal	1(%rbp), %eax
	retq
	.size	abi_callback, .-abi_callback
	.section	.note.GNU-stack,"",@progbits
