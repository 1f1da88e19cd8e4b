// minicc's code as the callee: called from the checker's trampolines with
// sentinels in %rbx %rbp %r12-%r15, it must give them back (System V ABI
// 3.2.1), find its stack parameters at 16(%rbp), 24(%rbp), ... (3.2.3) and
// keep %rsp aligned at its own calls (3.2.2).
// RUN: %minicc -I %runtime %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc -o %t %t.s %runtime/abi_check.c %runtime/abi_trampolines.S
// RUN: %t > %t.out; echo "exit code $?" >> %t.out
// RUN: FileCheck %s < %t.out
// CHECK-NOT: ABI FAIL

#include <stdio.h>
#include "abi_check.h"

// Called with x; makes its own calls, including one back into a trampoline,
// so trampolines nest.  Returns 1001 * x + 1 when everything is right.
int abi_callback(int x) {
  int local = x * 1000;
  if (x > 1)
    return local + abi_check_alignment() + abi_call_preserving(x - 1) - 1000 * (x - 1);
  return local + abi_check_alignment() + abi_check_alignment();
}

// Each returns 1*a + 2*b + ..., the checksum the trampoline expects.
int abi_callback7(int a, int b, int c, int d, int e, int f, int g) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g;
}

int abi_callback8(int a, int b, int c, int d, int e, int f, int g, int h) {
  // Hands its parameters on as stack arguments of its own call.
  return abi_check_args8(a, b, c, d, e, f, g, h);
}

int abi_callback9(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
  int sum = 0;
  sum = sum + a + 2 * b + 3 * c;
  sum = sum + abi_check_alignment() - 1;
  sum = sum + 4 * d + 5 * e + 6 * f;
  sum = sum + 7 * g + 8 * h + 9 * i;
  return sum;
}

int abi_callback12(int a, int b, int c, int d, int e, int f, int g, int h,
                   int i, int j, int k, int l) {
  // One long expression: many temporaries at once.
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

int main(void) {
  printf("callback %d\n", abi_call_preserving(1));
  // CHECK: callback 1002
  printf("nested callbacks %d\n", abi_call_preserving(4));
  // CHECK: nested callbacks 4005
  printf("callback7 %d\n", abi_call_preserving7(1));
  // CHECK: callback7 140
  printf("callback8 %d\n", abi_call_preserving8(1));
  // CHECK: callback8 204
  printf("callback9 %d\n", abi_call_preserving9(1));
  // CHECK: callback9 285
  printf("callback12 %d\n", abi_call_preserving12(1));
  // CHECK: callback12 650
  printf("callback12 from 100 %d\n", abi_call_preserving12(100));
  // CHECK: callback12 from 100 8372
  printf("negative %d\n", abi_call_preserving9(-5));
  // CHECK: negative 15
  printf("sum %d\n", abi_call_preserving7(2) + abi_call_preserving8(3));
  // CHECK: sum 444
  return abi_report();
  // CHECK: ABI OK: 24 checks
  // CHECK-NEXT: exit code 0
}
