# Callbacks for abi_call_fp_callbacks that return the right values but
# break what the callee must preserve (System V ABI 3.2.1):
# abi_fp_callback_float leaves MXCSR rounding toward zero, abi_fp_callback
# leaves the x87 control word changed, abi_fp_struct_callback returns with
# the direction flag set.  main prints abi_call_fp_callbacks(1).
	.text
	.globl	abi_fp_callback_float
	.p2align	4, 0x90
	.type	abi_fp_callback_float,@function
abi_fp_callback_float:		# a + 2b + 3c + 4d, exact here
	subq	$8, %rsp
	stmxcsr	(%rsp)
	orl	$0x6000, (%rsp)		# RC = 11: round toward zero
	ldmxcsr	(%rsp)			# the bug: not restored
	addq	$8, %rsp
	addss	%xmm1, %xmm0
	addss	%xmm1, %xmm0
	addss	%xmm2, %xmm0
	addss	%xmm2, %xmm0
	addss	%xmm2, %xmm0
	addss	%xmm3, %xmm0
	addss	%xmm3, %xmm0
	addss	%xmm3, %xmm0
	addss	%xmm3, %xmm0
	retq
	.size	abi_fp_callback_float, .-abi_fp_callback_float

	.globl	abi_fp_callback
	.p2align	4, 0x90
	.type	abi_fp_callback,@function
abi_fp_callback:		# returns the checksum for x = 1
	subq	$8, %rsp
	fnstcw	(%rsp)
	orw	$0x0c00, (%rsp)		# x87 RC = 11: truncate, as old float-to-int code did
	fldcw	(%rsp)			# the bug: not restored
	addq	$8, %rsp
	movsd	.L.fp_callback_sum(%rip), %xmm0
	retq
	.size	abi_fp_callback, .-abi_fp_callback

	.globl	abi_fp_struct_callback
	.p2align	4, 0x90
	.type	abi_fp_struct_callback,@function
abi_fp_struct_callback:		# returns {290.5, 1} for x = 1
	std				# the bug: the direction flag is left set
	movsd	.L.struct_sum(%rip), %xmm0
	movl	$1, %eax
	retq
	.size	abi_fp_struct_callback, .-abi_fp_struct_callback

	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	$1, %edi
	callq	abi_call_fp_callbacks
	cld
	leaq	.L.str(%rip), %rdi
	movb	$1, %al
	callq	printf
	callq	abi_report
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata
	.p2align	3
.L.fp_callback_sum:
	.double	655
.L.struct_sum:
	.double	290.5
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"abi_call_fp_callbacks(1) = %g\n"
	.section	.note.GNU-stack,"",@progbits
