/*
 * abi_check_structs.h: the ABI checker's struct checks (issue 10).
 *
 * Apart from abi_check.h, which must stay readable by a minicc without
 * structs.  Include both; link as for abi_check.h (abi_check.c,
 * abi_check_structs.c, abi_trampolines.S).  The rules are those of abi_check.h:
 * every entry point checks the caller's stack alignment and scrubs the
 * caller-saved registers on return (except the ones holding the result),
 * failures print "ABI FAIL:" lines and count for abi_report().
 *
 * Struct arguments (System V ABI 3.2.3): a struct of at most 16 bytes of
 * integer members is split into eightbytes of class INTEGER, each passed in
 * the next free argument register, but only if there are registers for all
 * of them; otherwise the whole struct goes on the stack and later arguments
 * still take the free registers.  A larger struct is MEMORY: copied onto the
 * stack.  Results: up to 16 bytes in %rax (and %rdx); a larger one is written
 * to memory whose address the caller passes as a hidden first argument in
 * %rdi, and the callee returns that address in %rax.
 *
 * As for the int checks, the members of all struct and scalar arguments of
 * one call, in order, must be consecutive values x, x+1, x+2, ...; anything
 * else is a failure naming the argument and member.  Each returns the
 * weighted checksum 1*x + 2*(x+1) + ... over all those values.
 */

/* One eightbyte: one register. */
struct abi_s8 { int a; short b; char c; };
/* Two eightbytes (the second holds only c). */
struct abi_s12 { int a; int b; int c; };
/* Two eightbytes, the second with 4 bytes of padding. */
struct abi_s16 { long a; int b; };
/* 24 bytes: MEMORY. */
struct abi_s24 { long a; long b; long c; };

/* a in %rdi; b in %rsi:%rdx; c on the stack (3 slots); d in %rcx; e in
 * %r8:%r9; f and g on the stack.  Consecutive values: 15 of them. */
int abi_check_struct_args(struct abi_s8 a, struct abi_s16 b, struct abi_s24 c,
                          long d, struct abi_s12 e, int f, struct abi_s16 g);

/* The register boundary: a..e take %rdi..%r8, s needs two registers but
 * only %r9 is left, so s goes on the stack and f takes %r9.  8 values. */
int abi_check_struct_boundary(int a, int b, int c, int d, int e,
                              struct abi_s16 s, int f);

/* Six one-register structs fill the registers; g and h go on the stack.
 * 3*7 + 3 = 24 values. */
int abi_check_struct_small(struct abi_s8 a, struct abi_s8 b, struct abi_s8 c,
                           struct abi_s8 d, struct abi_s8 e, struct abi_s8 f,
                           struct abi_s8 g, struct abi_s12 h);

/* Results with members x, x+1, ...: in %rax; in %rax:%rdx; in memory. */
struct abi_s8 abi_check_return8(int x);
struct abi_s16 abi_check_return16(int x);
struct abi_s24 abi_check_return24(int x);
/* The hidden pointer takes %rdi, so a..e are in %rsi..%r9 and f, g on the
 * stack.  a..g must be consecutive; the result is {a, a+1, a+2}. */
struct abi_s24 abi_check_return24_args(int a, int b, int c, int d, int e,
                                       int f, int g);

/*
 * Callbacks into the test program, with sentinels in the callee-saved
 * registers as for abi_call_preserving.  abi_call_struct_callbacks(x) calls
 * abi_struct_callback16 and abi_struct_callback24 (those the program
 * defines; a missing one is a failure) with consecutive member values from
 * x, and checks what they return: callback16 must return
 * {checksum, last value} in %rax:%rdx, callback24 {checksum, first value,
 * last value} in the memory %rdi pointed to, and that address in %rax.
 * Returns the sum of the two checksums.
 */
int abi_call_struct_callbacks(int x);

/* Defined by the test program.  callback16: a..e in %edi..%r8d, s on the
 * stack (the boundary case), t in %r9 (10 values).  callback24: the hidden
 * pointer in %rdi, a in %rsi, b in %rdx:%rcx, c in %r8d, d on the stack, e
 * in %r9d, f and g on the stack (12 values). */
struct abi_s16 abi_struct_callback16(int a, int b, int c, int d, int e,
                                     struct abi_s16 s, struct abi_s8 t);
struct abi_s24 abi_struct_callback24(struct abi_s8 a, struct abi_s16 b, int c,
                                     struct abi_s24 d, int e, int f, int g);
