# Mnemonics carry their size suffix; jcc, setcc, cltd and cqto need none.
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main,@function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	mov	$1, %eax
	add	%ecx, %eax
	push	%rbx
	pop	%rbx
	call	f
	cdq
	movzx	%al, %eax
	cltd
	cqto
	cmpl	$0, %eax
	sete	%al
	jne	.LBB0_1
.LBB0_1:
	popq	%rbp
	ret
	.size	main, .-main
	.section	.note.GNU-stack,"",@progbits
