# A listing in minicc's style that breaks no rule (Mach-O).
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_sum7				# int _sum7(int a, ..., int g)
	.p2align	4, 0x90
_sum7:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	addl	-8(%rbp), %eax
	addl	%edx, %eax
	addl	%ecx, %eax
	addl	%r8d, %eax
	addl	%r9d, %eax
	addl	16(%rbp), %eax
	popq	%rbp
	retq

	.globl	_main
	.p2align	4, 0x90
_main:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	$0, -4(%rbp)
LBB1_1:
	cmpl	$3, -4(%rbp)
	jge	LBB1_3
	leaq	L_.str(%rip), %rdi
	movl	-4(%rbp), %esi
	movb	$0, %al
	callq	_printf
	movl	-4(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -4(%rbp)
	jmp	LBB1_1
LBB1_3:
	subq	$8, %rsp
	pushq	$7
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	callq	_sum7
	addq	$16, %rsp
	movl	%eax, %esi
	leaq	L_.str.1(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	cmpl	$28, %eax
	sete	%al
	movzbl	%al, %eax
	cltd
	idivl	-4(%rbp)
	xorl	%eax, %eax
	addq	$16, %rsp
	popq	%rbp
	retq

	.section	__TEXT,__cstring,cstring_literals
L_.str:
	.asciz	"i = %d\n"
L_.str.1:
	.asciz	"_sum7 # %d\n"

.subsections_via_symbols
