# abi_callback(x) returns x + 1 but uses %rbx as a scratch register without
# saving it: %rbx belongs to the caller (System V ABI 3.2.1).
	.text
	.globl	abi_callback
	.p2align	4, 0x90
	.type	abi_callback,@function
abi_callback:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, %ebx		# the bug
	addl	$1, %ebx
	movl	%ebx, %eax
	popq	%rbp
	retq
	.size	abi_callback, .-abi_callback
	.section	.note.GNU-stack,"",@progbits
