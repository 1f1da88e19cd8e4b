/*
 * abi_trampolines.S: the parts of the ABI checker that C cannot express.
 *
 * x86-64, AT&T syntax, System V AMD64 ABI.  Section numbers below refer to
 * "System V Application Binary Interface, AMD64 Architecture Processor
 * Supplement", version 1.0: 3.2.1 (registers and the stack frame),
 * 3.2.2 (the stack frame, alignment), 3.2.3 (parameter passing).
 *
 * Two kinds of entry point:
 *   checked_entry          abi_check_*: record how the caller aligned the
 *                          stack, re-align, copy the stack arguments and call
 *                          the C implementation in abi_check.c.
 *   preserving_trampoline  abi_call_preserving*: call back into the test
 *                          program with sentinel values in every callee-saved
 *                          register and check them afterwards.
 * Both scrub the caller-saved registers before returning.
 */

	.text

/* Byte offsets in the trampoline's save area, which sits at %rsp right after
 * the area is reserved (16-byte aligned, below the pushed callee-saved
 * registers).  The six register slots follow the order of abi__sentinels. */
#define SAVED_REGS	0	/* %rbx %rbp %r12 %r13 %r14 %r15 after the call */
#define EXPECTED_RSP	48	/* %rsp at the callq instruction */
#define OWN_RBP		56	/* this trampoline's frame pointer */
#define ARG_X		64	/* the trampoline's own argument */
#define CHECK_NUMBER	72	/* from abi__enter_trampoline */
#define SAVE_AREA	80	/* size, a multiple of 16 */

/* Garbage for the upper halves of int arguments: the ABI leaves bits 32-63
 * of a register or stack slot holding an int undefined, so a correct callee
 * never looks at them. */
#define UPPER_GARBAGE	0x7ee7beef00000000

/*
 * record_entry: run right after `pushq %rbp; movq %rsp, %rbp`.
 * At the entry point (%rsp + 8) must be a multiple of 16 (3.2.2); %rbp is now
 * the entry %rsp minus 8, so %rbp mod 16 is exactly the caller's error.
 * Also records the direction flag, which must be clear at every call
 * (3.2.1).  Uses only %rax, so the argument registers stay intact.
 */
.macro record_entry
	pushfq
	popq	%rax
	shrq	$10, %rax		/* DF is bit 10 of %rflags */
	andq	$1, %rax
	movq	%rax, abi__entry_direction(%rip)
	movq	%rbp, %rax
	andq	$15, %rax
	movq	%rax, abi__entry_misalignment(%rip)
	movq	8(%rbp), %rax
	movq	%rax, abi__entry_return_address(%rip)
.endm

/*
 * copy_stack_args n: push the caller's stack arguments n, n-1, ..., 1 again,
 * so the C implementation receives them in the same order on an aligned
 * stack.  Stack argument k (1-based) is at 8+8*k(%rbp): 16(%rbp), 24(%rbp), ...
 */
.macro copy_stack_args n
	.if \n
	pushq	(8 + 8 * (\n))(%rbp)
	copy_stack_args "(\n - 1)"
	.endif
.endm

/*
 * scrub_vectors keep: every vector register is caller-saved (figure 3.4);
 * %xmm<keep> .. %xmm15 get a signalling NaN, so a caller that keeps a double
 * in one of them across the call computes NaNs.  The lower ones hold the
 * result.  Uses %r11.
 */
.macro scrub_vectors keep=0
	movabsq	$0x7ff4dead7ff4dead, %r11
	.irp	n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	.if	\n >= \keep
	movq	%r11, %xmm\n
	.endif
	.endr
.endm

/*
 * scrub_caller_saved result: %rcx %rdx %rsi %rdi %r8-%r11 need not survive a
 * call (3.2.1, figure 3.4), and an int result leaves the upper half of %rax
 * undefined.  Filling them with garbage makes a caller that relies on them
 * fail visibly.  result says what holds the result: `int` (%eax), `rax` (all
 * of %rax: an 8-byte struct, or the address of a MEMORY one), `pair` (%rax
 * and the low half of %rdx: a 16-byte struct whose second eightbyte is an
 * int and padding, so the upper half of %rdx is garbage too), `xmm0` (a
 * double, a float or a one-SSE struct), `xmm01` (a struct of two SSE
 * eightbytes), `rax_xmm0` (one SSE and one INTEGER eightbyte).  The vector
 * registers the result does not use are scrubbed too.
 */
