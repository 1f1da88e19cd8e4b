# abi_callback reserves an 8-byte frame (not rounded up to 16), so its own
# call to abi_check_alignment is misaligned.
	.text
	.globl	abi_callback
	.p2align	4, 0x90
	.type	abi_callback,@function
abi_callback:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$8, %rsp		# the bug: frames are multiples of 16
	movl	%edi, -4(%rbp)
	callq	abi_check_alignment
	addl	-4(%rbp), %eax
	addq	$8, %rsp
	popq	%rbp
	retq
	.size	abi_callback, .-abi_callback
	.section	.note.GNU-stack,"",@progbits
