// The red zone is 128 bytes: a leaf whose locals fit (32 ints) reserves
// nothing, one with 33 ints (132 bytes) must reserve its frame, rounded up
// to 16 (144).
// RUN: %minicc -w -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc -w %s -o - | %style-check -

// CHECK-LABEL: fits:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NOT: %rsp
// CHECK: movl $32, -128(%rbp)
// CHECK-NOT: %rsp
// CHECK: popq %rbp
// CHECK-NEXT: retq
int fits(void) {
  int a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8;
  int b1 = 9, b2 = 10, b3 = 11, b4 = 12, b5 = 13, b6 = 14, b7 = 15, b8 = 16;
  int c1 = 17, c2 = 18, c3 = 19, c4 = 20, c5 = 21, c6 = 22, c7 = 23, c8 = 24;
  int d1 = 25, d2 = 26, d3 = 27, d4 = 28, d5 = 29, d6 = 30, d7 = 31, d8 = 32;
  return a1 + d8;
}

// CHECK-LABEL: too_big:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: subq $144, %rsp
// CHECK: movl $33, -132(%rbp)
// CHECK: addq $144, %rsp
// CHECK-NEXT: popq %rbp
// CHECK-NEXT: retq
int too_big(void) {
  int a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8;
  int b1 = 9, b2 = 10, b3 = 11, b4 = 12, b5 = 13, b6 = 14, b7 = 15, b8 = 16;
  int c1 = 17, c2 = 18, c3 = 19, c4 = 20, c5 = 21, c6 = 22, c7 = 23, c8 = 24;
  int d1 = 25, d2 = 26, d3 = 27, d4 = 28, d5 = 29, d6 = 30, d7 = 31, d8 = 32;
  int e1 = 33;
  return a1 + e1;
}