.macro scrub_caller_saved result=int
	.ifc \result,xmm0
	scrub_vectors 1
	movabsq	$0xabababababababab, %rax
	.else
	.ifc \result,xmm01
	scrub_vectors 2
	movabsq	$0xabababababababab, %rax
	.else
	.ifc \result,rax_xmm0
	scrub_vectors 1
	.else
	scrub_vectors 0
	.endif
	.endif
	.endif
	movabsq	$0xc1c1c1c1c1c1c1c1, %rcx
	.ifc \result,pair
	movabsq	$0xd2d2d2d200000000, %rsi
	movl	%edx, %edx
	orq	%rsi, %rdx
	.else
	movabsq	$0xd2d2d2d2d2d2d2d2, %rdx
	.endif
	movabsq	$0xe3e3e3e3e3e3e3e3, %rsi
	movabsq	$0xf4f4f4f4f4f4f4f4, %rdi
	movabsq	$0x0808080808080808, %r8
	movabsq	$0x0909090909090909, %r9
	movabsq	$0x0a0a0a0a0a0a0a0a, %r10
	.ifc \result,int
	movabsq	$0xabababab00000000, %r11
	movl	%eax, %eax
	orq	%r11, %rax
	.endif
	movabsq	$0x0b0b0b0b0b0b0b0b, %r11
.endm

/*
 * checked_entry name, impl, nstack, result, variadic: the public symbol
 * `name` checks its caller's alignment, then calls the C function `impl`
 * with the same arguments (nstack eightbytes of them on the stack; %rdi, a
 * MEMORY result's address, passes through too; the vector registers are
 * not touched) on a freshly aligned stack, so the C code and printf run
 * safely even when the caller got alignment wrong.  result is
 * scrub_caller_saved's.  A variadic one records %al (the number of vector
 * registers the caller used, 3.5.7) and gives it to impl as it was.
 */
.macro checked_entry name, impl, nstack, result=int, variadic=0
	.globl	\name
	.p2align	4, 0x90
	.type	\name,@function
\name:
	.if \variadic
	movb	%al, abi__entry_al(%rip)
	.endif
	pushq	%rbp
	movq	%rsp, %rbp
	record_entry
	andq	$-16, %rsp
	.if (\nstack) % 2
	subq	$8, %rsp		/* odd count: pad so %rsp is aligned at the callq */
	.endif
	copy_stack_args \nstack
	.if \variadic
	movzbl	abi__entry_al(%rip), %eax
	.endif
	callq	\impl
	scrub_caller_saved \result
	movq	%rbp, %rsp
	popq	%rbp
	retq
	.size	\name, .-\name
.endm

/*
 * push_callback_args n: stack arguments n, ..., 1 of the callback, whose
 * value is x+5+k for argument k, with garbage upper halves.  %rax holds x
 * (zero-extended), %r10 the garbage.
 */
.macro push_callback_args n
	.if \n
	leaq	(5 + (\n))(%rax), %rcx
	orq	%r10, %rcx
	pushq	%rcx
	push_callback_args "(\n - 1)"
	.endif
.endm

/*
 * preserving_trampoline name, callback, id, nstack: the public symbol `name`
 * (int name(int x)) calls `callback` with x, x+1, ..., x+5 in registers and
 * nstack more on the stack, with sentinels in every callee-saved register,
 * then hands the registers it finds afterwards to abi__leave_trampoline.
 * `id` indexes the trampoline table in abi_check.c.
 */
.macro preserving_trampoline name, callback, id, nstack
	.weak	\callback
	.globl	\name
	.p2align	4, 0x90
	.type	\name,@function
