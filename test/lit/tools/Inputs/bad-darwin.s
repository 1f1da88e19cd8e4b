# Mach-O: _-prefixed C symbols, L-prefixed locals, no .type/.size, and
# .subsections_via_symbols at the end.
	.section	__TEXT,__text,regular,pure_instructions
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	callq	helper
	callq	_helper
	movl	counter(%rip), %eax
	jmp	.LBB0_1
.LBB0_1:
	leaq	.L.str(%rip), %rdi
	movb	$0, %al
	callq	printf
	popq	%rbp
	retq
	.size	main, .-main
	.section	__TEXT,__cstring,cstring_literals
.L.str:
	.asciz	"x"
	.section	.note.GNU-stack,"",@progbits
