# An ELF listing starts with .text and ends with the .note.GNU-stack section.
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq
	.size	main, .-main
	.section	.note.GNU-stack,"",@progbits
	.section	.rodata.str1.1,"aMS",@progbits,1
	.subsections_via_symbols
