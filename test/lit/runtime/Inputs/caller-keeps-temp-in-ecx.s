# A caller that keeps a temporary in caller-saved %ecx across a call.  The
# checker scrubs %ecx on return, so the value printed is garbage, not 42.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	$42, %ecx
	callq	abi_check_alignment
	movl	%ecx, %esi		# the bug: %ecx did not survive the call
	leaq	.L.str(%rip), %rdi
	movb	$0, %al
	callq	printf
	callq	abi_report
	popq	%rbp
	retq
	.size	main, .-main

	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"kept in %%ecx across the call: %d\n"
	.section	.note.GNU-stack,"",@progbits
