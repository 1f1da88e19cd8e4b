// -fverbose-asm says why the floating-point instructions that surprise a
// reader are there: the parity test after ucomisd, the comparison asked
// the other way round, the sign mask, a double waiting as its bits, and
// the detours for unsigned long.
// REQUIRES: minicc-floats, masm-att, unoptimized
// RUN: %minicc -fverbose-asm %s -o - | FileCheck %s

// CHECK-LABEL: equal:
// CHECK:       setnp %cl # parity set: the comparison was unordered, a NaN, which is equal to nothing
int equal(double a, double b) { return a == b; }

// CHECK-LABEL: less:
// CHECK:       ucomisd %xmm0, %xmm1 # a < b is asked as b > a: 'above' is false when a NaN makes the pair unordered
int less(double a, double b) { return a < b; }

// CHECK-LABEL: negate:
// CHECK:       xorps .LCPI2_0(%rip), %xmm0 # flips the sign bit: -x of 0.0 is -0.0, as C requires
double negate(double x) { return -x; }

// CHECK-LABEL: product:
// CHECK:       movsd %xmm0, -16(%rbp) # temporary; put aside in the frame: a call, or the work that follows, may change every scratch register
// CHECK:       callq twice
// CHECK:       movsd -16(%rbp), %xmm0 # temporary
double twice(double);
double product(double x) { return twice(x) * twice(x + 1); }

// CHECK-LABEL: to_double:
// CHECK:       jl .LBB4_{{[0-9]+}} # 2^63 or more: halved (its low bit kept, so it rounds the same), converted, doubled
double to_double(unsigned long u) { return u; }

// CHECK-LABEL: to_unsigned:
// CHECK:       jae .LBB5_{{[0-9]+}} # 2^63 or more: 2^63 taken off before the signed conversion, the top bit set after
unsigned long to_unsigned(double d) { return d; }
