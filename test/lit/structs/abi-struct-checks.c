// The compiler under test passes and returns structs as the System V ABI
// says (3.2.3), checked by the runtime ABI checker (abi_check_structs.h):
// struct arguments in registers and on the stack, the 6-register boundary,
// results in %rax, %rax:%rdx and through the hidden pointer, and callbacks
// taking and returning structs under the callee-saved sentinels.
// RUN: %cut -c -I %runtime %s -o %t.o
// RUN: %cc -o %t %t.o %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t > %t.out; echo "exit code $?" >> %t.out
// RUN: FileCheck %s < %t.out
// CHECK-NOT: ABI FAIL

#include <stdio.h>
#include "abi_check.h"
#include "abi_check_structs.h"

// Called with members x, x+1, ...: s on the stack, t in %r9.
struct abi_s16 abi_struct_callback16(int a, int b, int c, int d, int e,
                                     struct abi_s16 s, struct abi_s8 t) {
  struct abi_s16 r;
  r.a = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * s.a + 7 * s.b + 8 * t.a + 9 * t.b + 10 * t.c;
  r.b = t.c;
  return r;
}

// Returns through the hidden pointer, which must come back in %rax.
struct abi_s24 abi_struct_callback24(struct abi_s8 a, struct abi_s16 b, int c,
                                     struct abi_s24 d, int e, int f, int g) {
  struct abi_s24 r = {0, a.a, g};
  r.a = a.a + 2 * a.b + 3 * a.c + 4 * b.a + 5 * b.b + 6 * c + 7 * d.a + 8 * d.b + 9 * d.c + 10 * e + 11 * f + 12 * g;
  return r;
}

// Hands its own struct parameters on: read from registers and the stack.
int forward_boundary(int a, int b, int c, int d, int e, struct abi_s16 s, int f) {
  return abi_check_struct_boundary(a, b, c, d, e, s, f);
}

int main(void) {
  struct abi_s8 a = {1, 2, 3};
  struct abi_s16 b = {4, 5};
  struct abi_s24 c = {6, 7, 8};
  struct abi_s12 e = {10, 11, 12};
  struct abi_s16 g = {14, 15};
  printf("struct args %d\n", abi_check_struct_args(a, b, c, 9, e, 13, g));
  // CHECK: struct args 1240
  struct abi_s16 s = {6, 7};
  printf("boundary %d\n", abi_check_struct_boundary(1, 2, 3, 4, 5, s, 8));
  // CHECK: boundary 204
  printf("forwarded %d\n", forward_boundary(1, 2, 3, 4, 5, s, 8));
  // CHECK: forwarded 204
  struct abi_s8 k[7];
  for (int i = 0; i < 7; i++) {
    k[i].a = 3 * i + 1;
    k[i].b = 3 * i + 2;
    k[i].c = 3 * i + 3;
  }
  struct abi_s12 h = {22, 23, 24};
  printf("small %d\n", abi_check_struct_small(k[0], k[1], k[2], k[3], k[4], k[5], k[6], h));
  // CHECK: small 4900
  struct abi_s8 r8 = abi_check_return8(40);
  printf("return8 %d %d %d\n", r8.a, r8.b, r8.c);
  // CHECK: return8 40 41 42
  struct abi_s16 r16 = abi_check_return16(50);
  printf("return16 %ld %d\n", r16.a, r16.b);
  // CHECK: return16 50 51
  struct abi_s24 r24 = abi_check_return24(60);
  printf("return24 %ld %ld %ld\n", r24.a, r24.b, r24.c);
  // CHECK: return24 60 61 62
  r24 = abi_check_return24_args(70, 71, 72, 73, 74, 75, 76);
  printf("return24 args %ld %ld %ld\n", r24.a, r24.b, r24.c);
  // CHECK: return24 args 70 71 72
  printf("callbacks %d\n", abi_call_struct_callbacks(1));
  // CHECK: callbacks 1035
  return abi_report();
  // CHECK: ABI OK: 9 checks
  // CHECK-NEXT: exit code 0
}
