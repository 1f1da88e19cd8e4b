// REQUIRES: minicc-floats
// The compiler under test passes and returns double, float and structs of
// them as the System V ABI says (3.2.3), checked by the runtime ABI checker
// (abi_check_floats.h): %xmm0-%xmm7 and then the stack, mixed with integer
// arguments, %al before a variadic call, results in %xmm0, %xmm0:%xmm1 and
// %xmm0 with %rax; all vector registers are caller-saved (the checker
// scrubs them on return, so a double kept in one across a call shows), and
// its callbacks must keep the callee-saved registers, MXCSR's control bits,
// the x87 control word and a clear direction flag.
// RUN: %cut -c -I %runtime %s -o %t.o
// RUN: %cc -o %t %t.o %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t > %t.out; echo "exit code $?" >> %t.out
// RUN: FileCheck %s < %t.out
// CHECK-NOT: ABI FAIL

#include <stdio.h>
#include "abi_check.h"
#include "abi_check_floats.h"

// Values x .. x+11 (floats x+k+0.5): returns the weighted checksum, with a
// call in the middle while doubles are live (they must survive it in memory
// or callee-saved places: every %xmm register comes back as a NaN).
double abi_fp_callback(double a, int b, float c, double d, int e, double f,
                       float g, double h, double i, double j, double k, int l) {
  double first = a + 2 * b + 3 * c + 4 * d;
  double back = abi_check_return_double(0) - 0.25;
  return first + back + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

float abi_fp_callback_float(float a, float b, float c, float d) {
  return a + 2 * b + 3 * c + 4 * d;
}

struct abi_dl abi_fp_struct_callback(struct abi_dd s, struct abi_dl t,
                                     struct abi_ff u, struct abi_d3 v) {
  struct abi_dl r;
  r.a = s.a + 2 * s.b + 3 * t.a + 4 * t.b + 5 * u.a + 6 * u.b + 7 * v.a + 8 * v.b + 9 * v.c;
  r.b = (long)s.a;
  return r;
}

// Hands its own parameters on: read from registers and the stack.
double forward_fp_args(double a, int b, float c, double d, int e, double f,
                       float g, double h, int i, double j, double k, float l,
                       int m, double n) {
  return abi_check_fp_args(a, b, c, d, e, f, g, h, i, j, k, l, m, n);
}

int main(void) {
  printf("fp args %.17g\n", abi_check_fp_args(1, 2, 3.5f, 4, 5, 6, 7.5f, 8, 9, 10, 11, 12.5f, 13, 14));
  // CHECK: fp args 1026
  printf("forwarded %.17g\n", forward_fp_args(1, 2, 3.5f, 4, 5, 6, 7.5f, 8, 9, 10, 11, 12.5f, 13, 14));
  // CHECK: forwarded 1026
  printf("fp stack %.17g\n", abi_check_fp_stack(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25));
  // CHECK: fp stack 2720
  printf("variadic 12 %.17g\n", abi_check_fp_variadic(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0));
  // CHECK: variadic 12 650
  printf("variadic 3 %.17g\n", abi_check_fp_variadic(3, -1.0, 0.0, 1.0));
  // CHECK: variadic 3 2
  float f = 8.5f;
  printf("variadic 9 %.17g\n", abi_check_fp_variadic(9, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, f));
  // CHECK: variadic 9 262.5
  double kept = 0.125 * 3;
  double r = abi_check_return_double(7);
  printf("return double %.17g kept %.17g\n", r, kept);
  // CHECK: return double 7.25 kept 0.375
  float rf = abi_check_return_float(-3);
  printf("return float %.9g\n", (double)rf);
  // CHECK: return float -2.75
  printf("sum of returns %.17g\n", abi_check_return_double(1) + abi_check_return_float(2) + kept);
  // CHECK: sum of returns 3.875
  struct abi_dd dd = abi_check_return_dd(20);
  printf("return dd %.17g %.17g\n", dd.a, dd.b);
  // CHECK: return dd 20 21
  struct abi_dl dl = abi_check_return_dl(30);
  printf("return dl %.17g %ld\n", dl.a, dl.b);
  // CHECK: return dl 30 31
  struct abi_ff ff = abi_check_return_ff(40);
  printf("return ff %.9g %.9g\n", (double)ff.a, (double)ff.b);
  // CHECK: return ff 40 41
  struct abi_d3 d3 = abi_check_return_d3(50);
  printf("return d3 %.17g %.17g %.17g\n", d3.a, d3.b, d3.c);
  // CHECK: return d3 50 51 52
  struct abi_dd s = {1, 2};
  struct abi_dl t = {3, 4};
  struct abi_ff u = {5.5f, 6.5f};
  struct abi_d3 v = {7, 8, 9};
  struct abi_dd s2 = {11, 12};
  printf("fp structs %.17g\n", abi_check_fp_structs(s, t, u, v, 10, s2, 13));
  // CHECK: fp structs 824.5
  printf("callbacks %.17g\n", abi_call_fp_callbacks(1));
  // CHECK: callbacks 980.5
  printf("callbacks from -4 %.17g\n", abi_call_fp_callbacks(-4));
  // CHECK: callbacks from -4 315.5
  return abi_report();
  // CHECK: ABI OK: 19 checks
  // CHECK-NEXT: exit code 0
}
