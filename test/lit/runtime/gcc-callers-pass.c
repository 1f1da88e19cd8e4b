// The checker passes code that follows the ABI: gcc's, at -O0 and -O2.
// RUN: %cc -O0 -o %t.O0 %s %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t.O0 | FileCheck %s
// RUN: %cc -O2 -o %t.O2 %s %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t.O2 | FileCheck %s

#include <stdio.h>
#include "../../../runtime/abi_check.h"

// CHECK-NOT: ABI FAIL
// CHECK: alignment 1
// CHECK: args6 91 args7 140 args8 204 args9 285 args12 650
// CHECK: negative args8 132
// CHECK: nested 2 + 1*1 = 3
// CHECK: callback 42
// CHECK: callback7 140 callback8 204 callback9 285 callback12 650
// CHECK: nested callbacks 204
// CHECK-NOT: ABI FAIL
// CHECK: ABI OK: 26 checks
// CHECK-NOT: ABI FAIL

int abi_callback(int x) {
  // A callback runs on the trampoline's stack: its own calls must be
  // aligned too, and it may call back into the checker.
  // Result: 1 + x when everything is right.
  return abi_check_alignment() + x + abi_call_preserving7(x) -
         abi_callback7(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6);
}

int abi_callback7(int a, int b, int c, int d, int e, int f, int g) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g;
}

int abi_callback8(int a, int b, int c, int d, int e, int f, int g, int h) {
  return abi_check_args8(a, b, c, d, e, f, g, h);
}

int abi_callback9(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
  return abi_check_args9(a, b, c, d, e, f, g, h, i);
}

int abi_callback12(int a, int b, int c, int d, int e, int f, int g, int h,
                   int i, int j, int k, int l) {
  return abi_check_args12(a, b, c, d, e, f, g, h, i, j, k, l);
}

int main(void) {
  printf("alignment %d\n", abi_check_alignment());
  printf("args6 %d args7 %d args8 %d args9 %d args12 %d\n",
         abi_check_args6(1, 2, 3, 4, 5, 6), abi_check_args7(1, 2, 3, 4, 5, 6, 7),
         abi_check_args8(1, 2, 3, 4, 5, 6, 7, 8),
         abi_check_args9(1, 2, 3, 4, 5, 6, 7, 8, 9),
         abi_check_args12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  printf("negative args8 %d\n", abi_check_args8(-1, 0, 1, 2, 3, 4, 5, 6));
  printf("nested %d + 1*1 = %d\n", abi_check_alignment() + 1,
         abi_check_args6(abi_check_alignment(), 2, 3, 4, 5, 6) - 90 + abi_check_alignment() + 1);
  printf("callback %d\n", abi_call_preserving(41));
  printf("callback7 %d callback8 %d callback9 %d callback12 %d\n",
         abi_call_preserving7(1), abi_call_preserving8(1), abi_call_preserving9(1),
         abi_call_preserving12(1));
  printf("nested callbacks %d\n", abi_call_preserving8(abi_call_preserving(1) - 1));
  return abi_report();
}
