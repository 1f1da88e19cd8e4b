# Function headers, prologue and epilogue.
	.text
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq
	.size	main, .-main

	.globl	no_p2align
	.p2align	4
	.type	no_p2align,@function
no_p2align:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq
	.size	no_p2align, .-no_p2align

	.globl	no_type_no_size
	.p2align	4, 0x90
no_type_no_size:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq

	.globl	wrong_size
	.p2align	4, 0x90
	.type	wrong_size, @function
wrong_size:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq
	.size	wrong_size, 16

	.globl	no_prologue
	.p2align	4, 0x90
	.type	no_prologue,@function
no_prologue:
	movl	$1, %eax
	retq
	.size	no_prologue, .-no_prologue

	.globl	two_returns
	.p2align	4, 0x90
	.type	two_returns,@function
two_returns:
	pushq	%rbp
	movq	%rsp, %rbp
	cmpl	$0, %edi
	jne	.LBB5_2
	movl	$1, %eax
	popq	%rbp
	retq
.LBB5_2:
	movl	$2, %eax
	popq	%rbp
	retq
	.size	two_returns, .-two_returns

	.globl	label_before_ret
	.p2align	4, 0x90
	.type	label_before_ret,@function
label_before_ret:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
.LBB6_1:
	retq
	.size	label_before_ret, .-label_before_ret

	.globl	no_return
	.p2align	4, 0x90
	.type	no_return,@function
no_return:
	pushq	%rbp
	movq	%rsp, %rbp
	jmp	no_return
	.size	no_return, .-no_return

	.p2align	4, 0x90
	.type	static_helper,@function
static_helper:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq
	.size	static_helper, .-static_helper
	.globl	quick_return
	.p2align	4, 0x90
	.type	quick_return,@function
quick_return:
	testl	%edi, %edi
	jne	.LBB9_2
	movl	8(%rsp), %eax
	retq
.LBB9_2:
	pushq	%rbp
	movq	%rsp, %rbp
	callq	static_helper
	popq	%rbp
	retq
	.size	quick_return, .-quick_return

	.globl	quick_return_calls
	.p2align	4, 0x90
	.type	quick_return_calls,@function
quick_return_calls:
	testl	%edi, %edi
	jne	.LBB10_2
	callq	static_helper
	retq
.LBB10_2:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	retq
	.size	quick_return_calls, .-quick_return_calls
	.section	.note.GNU-stack,"",@progbits
