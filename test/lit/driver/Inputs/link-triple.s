# int triple(int x): written by hand, so this input is assembly, not C.
	.text
	.globl	triple
	.type	triple,@function
triple:
	leal	(%rdi,%rdi,2), %eax
	retq
	.size	triple, .-triple
	.section	.note.GNU-stack,"",@progbits
