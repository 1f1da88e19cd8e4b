// / and % truncate toward zero for every sign combination, and
// (a / b) * b + a % b == a. Operands in variables so nothing is folded; the
// same expressions with constants are folded the same way.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

void show(int a, int b) {
  printf("%d/%d=%d %d%%%d=%d check=%d\n", a, b, a / b, a, b, a % b,
         (a / b) * b + a % b == a);
}

int main(void) {
  show(7, 2);
  show(-7, 2);
  show(7, -2);
  show(-7, -2);
  show(1, 3);
  show(-1, 3);
  show(2147483647, 10);
  show(-2147483647 - 1, 7);
  printf("%d %d %d %d\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
  int x = 100;
  x = x / 3 / 2;
  printf("x=%d\n", x);
  return 0;
}

// gcc's build prints:
// CHECK: 7/2=3 7%2=1 check=1
// CHECK-NEXT: -7/2=-3 -7%2=-1 check=1
// CHECK-NEXT: 7/-2=-3 7%-2=1 check=1
// CHECK-NEXT: -7/-2=3 -7%-2=-1 check=1
// CHECK-NEXT: 1/3=0 1%3=1 check=1
// CHECK-NEXT: -1/3=0 -1%3=-1 check=1
// CHECK-NEXT: 2147483647/10=214748364 2147483647%10=7 check=1
// CHECK-NEXT: -2147483648/7=-306783378 -2147483648%7=-2 check=1
// CHECK-NEXT: -3 -1 -3 1
// CHECK-NEXT: x=16
// CHECK-NEXT: exit=0
