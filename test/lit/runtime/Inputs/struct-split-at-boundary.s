# abi_check_struct_boundary(1, 2, 3, 4, 5, s, 8) with s = {6, 7} split the
# wrong way: s.a in the last free register %r9 and s.b on the stack, then f
# on the stack after it.  The System V ABI (3.2.3) passes a struct whole:
# with one register left for its two eightbytes it goes on the stack
# ({6, 7} at 0(%rsp), 8(%rsp)) and f takes %r9.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	$8			# the bug: f belongs in %r9
	pushq	$7			# s.b
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d		# the bug: s.a does not go in %r9
	callq	abi_check_struct_boundary
	addq	$16, %rsp
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
	.asciz	"abi_check_struct_boundary checksum %d\n"
	.section	.note.GNU-stack,"",@progbits
