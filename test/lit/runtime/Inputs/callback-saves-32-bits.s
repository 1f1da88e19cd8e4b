# abi_callback saves and restores %r12 with 32-bit moves, which loses its
# upper half: callee-saved registers are 64 bits wide.
	.text
	.globl	abi_callback
	.p2align	4, 0x90
	.type	abi_callback,@function
abi_callback:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%r12d, -4(%rbp)		# the bug: needs movq / pushq
	movl	%edi, %r12d
	addl	$1, %r12d
	movl	%r12d, %eax
	movl	-4(%rbp), %r12d
	popq	%rbp
	retq
	.size	abi_callback, .-abi_callback
	.section	.note.GNU-stack,"",@progbits
