/*
 * abi_check_floats.h: the ABI checker's floating-point checks.
 *
 * Apart from abi_check.h (read by a minicc without doubles) and
 * abi_check_structs.h; include it after abi_check.h.  Link as for
 * abi_check.h (abi_check.c and abi_trampolines.S).  The rules are those of
 * abi_check.h: every entry point checks the caller's stack alignment (and
 * that the direction flag is clear, System V ABI 3.2.1) and, on return,
 * fills every register the result does not occupy with garbage: the
 * general caller-saved registers and all of %xmm0-%xmm15 but the result's
 * (every vector register is caller-saved, figure 3.4), so a caller that
 * keeps a double in a vector register across a call computes NaNs.
 *
 * Floating arguments (3.2.3): float and double take %xmm0-%xmm7 in order,
 * independently of the integer registers, the rest go on the stack in
 * argument order, mixed with the integer ones that did not fit.  A float
 * is passed in the low 32 bits of its register or in the low half of an
 * eightbyte slot.  Results: float and double in %xmm0; a struct of two SSE
 * eightbytes in %xmm0:%xmm1, of one SSE and one INTEGER eightbyte in
 * %xmm0 and %rax (in the order of the eightbytes' classes).
 *
 * Values: the arguments of one call, in order, must be x, x+1, x+2, ... as
 * doubles (x+0.5 for the float ones, which are exact in float too); each
 * check returns the weighted checksum 1*a + 2*b + ... as a double.
 */

/* a c d f g h j k in %xmm0-%xmm7, l and n on the stack; b e i m in %edi,
 * %esi, %edx, %ecx.  Values x .. x+13 (float ones x+k+0.5). */
double abi_check_fp_args(double a, int b, float c, double d, int e, double f,
                         float g, double h, int i, double j, double k,
                         float l, int m, double n);

/* Seven longs use up the integer registers (the seventh on the stack),
 * then nine doubles: eight in %xmm0-%xmm7, the last on the stack above the
 * seventh long.  Values x .. x+15. */
double abi_check_fp_stack(long a, long b, long c, long d, long e, long f,
                          long g, double h, double i, double j, double k,
                          double l, double m, double n, double o, double p);

/* A variadic callee: n (at most 12) doubles x, x+1, ... through "...".
 * Also checks %al: at least min(n, 8), at most 8 (3.5.7: an upper bound on
 * the number of vector registers used).  Returns the weighted checksum. */
double abi_check_fp_variadic(int n, ...);

/* Results: x + 0.25 in %xmm0 as a double, as a float. */
double abi_check_return_double(int x);
float abi_check_return_float(int x);

/* Structs of floating members. */
struct abi_dd { double a; double b; };          /* SSE, SSE */
struct abi_dl { double a; long b; };            /* SSE, INTEGER */
struct abi_ff { float a; float b; };            /* SSE (both floats in one register) */
struct abi_d3 { double a; double b; double c; }; /* MEMORY */

/* Members x, x+1, ...: in %xmm0:%xmm1; %xmm0 and %rax; %xmm0; memory. */
struct abi_dd abi_check_return_dd(int x);
struct abi_dl abi_check_return_dl(int x);
struct abi_ff abi_check_return_ff(int x);
struct abi_d3 abi_check_return_d3(int x);

/* s in %xmm0:%xmm1, t in %xmm2 and %rdi, u in %xmm3, v on the stack, w in
 * %xmm4, then s2 needs two vector registers and three are left: %xmm5:%xmm6,
 * and y in %xmm7.  Members in order x .. x+12 (floats x+k+0.5). */
double abi_check_fp_structs(struct abi_dd s, struct abi_dl t, struct abi_ff u,
                            struct abi_d3 v, double w, struct abi_dd s2,
                            double y);

/*
 * Callbacks into the test program through the sentinel thunk: sentinels in
 * %rbx %rbp %r12-%r15; afterwards the checker compares the callee-saved registers, the
 * control bits of MXCSR (rounding, exception masks, FZ, DAZ) and the x87
 * control word with their values before the call (callee-saved, 3.2.1),
 * checks the direction flag is clear and %rsp unchanged, and checks the
 * result.  abi_call_fp_callbacks(x) calls each of these the program defines
 * (a missing one is a failure) and returns the sum of their checksums.
 */
double abi_call_fp_callbacks(int x);

/* a c d f g h i j in %xmm0-%xmm7, k on the stack, b e l in %edi %esi %edx:
 * values x .. x+11 (float ones x+k+0.5); returns the weighted checksum. */
double abi_fp_callback(double a, int b, float c, double d, int e, double f,
                       float g, double h, double i, double j, double k, int l);
/* Four floats x+0.5 .. x+3.5; returns their weighted checksum as a float. */
float abi_fp_callback_float(float a, float b, float c, float d);
/* s in %xmm0:%xmm1, t in %xmm2 and %rdi, u in %xmm3, v on the stack:
 * members x .. x+8 (u's x+k+0.5); returns {checksum, x} in %xmm0 and %rax. */
struct abi_dl abi_fp_struct_callback(struct abi_dd s, struct abi_dl t,
                                     struct abi_ff u, struct abi_d3 v);
