# A callee returning a 24-byte struct (MEMORY class) writes it through the
# hidden pointer it got in %rdi, but must also return that pointer in %rax
# (System V ABI 3.2.3); this one leaves a.a there.  The program defines no
# abi_struct_callback16, which is reported too.
	.text
	.globl	abi_struct_callback24
	.p2align	4, 0x90
	.type	abi_struct_callback24,@function
abi_struct_callback24:
	# called from abi_call_struct_callbacks(1): the result is
	# {1*1 + 2*2 + ... + 12*12, a.a, g} = {650, 1, 12}
	movq	$650, (%rdi)
	movslq	%esi, %rax		# a.a, the low half of a's register
	movq	%rax, 8(%rdi)
	movslq	40(%rsp), %rcx		# g: after d (3 slots) and f on the stack
	movq	%rcx, 16(%rdi)
	retq				# the bug: %rax is a.a, not %rdi
	.size	abi_struct_callback24, .-abi_struct_callback24

	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	$1, %edi
	callq	abi_call_struct_callbacks
	movl	%eax, %esi
	leaq	.L.str(%rip), %rdi
	movb	$0, %al
	callq	printf
	callq	abi_report
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"callbacks %d\n"
	.section	.note.GNU-stack,"",@progbits