\name:
	pushq	%rbp
	movq	%rsp, %rbp
	/* This trampoline is itself a callee: keep its caller's registers. */
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	record_entry
	andq	$-16, %rsp
	subq	$SAVE_AREA, %rsp
	movl	%edi, ARG_X(%rsp)
	movq	%rbp, OWN_RBP(%rsp)
	movl	$\id, %edi
	callq	abi__enter_trampoline
	movl	%eax, CHECK_NUMBER(%rsp)

	/* A weak undefined symbol resolves to 0 in the GOT. */
	movq	\callback@GOTPCREL(%rip), %r11
	testq	%r11, %r11
	jz	.Lmissing\@

	movl	ARG_X(%rsp), %eax
	movabsq	$UPPER_GARBAGE, %r10
	.if (\nstack) % 2
	subq	$8, %rsp		/* odd count: pad so %rsp is aligned at the callq */
	.endif
	push_callback_args \nstack
	/* Registers 1-6 (3.2.3): %rdi %rsi %rdx %rcx %r8 %r9 = x .. x+5. */
	leaq	0(%rax), %rdi
	orq	%r10, %rdi
	leaq	1(%rax), %rsi
	orq	%r10, %rsi
	leaq	2(%rax), %rdx
	orq	%r10, %rdx
	leaq	3(%rax), %rcx
	orq	%r10, %rcx
	leaq	4(%rax), %r8
	orq	%r10, %r8
	leaq	5(%rax), %r9
	orq	%r10, %r9
	/* The save area now starts above the pushed arguments. */
	movq	%rsp, (EXPECTED_RSP + 8 * ((\nstack) + (\nstack) % 2))(%rsp)

	movq	abi__sentinels+0(%rip), %rbx
	movq	abi__sentinels+16(%rip), %r12
	movq	abi__sentinels+24(%rip), %r13
	movq	abi__sentinels+32(%rip), %r14
	movq	abi__sentinels+40(%rip), %r15
	movq	abi__sentinels+8(%rip), %rbp	/* last: %rbp was our frame */
	callq	*%r11

	/* 3.2.2: the callee returns with %rsp exactly as it was before the
	 * callq (the caller, not the callee, removes stack arguments).  If it
	 * moved, the slot no longer holds its own address. */
	cmpq	%rsp, (EXPECTED_RSP + 8 * ((\nstack) + (\nstack) % 2))(%rsp)
	jne	.Lrsp_moved\@
	addq	$(8 * ((\nstack) + (\nstack) % 2)), %rsp
	movq	%rbx, SAVED_REGS+0(%rsp)
	movq	%rbp, SAVED_REGS+8(%rsp)
	movq	%r12, SAVED_REGS+16(%rsp)
	movq	%r13, SAVED_REGS+24(%rsp)
	movq	%r14, SAVED_REGS+32(%rsp)
	movq	%r15, SAVED_REGS+40(%rsp)
	movq	OWN_RBP(%rsp), %rbp
	movl	$\id, %edi
	movl	%eax, %esi
	movq	%rsp, %rdx
	movl	ARG_X(%rsp), %ecx
	movl	CHECK_NUMBER(%rsp), %r8d
	callq	abi__leave_trampoline	/* reports, returns the result */
.Lreturn\@:
	scrub_caller_saved
	leaq	-40(%rbp), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	retq

.Lmissing\@:
	movl	$\id, %edi
	callq	abi__missing_callback
	jmp	.Lreturn\@

.Lrsp_moved\@:
	/* Nothing on this stack can be trusted any more: report and exit. */
	andq	$-16, %rsp
	movl	$\id, %edi
	callq	abi__stack_pointer_moved
	ud2
	.size	\name, .-\name
.endm

	checked_entry	abi_check_alignment, abi__check_alignment_impl, 0
	checked_entry	abi_check_args6, abi__check_args6_impl, 0
	checked_entry	abi_check_args7, abi__check_args7_impl, 1
	checked_entry	abi_check_args8, abi__check_args8_impl, 2
	checked_entry	abi_check_args9, abi__check_args9_impl, 3
	checked_entry	abi_check_args12, abi__check_args12_impl, 6
	checked_entry	abi_failures, abi__failures_impl, 0
	/* abi_check_structs.h; the counts are stack eightbytes */
	checked_entry	abi_check_struct_args, abi__check_struct_args_impl, 6
	checked_entry	abi_check_struct_boundary, abi__check_struct_boundary_impl, 2
	checked_entry	abi_check_struct_small, abi__check_struct_small_impl, 3
	checked_entry	abi_check_return8, abi__check_return8_impl, 0, rax
	checked_entry	abi_check_return16, abi__check_return16_impl, 0, pair
	checked_entry	abi_check_return24, abi__check_return24_impl, 0, rax
	checked_entry	abi_check_return24_args, abi__check_return24_args_impl, 2, rax
	checked_entry	abi_call_struct_callbacks, abi__call_struct_callbacks_impl, 0
	/* abi_check_floats.h */
	checked_entry	abi_check_fp_args, abi__check_fp_args_impl, 2, xmm0
	checked_entry	abi_check_fp_stack, abi__check_fp_stack_impl, 2, xmm0
	checked_entry	abi_check_fp_variadic, abi__check_fp_variadic_impl, 4, xmm0, 1
	checked_entry	abi_check_return_double, abi__check_return_double_impl, 0, xmm0
	checked_entry	abi_check_return_float, abi__check_return_float_impl, 0, xmm0
	checked_entry	abi_check_return_dd, abi__check_return_dd_impl, 0, xmm01
	checked_entry	abi_check_return_dl, abi__check_return_dl_impl, 0, rax_xmm0
	checked_entry	abi_check_return_ff, abi__check_return_ff_impl, 0, xmm0
	checked_entry	abi_check_return_d3, abi__check_return_d3_impl, 0, rax
	checked_entry	abi_check_fp_structs, abi__check_fp_structs_impl, 3, xmm0
	checked_entry	abi_call_fp_callbacks, abi__call_fp_callbacks_impl, 0, xmm0
	checked_entry	abi_checks, abi__checks_impl, 0
	checked_entry	abi_report, abi__report_impl, 0

	/* The ids index the trampoline table in abi_check.c. */
	preserving_trampoline	abi_call_preserving, abi_callback, 0, 0
	preserving_trampoline	abi_call_preserving7, abi_callback7, 1, 1
	preserving_trampoline	abi_call_preserving8, abi_callback8, 2, 2
	preserving_trampoline	abi_call_preserving9, abi_callback9, 3, 3
	preserving_trampoline	abi_call_preserving12, abi_callback12, 4, 6

