## clang-14 -S -O0 -fno-asynchronous-unwind-tables -target x86_64-apple-macosx snapshot-source.c
	.section	__TEXT,__text,regular,pure_instructions
	.macosx_version_min 10, 4
	.globl	_ack                            ## -- Begin function ack
	.p2align	4, 0x90
_ack:                                   ## @ack
## %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	%edi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	_calls(%rip), %eax
	addl	$1, %eax
	movl	%eax, _calls(%rip)
	cmpl	$0, -8(%rbp)
	jne	LBB0_2
## %bb.1:
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -4(%rbp)
	jmp	LBB0_5
LBB0_2:
	cmpl	$0, -12(%rbp)
	jne	LBB0_4
## %bb.3:
	movl	-8(%rbp), %edi
	subl	$1, %edi
	movl	$1, %esi
	callq	_ack
	movl	%eax, -4(%rbp)
	jmp	LBB0_5
LBB0_4:
	movl	-8(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
	movl	-8(%rbp), %edi
	movl	-12(%rbp), %esi
	subl	$1, %esi
	callq	_ack
	movl	-16(%rbp), %edi                 ## 4-byte Reload
	movl	%eax, %esi
	callq	_ack
	movl	%eax, -4(%rbp)
LBB0_5:
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	retq
                                        ## -- End function
	.globl	_sum9                           ## -- Begin function sum9
	.p2align	4, 0x90
_sum9:                                  ## @sum9
## %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	32(%rbp), %eax
	movl	24(%rbp), %eax
	movl	16(%rbp), %eax
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
	movl	%r8d, -20(%rbp)
	movl	%r9d, -24(%rbp)
	movl	-4(%rbp), %eax
	addl	-8(%rbp), %eax
	addl	-12(%rbp), %eax
	addl	-16(%rbp), %eax
	addl	-20(%rbp), %eax
	addl	-24(%rbp), %eax
	addl	16(%rbp), %eax
	addl	24(%rbp), %eax
	addl	32(%rbp), %eax
	popq	%rbp
	retq
                                        ## -- End function
	.globl	_fun1                           ## -- Begin function fun1
	.p2align	4, 0x90
_fun1:                                  ## @fun1
## %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	$10, -12(%rbp)
	movl	-4(%rbp), %eax
	addl	-8(%rbp), %eax
	addl	-12(%rbp), %eax
	popq	%rbp
	retq
                                        ## -- End function
	.globl	_main                           ## -- Begin function main
	.p2align	4, 0x90
_main:                                  ## @main
## %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$64, %rsp
	movl	$0, -4(%rbp)
	movl	%edi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$31, -20(%rbp)
	movl	$15, -24(%rbp)
	movl	$97, -28(%rbp)
	movl	-20(%rbp), %eax
	cmpl	-24(%rbp), %eax
	jle	LBB3_5
## %bb.1:
	cmpl	$98, -28(%rbp)
	je	LBB3_3
## %bb.2:
	leaq	L_.str(%rip), %rdi
	callq	_puts
	jmp	LBB3_4
LBB3_3:
	movl	$10, %edi
	callq	_putchar
LBB3_4:
	jmp	LBB3_8
LBB3_5:
	movl	-20(%rbp), %eax
	cmpl	-24(%rbp), %eax
	jne	LBB3_7
## %bb.6:
	leaq	L_.str.1(%rip), %rdi
	callq	_puts
LBB3_7:
	jmp	LBB3_8
LBB3_8:
	jmp	LBB3_9
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$3, _counter(%rip)
	jge	LBB3_11
## %bb.10:                              ##   in Loop: Header=BB3_9 Depth=1
	movl	_counter(%rip), %eax
	addl	$1, %eax
	movl	%eax, _counter(%rip)
	movl	_counter(%rip), %eax
	movl	%eax, -32(%rbp)                 ## 4-byte Spill
	movl	_counter(%rip), %eax
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	movl	$7, (%rsp)
	movl	$8, 8(%rsp)
	movl	%eax, 16(%rsp)
	callq	_sum9
	movl	-32(%rbp), %esi                 ## 4-byte Reload
	movl	%eax, %edx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	jmp	LBB3_9
LBB3_11:
	movl	$1, %edi
	movl	$2, %esi
	callq	_fun1
	movl	%eax, %esi
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.4(%rip), %rdi
	leaq	L_.str.5(%rip), %rsi
	movb	$0, %al
	callq	_printf
	movl	$2, %edi
	movl	$3, %esi
	callq	_ack
	movl	%eax, %esi
	movl	_calls(%rip), %eax
	movl	%eax, -36(%rbp)                 ## 4-byte Spill
	xorl	%eax, %eax
	subl	-20(%rbp), %eax
	movl	$7, %ecx
	cltd
	idivl	%ecx
	movl	%edx, %ecx
	movl	-24(%rbp), %eax
	movl	$2, %edi
	cltd
	idivl	%edi
	movl	-36(%rbp), %edx                 ## 4-byte Reload
	addl	%eax, %ecx
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$64, %rsp
	popq	%rbp
	retq
                                        ## -- End function
	.globl	_calls                          ## @calls
.zerofill __DATA,__common,_calls,4,2
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"nested"

L_.str.1:                               ## @.str.1
	.asciz	"eq"

.zerofill __DATA,__bss,_counter,4,2     ## @counter
L_.str.2:                               ## @.str.2
	.asciz	"%d %d\n"

L_.str.3:                               ## @.str.3
	.asciz	"fun1: %d\n"

L_.str.4:                               ## @.str.4
	.asciz	"Hello %s!\n"

L_.str.5:                               ## @.str.5
	.asciz	"Richard"

L_.str.6:                               ## @.str.6
	.asciz	"ack %d calls %d %d\n"

.subsections_via_symbols
