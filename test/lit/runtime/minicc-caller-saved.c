// Temporaries that live across a call: every checker entry point returns
// with %rcx %rdx %rsi %rdi %r8-%r11 and the upper half of %rax scrubbed
// (System V ABI 3.2.1: they are caller-saved), so minicc must keep such
// values in its frame (or a callee-saved register), not in a scratch register.
// RUN: %minicc -I %runtime %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc -o %t %t.s %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t > %t.out; echo "exit code $?" >> %t.out
// RUN: FileCheck %s < %t.out
// CHECK-NOT: ABI FAIL

#include <stdio.h>
#include "abi_check.h"

int id(int x) { return x; }

int main(void) {
  int a = 6, b = 7;
  printf("left operand kept %d\n", a * b + abi_check_alignment());
  // CHECK: left operand kept 43
  printf("division kept %d\n", (a * b) / (abi_check_alignment() + 1));
  // CHECK: division kept 21
  printf("remainder kept %d\n", (a * b + 1) % (abi_check_alignment() + 1));
  // CHECK: remainder kept 1
  printf("comparison kept %d\n", a * b == 41 + abi_check_alignment());
  // CHECK: comparison kept 1
  printf("subtraction order %d\n", 100 - abi_check_args6(1, 2, 3, 4, 5, 6));
  // CHECK: subtraction order 9
  printf("earlier arguments kept %d\n", abi_check_args8(id(1), id(2), id(3), id(4), id(5), id(6), id(7), id(8)));
  // CHECK: earlier arguments kept 204
  printf("two calls %d\n", abi_check_args6(1, 2, 3, 4, 5, 6) - abi_check_args7(1, 2, 3, 4, 5, 6, 7));
  // CHECK: two calls -49
  printf("chain %d\n", a + abi_check_alignment() * b - abi_check_alignment() + a * abi_check_alignment() * b);
  // CHECK: chain 54
  printf("callback result kept %d\n", 1 + abi_call_preserving8(1) * 2);
  // CHECK: callback result kept 409
  return abi_report();
  // CHECK: ABI OK: 13 checks
  // CHECK-NEXT: exit code 0
}

int abi_callback8(int a, int b, int c, int d, int e, int f, int g, int h) {
  return abi_check_args8(a, b, c, d, e, f, g, h);
}