/*
 * abi__sentinel_thunk: called from abi_check.c through a function pointer
 * of the callback's own type, so the C compiler has put the arguments where
 * the callback expects them; calls abi__thunk_target with those registers
 * and abi__thunk_nstack stack eightbytes copied, with the sentinels in the
 * callee-saved registers, and records in abi__thunk_* what the callee left:
 * the six registers, %rax (a MEMORY result's address must come back there),
 * the %rdi it was given, whether %rsp moved, MXCSR and the x87 control word
 * before and after the call and %rflags after it (their control bits and
 * the direction flag are the callee's to preserve, 3.2.1).  %rax, %rdx,
 * %xmm0 and %xmm1, the result, go back to the C caller untouched; the
 * argument registers, %al included, reach the callee as the C caller set
 * them.  MXCSR, the control word and the direction flag are restored after
 * the call.  Not reentrant (one set of globals).
 */
	.globl	abi__sentinel_thunk
	.hidden	abi__sentinel_thunk
	.p2align	4, 0x90
	.type	abi__sentinel_thunk,@function
abi__sentinel_thunk:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$8, %rsp		/* 6 pushes: aligned again (the C caller aligned) */
	movq	abi__thunk_nstack(%rip), %r10
	testq	$1, %r10
	jz	1f
	subq	$8, %rsp		/* odd count: pad so %rsp is aligned at the callq */
1:	testq	%r10, %r10
	jz	2f
	pushq	8(%rbp,%r10,8)		/* stack argument k (1-based) is at 8+8*k(%rbp) */
	decq	%r10
	jmp	1b
2:	movq	%rsp, abi__thunk_rsp(%rip)
	movq	%rdi, abi__thunk_rdi(%rip)
	movq	%rbp, abi__thunk_rbp(%rip)
	movq	abi__thunk_target(%rip), %r11
	stmxcsr	abi__thunk_mxcsr(%rip)
	fnstcw	abi__thunk_fpucw(%rip)
	movq	abi__sentinels+0(%rip), %rbx
	movq	abi__sentinels+16(%rip), %r12
	movq	abi__sentinels+24(%rip), %r13
	movq	abi__sentinels+32(%rip), %r14
	movq	abi__sentinels+40(%rip), %r15
	movq	abi__sentinels+8(%rip), %rbp
	callq	*%r11
	stmxcsr	abi__thunk_mxcsr+4(%rip)
	fnstcw	abi__thunk_fpucw+2(%rip)
	pushfq
	popq	abi__thunk_flags(%rip)
	/* Put them back, so that one broken callee's failure is reported once
	 * and the checker's own C code runs as compiled. */
	ldmxcsr	abi__thunk_mxcsr(%rip)
	fldcw	abi__thunk_fpucw(%rip)
	cld
	movq	%rbx, abi__thunk_saved+0(%rip)
	movq	%rbp, abi__thunk_saved+8(%rip)
	movq	%r12, abi__thunk_saved+16(%rip)
	movq	%r13, abi__thunk_saved+24(%rip)
	movq	%r14, abi__thunk_saved+32(%rip)
	movq	%r15, abi__thunk_saved+40(%rip)
	movq	%rax, abi__thunk_rax(%rip)
	cmpq	%rsp, abi__thunk_rsp(%rip)
	setne	abi__thunk_moved(%rip)
	movq	abi__thunk_rbp(%rip), %rbp
	leaq	-40(%rbp), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	retq
	.size	abi__sentinel_thunk, .-abi__sentinel_thunk

/* Values the trampolines put in the callee-saved registers, in the order
 * %rbx %rbp %r12 %r13 %r14 %r15.  Both halves are distinctive, so a callee
 * that saves only 32 bits (movl %ebx, ...) or swaps two registers is caught. */
	.section	.rodata
	.p2align	3
	.globl	abi__sentinels
	.hidden	abi__sentinels
	.type	abi__sentinels,@object
abi__sentinels:
	.quad	0x5e471b00000000b1	/* %rbx */
	.quad	0x5e471b00000000b9	/* %rbp */
	.quad	0x5e471b0000000c12	/* %r12 */
	.quad	0x5e471b0000000c13	/* %r13 */
	.quad	0x5e471b0000000c14	/* %r14 */
	.quad	0x5e471b0000000c15	/* %r15 */
	.size	abi__sentinels, .-abi__sentinels

	.section	.note.GNU-stack,"",@progbits
