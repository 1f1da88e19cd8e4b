// %rsp is 16-byte aligned at every call minicc emits, whatever the frame size
// and however deep in an expression the call sits (System V ABI 3.2.2).
// RUN: %minicc -I %runtime %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc -o %t %t.s %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t > %t.out; echo "exit code $?" >> %t.out
// RUN: FileCheck %s < %t.out
// CHECK-NOT: ABI FAIL

#include <stdio.h>
#include "abi_check.h"

// Frames of 1 to 5 ints: 4, 8, 12, 16 and 20 bytes before rounding.
int one(void) { int a = abi_check_alignment(); return a; }
int two(void) { int a = 1; int b = abi_check_alignment(); return a + b; }
int three(void) { int a = 1, b = 2; int c = abi_check_alignment(); return a + b + c; }
int four(void) { int a = 1, b = 2, c = 3; int d = abi_check_alignment(); return a + b + c + d; }
int five(void) { int a = 1, b = 2, c = 3, d = 4; int e = abi_check_alignment(); return a + b + c + d + e; }

// A callee with stack parameters of its own, which calls out.
int seven(int a, int b, int c, int d, int e, int f, int g) {
  return g + abi_check_alignment();
}

int depth(int n) {
  if (n == 0)
    return abi_check_alignment();
  return depth(n - 1) + abi_check_alignment();
}

int main(void) {
  int x = 5;
  int y;
  abi_check_alignment();
  printf("frames %d %d %d %d %d\n", one(), two(), three(), four(), five());
  // CHECK: frames 1 2 4 7 11
  y = 10 + abi_check_alignment();
  printf("right of + %d\n", y);
  // CHECK: right of + 11
  y = x * 3 + abi_check_alignment();
  printf("after a product %d\n", y);
  // CHECK: after a product 16
  y = 1 + (2 + (3 + (4 + (x - abi_check_alignment()))));
  printf("nested parentheses %d\n", y);
  // CHECK: nested parentheses 14
  y = abi_check_alignment() + abi_check_alignment() * (x + abi_check_alignment());
  printf("both operands %d\n", y);
  // CHECK: both operands 7
  y = abi_check_args6(abi_check_alignment(), 2, 3, 4, 5, 6);
  printf("call in an argument %d\n", y);
  // CHECK: call in an argument 91
  y = abi_check_args6(1, 1 + abi_check_alignment(), 3, 3 + abi_check_alignment(), 5, 6 - abi_check_alignment() + abi_check_alignment());
  printf("calls in several arguments %d\n", y);
  // CHECK: calls in several arguments 91
  printf("callee with stack parameters %d\n", seven(1, 2, 3, 4, 5, 6, 7));
  // CHECK: callee with stack parameters 8
  printf("recursion %d\n", depth(6));
  // CHECK: recursion 7
  printf("printf with stack arguments %d %d %d %d %d %d %d\n", 1, 2, 3, 4, abi_check_alignment(), 6, 7);
  // CHECK: printf with stack arguments 1 2 3 4 1 6 7
  while (x > 0) {
    if (abi_check_alignment() == 1)
      x = x - 1;
    else
      x = -100;
  }
  printf("loop %d\n", x);
  // CHECK: loop 0
  return abi_report();
  // CHECK: ABI OK: 33 checks
  // CHECK-NEXT: exit code 0
}
