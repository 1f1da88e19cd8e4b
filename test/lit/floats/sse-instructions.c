// What doubles and floats become (psABI 3.1.2, 3.2.3): values in %xmm0,
// constants from a .rodata pool like clang's (.LCPI<f>_<n>), negation by
// the sign mask, comparisons by ucomisd with NaN's rules (== also asks the
// parity flag; a < b is b > a, so that "above" is false when unordered),
// conversions as gcc does them (unsigned long both ways), %al counting the
// vector registers of a variadic call.
// REQUIRES: minicc-floats, masm-att, unoptimized
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s

// CHECK:      .section .rodata.cst8,"aM",@progbits,8
// CHECK:      .LCPI0_0:
// CHECK-NEXT: .quad 0x3ff8000000000000 # double 1.5
// CHECK-LABEL: scale:
// CHECK:      movsd %xmm0, -8(%rbp)
// CHECK-NEXT: movsd -8(%rbp), %xmm0
// CHECK-NEXT: mulsd .LCPI0_0(%rip), %xmm0
double scale(double x) { return x * 1.5; }

// CHECK-LABEL: equal:
// CHECK:      ucomisd -16(%rbp), %xmm0
// CHECK-NEXT: sete %al
// CHECK-NEXT: setnp %cl
// CHECK-NEXT: andb %cl, %al
// CHECK-NEXT: movzbl %al, %eax
int equal(double a, double b) { return a == b; }

// CHECK-LABEL: less:
// CHECK:      movsd -8(%rbp), %xmm0
// CHECK-NEXT: movsd -16(%rbp), %xmm1
// CHECK-NEXT: ucomisd %xmm0, %xmm1
// CHECK-NEXT: jbe
int less(double a, double b) { if (a < b) return 1; return 0; }

// The branch to the else: when equal and ordered.
// CHECK-LABEL: differ:
// CHECK:      ucomiss -8(%rbp), %xmm0
// CHECK-NEXT: jp [[UNORDERED:.LBB[0-9_]+]]
// CHECK-NEXT: je [[EQUAL:.LBB[0-9_]+]]
// CHECK-NEXT: [[UNORDERED]]:
// CHECK-NEXT: movl $1, %eax
int differ(float a, float b) { if (a != b) return 1; return 0; }

// CHECK:      .section .rodata.cst16,"aM",@progbits,16
// CHECK:      .LCPI4_0:
// CHECK-NEXT: .quad 0x8000000000000000
// CHECK-NEXT: .quad 0x8000000000000000
// CHECK-LABEL: neg:
// CHECK:      xorps .LCPI4_0(%rip), %xmm0
double neg(double x) { return -x; }

// CHECK-LABEL: from_int:
// CHECK:      movl -4(%rbp), %eax
// CHECK-NEXT: cvtsi2sdl %eax, %xmm0
double from_int(int i) { return i; }

// CHECK-LABEL: to_int:
// CHECK:      cvttsd2si %xmm0, %eax
int to_int(double d) { return d; }

// 2^63 and up: 2^63 taken off, then the top bit set.
// CHECK:      .LCPI7_0:
// CHECK-NEXT: .quad 0x43e0000000000000
// CHECK-LABEL: to_ulong:
// CHECK:      ucomisd .LCPI7_0(%rip), %xmm0
// CHECK-NEXT: jae [[LARGE:.LBB[0-9_]+]]
// CHECK-NEXT: cvttsd2si %xmm0, %rax
// CHECK:      [[LARGE]]:
// CHECK-NEXT: subsd .LCPI7_0(%rip), %xmm0
// CHECK-NEXT: cvttsd2si %xmm0, %rax
// CHECK-NEXT: movabsq $-9223372036854775808, %rdx
// CHECK-NEXT: xorq %rdx, %rax
unsigned long to_ulong(double d) { return d; }

// The sign bit set: halved keeping the low bit, converted, doubled.
// CHECK-LABEL: from_ulong:
// CHECK:      testq %rax, %rax
// CHECK-NEXT: jl [[HIGH:.LBB[0-9_]+]]
// CHECK-NEXT: cvtsi2sdq %rax, %xmm0
// CHECK:      [[HIGH]]:
// CHECK-NEXT: movq %rax, %rdx
// CHECK-NEXT: shrq $1, %rdx
// CHECK-NEXT: andl $1, %eax
// CHECK-NEXT: orq %rax, %rdx
// CHECK-NEXT: cvtsi2sdq %rdx, %xmm0
// CHECK-NEXT: addsd %xmm0, %xmm0
double from_ulong(unsigned long u) { return u; }

// CHECK-LABEL: narrow:
// CHECK:      cvtsd2ss %xmm0, %xmm0
float narrow(double d) { return d; }

// A float argument to printf is promoted to double; two vector registers.
// CHECK-LABEL: show:
// CHECK:      cvtss2sd %xmm0, %xmm0
// CHECK:      movb $2, %al
// CHECK-NEXT: callq printf
int printf(const char *, ...);
void show(double x, float f, int n) { printf("%f %f %d\n", x, f, n); }

// Nine doubles: the ninth goes on the stack, as its bits.
// CHECK-LABEL: many:
// CHECK:      movq %xmm0, %rax
// CHECK-NEXT: pushq %rax
// CHECK:      callq nine
double nine(double, double, double, double, double, double, double, double, double);
double many(double x) { return nine(x, x, x, x, x, x, x, x, x + 1); }
