# clang-14 -S -O0 snapshot-source.c (with call-frame information)
	.text
	.file	"snapshot-source.c"
	.globl	ack                             # -- Begin function ack
	.p2align	4, 0x90
	.type	ack,@function
ack:                                    # @ack
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movl	%edi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	calls(%rip), %eax
	addl	$1, %eax
	movl	%eax, calls(%rip)
	cmpl	$0, -8(%rbp)
	jne	.LBB0_2
# %bb.1:
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -4(%rbp)
	jmp	.LBB0_5
.LBB0_2:
	cmpl	$0, -12(%rbp)
	jne	.LBB0_4
# %bb.3:
	movl	-8(%rbp), %edi
	subl	$1, %edi
	movl	$1, %esi
	callq	ack
	movl	%eax, -4(%rbp)
	jmp	.LBB0_5
.LBB0_4:
	movl	-8(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -16(%rbp)                 # 4-byte Spill
	movl	-8(%rbp), %edi
	movl	-12(%rbp), %esi
	subl	$1, %esi
	callq	ack
	movl	-16(%rbp), %edi                 # 4-byte Reload
	movl	%eax, %esi
	callq	ack
	movl	%eax, -4(%rbp)
.LBB0_5:
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	ack, .Lfunc_end0-ack
	.cfi_endproc
                                        # -- End function
	.globl	sum9                            # -- Begin function sum9
	.p2align	4, 0x90
	.type	sum9,@function
sum9:                                   # @sum9
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
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
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	sum9, .Lfunc_end1-sum9
	.cfi_endproc
                                        # -- End function
	.globl	fun1                            # -- Begin function fun1
	.p2align	4, 0x90
	.type	fun1,@function
fun1:                                   # @fun1
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	$10, -12(%rbp)
	movl	-4(%rbp), %eax
	addl	-8(%rbp), %eax
	addl	-12(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end2:
	.size	fun1, .Lfunc_end2-fun1
	.cfi_endproc
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	4, 0x90
	.type	main,@function
main:                                   # @main
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$64, %rsp
	movl	$0, -4(%rbp)
	movl	%edi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$31, -20(%rbp)
	movl	$15, -24(%rbp)
	movl	$97, -28(%rbp)
	movl	-20(%rbp), %eax
	cmpl	-24(%rbp), %eax
	jle	.LBB3_5
# %bb.1:
	cmpl	$98, -28(%rbp)
	je	.LBB3_3
# %bb.2:
	leaq	.L.str(%rip), %rdi
	callq	puts@PLT
	jmp	.LBB3_4
.LBB3_3:
	movl	$10, %edi
	callq	putchar@PLT
.LBB3_4:
	jmp	.LBB3_8
.LBB3_5:
	movl	-20(%rbp), %eax
	cmpl	-24(%rbp), %eax
	jne	.LBB3_7
# %bb.6:
	leaq	.L.str.1(%rip), %rdi
	callq	puts@PLT
.LBB3_7:
	jmp	.LBB3_8
.LBB3_8:
	jmp	.LBB3_9
.LBB3_9:                                # =>This Inner Loop Header: Depth=1
	cmpl	$3, counter(%rip)
	jge	.LBB3_11
# %bb.10:                               #   in Loop: Header=BB3_9 Depth=1
	movl	counter(%rip), %eax
	addl	$1, %eax
	movl	%eax, counter(%rip)
	movl	counter(%rip), %eax
	movl	%eax, -32(%rbp)                 # 4-byte Spill
	movl	counter(%rip), %eax
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	movl	$7, (%rsp)
	movl	$8, 8(%rsp)
	movl	%eax, 16(%rsp)
	callq	sum9
	movl	-32(%rbp), %esi                 # 4-byte Reload
	movl	%eax, %edx
	leaq	.L.str.2(%rip), %rdi
	movb	$0, %al
	callq	printf@PLT
	jmp	.LBB3_9
.LBB3_11:
	movl	$1, %edi
	movl	$2, %esi
	callq	fun1
	movl	%eax, %esi
	leaq	.L.str.3(%rip), %rdi
	movb	$0, %al
	callq	printf@PLT
	leaq	.L.str.4(%rip), %rdi
	leaq	.L.str.5(%rip), %rsi
	movb	$0, %al
	callq	printf@PLT
	movl	$2, %edi
	movl	$3, %esi
	callq	ack
	movl	%eax, %esi
	movl	calls(%rip), %eax
	movl	%eax, -36(%rbp)                 # 4-byte Spill
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
	movl	-36(%rbp), %edx                 # 4-byte Reload
	addl	%eax, %ecx
	leaq	.L.str.6(%rip), %rdi
	movb	$0, %al
	callq	printf@PLT
	xorl	%eax, %eax
	addq	$64, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
	.cfi_endproc
                                        # -- End function
	.type	calls,@object                   # @calls
	.bss
	.globl	calls
	.p2align	2
calls:
	.long	0                               # 0x0
	.size	calls, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"nested"
	.size	.L.str, 7

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"eq"
	.size	.L.str.1, 3

	.type	counter,@object                 # @counter
	.local	counter
	.comm	counter,4,4
	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"%d %d\n"
	.size	.L.str.2, 7

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"fun1: %d\n"
	.size	.L.str.3, 10

	.type	.L.str.4,@object                # @.str.4
.L.str.4:
	.asciz	"Hello %s!\n"
	.size	.L.str.4, 11

	.type	.L.str.5,@object                # @.str.5
.L.str.5:
	.asciz	"Richard"
	.size	.L.str.5, 8

	.type	.L.str.6,@object                # @.str.6
.L.str.6:
	.asciz	"ack %d calls %d %d\n"
	.size	.L.str.6, 20

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym ack
	.addrsig_sym sum9
	.addrsig_sym fun1
	.addrsig_sym puts
	.addrsig_sym putchar
	.addrsig_sym printf
	.addrsig_sym calls
	.addrsig_sym counter
