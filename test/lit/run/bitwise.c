// Bitwise & | ^ ~ and shifts; >> of a negative int is arithmetic (sign
// extending), as with gcc and clang on x86-64. Shift counts come from
// variables too (the count goes through %cl).
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(void) {
  int a = 0xF0F0;
  int b = 0x0FF0;
  printf("%d %d %d\n", a & b, a | b, a ^ b);
  printf("%d %d\n", ~0, ~a);
  printf("%d %d\n", 1 << 10, 0x7F << 24);
  int n = 3;
  printf("%d %d\n", 1 << n, 256 >> n);
  int neg = -100;
  printf("%d %d %d\n", neg >> 1, neg >> n, -1 >> 31);
  printf("%d\n", (-8) >> 1);
  printf("%d\n", 5 & 3 | 8 ^ 2);
  printf("%d\n", 1 << 2 + 1);
  printf("%d\n", 6 & 3 == 3);
  return a >> 12;
}

// gcc's build prints:
// CHECK: 240 65520 65280
// CHECK-NEXT: -1 -61681
// CHECK-NEXT: 1024 2130706432
// CHECK-NEXT: 8 32
// CHECK-NEXT: -50 -13 -1
// CHECK-NEXT: -4
// CHECK-NEXT: 11
// CHECK-NEXT: 8
// CHECK-NEXT: 0
// CHECK-NEXT: exit=15
