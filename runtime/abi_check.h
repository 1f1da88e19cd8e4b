/*
 * abi_check.h: the ABI checker that minicc-built test programs link with.
 *
 * This header holds nothing but `int` prototypes and comments, so that minicc
 * itself can read it (no `#` lines, no pointers).  A minicc test either
 * includes it or has it pasted in front: `cat abi_check.h test.c | minicc -`.
 * Link the program with runtime/abi_check.c and runtime/abi_trampolines.S.
 *
 * Every entry point checks that %rsp was 16-byte aligned at the call
 * instruction (System V AMD64 ABI, 3.2.2: "the value (%rsp + 8) is always a
 * multiple of 16 when control is transferred to the function entry point"),
 * and on return it overwrites every caller-saved register and the upper half
 * of %rax with garbage, so caller code that wrongly keeps a value in %ecx or
 * %edx across a call computes nonsense instead of passing by luck.
 *
 * Each failure prints one line starting "ABI FAIL:" on stdout.  A test's main
 * ends with `return abi_report();`: it prints "ABI OK: N checks" or
 * "ABI FAIL: K of N checks failed" and returns K, the exit status.
 */

/* 1 if %rsp was 16-byte aligned at this call, 0 (and a failure) if not. */
int abi_check_alignment(void);

/*
 * Argument passing (ABI 3.2.3): the first six int arguments travel in
 * %edi %esi %edx %ecx %r8d %r9d, the rest on the stack, first one lowest.
 * Pass consecutive values a, a+1, a+2, ...; any other value in any position
 * is a failure naming the position (so swapped stack slots are caught).
 * Returns the weighted checksum 1*a + 2*b + 3*c + ..., also on failure.
 */
int abi_check_args6(int a, int b, int c, int d, int e, int f);
int abi_check_args7(int a, int b, int c, int d, int e, int f, int g);
int abi_check_args8(int a, int b, int c, int d, int e, int f, int g, int h);
int abi_check_args9(int a, int b, int c, int d, int e, int f, int g, int h,
                    int i);
int abi_check_args12(int a, int b, int c, int d, int e, int f, int g, int h,
                     int i, int j, int k, int l);

/*
 * Callbacks into the test program (ABI 3.2.1: %rbx %rbp %r12-%r15 belong to
 * the caller).  abi_call_preservingN(x) loads distinctive 64-bit values into
 * %rbx %rbp %r12 %r13 %r14 %r15, aligns the stack, calls the test program's
 * abi_callbackN with the arguments x, x+1, ..., x+N-1 (upper 32 bits of each
 * argument register and stack slot filled with garbage, which the ABI allows),
 * then checks that all six registers and %rsp are unchanged.  It returns the
 * callback's result.
 *
 * abi_call_preserving(x) calls abi_callback(x), whose result is free.
 * abi_callbackN for N = 7, 8, 9, 12 must return the weighted checksum
 * 1*a + 2*b + ... of its arguments (the value abi_check_argsN returns); any
 * other result is reported as a failure, since it means the callee read its
 * stack arguments from the wrong slots (16(%rbp), 24(%rbp), ...).
 *
 * A program defines only the callbacks it uses; calling a trampoline whose
 * callback is missing is reported as a failure (the references are weak).
 */
int abi_call_preserving(int x);
int abi_call_preserving7(int x);
int abi_call_preserving8(int x);
int abi_call_preserving9(int x);
int abi_call_preserving12(int x);

/* Defined by the test program, not by the runtime. */
int abi_callback(int x);
int abi_callback7(int a, int b, int c, int d, int e, int f, int g);
int abi_callback8(int a, int b, int c, int d, int e, int f, int g, int h);
int abi_callback9(int a, int b, int c, int d, int e, int f, int g, int h,
                  int i);
int abi_callback12(int a, int b, int c, int d, int e, int f, int g, int h,
                   int i, int j, int k, int l);

/* Number of failures so far, and of checks made so far. */
int abi_failures(void);
int abi_checks(void);

/* Prints "ABI OK: N checks" or "ABI FAIL: K of N checks failed"; returns K. */
int abi_report(void);
