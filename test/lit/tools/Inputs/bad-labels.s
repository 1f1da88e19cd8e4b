# Local labels are clang's: .LBB<function>_<block>, .L.str[.N].
	.text
	.globl	f
	.p2align	4, 0x90
	.type	f,@function
f:
	pushq	%rbp
	movq	%rsp, %rbp
.L2:
	jmp	.LBB0_1
.LBB0_1:
	jmp	.LBB1_1
.LBB1_1:
	leaq	.LC0(%rip), %rdi
	leaq	.L.str(%rip), %rdi
	leaq	.L.str.1(%rip), %rdi
	leaq	L_.str.2(%rip), %rdi
	popq	%rbp
	retq
	.size	f, .-f
	.section	.rodata
.LC0:
	.string	"gcc"
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.string	"no asciz"
.L.str.1:
	.asciz	"fine"
L_.str.2:
	.asciz	"darwin"
	.text
.L.str.3:
	.asciz	"in .text"
	.section	.note.GNU-stack,"",@progbits
