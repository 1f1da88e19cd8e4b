// Calls with 7, 8, 9 and 12 arguments: the stack arguments arrive in order
// (System V ABI 3.2.3) and odd and even counts both keep %rsp aligned, also
// when an argument is itself a call with stack arguments.
// RUN: %minicc -I %runtime %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc -o %t %t.s %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t > %t.out; echo "exit code $?" >> %t.out
// RUN: FileCheck %s < %t.out
// CHECK-NOT: ABI FAIL

#include <stdio.h>
#include "abi_check.h"

int forward8(int a, int b, int c, int d, int e, int f, int g, int h) {
  // Stack parameters read back (16(%rbp), 24(%rbp)) and passed on again.
  return abi_check_args8(a, b, c, d, e, f, g, h);
}

int main(void) {
  int x = 100;
  printf("args6 %d\n", abi_check_args6(1, 2, 3, 4, 5, 6));
  // CHECK: args6 91
  printf("args7 %d\n", abi_check_args7(1, 2, 3, 4, 5, 6, 7));
  // CHECK: args7 140
  printf("args8 %d\n", abi_check_args8(1, 2, 3, 4, 5, 6, 7, 8));
  // CHECK: args8 204
  printf("args9 %d\n", abi_check_args9(1, 2, 3, 4, 5, 6, 7, 8, 9));
  // CHECK: args9 285
  printf("args12 %d\n", abi_check_args12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  // CHECK: args12 650
  printf("variables %d\n", abi_check_args12(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11));
  // CHECK: variables 8372
  printf("negative %d\n", abi_check_args9(-4, -3, -2, -1, 0, 1, 2, 3, 4));
  // CHECK: negative 60
  // A call in the last stack argument, evaluated while the others wait.
  printf("call in a stack argument %d\n", abi_check_args7(1, 2, 3, 4, 5, 6, 6 + abi_check_alignment()));
  // CHECK: call in a stack argument 140
  // Calls with stack arguments inside stack arguments: 140 - 133 = 7,
  // 285 - 277 = 8, 204 - 195 = 9.
  printf("nested stack arguments %d\n", abi_check_args9(1, 2, 3, 4, 5, 6, abi_check_args7(1, 2, 3, 4, 5, 6, 7) - 133, abi_check_args9(1, 2, 3, 4, 5, 6, 7, 8, 9) - 277, abi_check_args8(1, 2, 3, 4, 5, 6, 7, 8) - 195));
  // CHECK: nested stack arguments 285
  printf("nested in a register argument %d\n", abi_check_args8(abi_check_args7(1, 2, 3, 4, 5, 6, 7) - 139, 2, 3, 4, 5, 6, 7, 8));
  // CHECK: nested in a register argument 204
  printf("twelve nested %d\n", abi_check_args12(1, 2, 3, 4, 5, abi_check_args12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) - 644, 7, 8, 9, abi_check_args9(1, 2, 3, 4, 5, 6, 7, 8, 9) - 275, 11, 11 + abi_check_alignment()));
  // CHECK: twelve nested 650
  printf("sum of two %d\n", abi_check_args7(1, 2, 3, 4, 5, 6, 7) + abi_check_args8(1, 2, 3, 4, 5, 6, 7, 8));
  // CHECK: sum of two 344
  printf("forwarded %d\n", forward8(11, 12, 13, 14, 15, 16, 17, 18));
  // CHECK: forwarded 564
  return abi_report();
  // CHECK: ABI OK: 22 checks
  // CHECK-NEXT: exit code 0
}
