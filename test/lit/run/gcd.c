// Euclid's gcd, iterative and recursive, with % and a while loop.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int gcd(int a, int b) {
  while (b != 0) {
    int t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int gcd_rec(int a, int b) {
  if (b == 0)
    return a;
  return gcd_rec(b, a % b);
}

int main(void) {
  printf("%d %d\n", gcd(48, 18), gcd_rec(48, 18));
  printf("%d %d\n", gcd(17, 5), gcd_rec(17, 5));
  printf("%d %d\n", gcd(1071, 462), gcd_rec(1071, 462));
  printf("%d\n", gcd(0, 9));
  return 0;
}

// gcc's build prints:
// CHECK: 6 6
// CHECK-NEXT: 1 1
// CHECK-NEXT: 21 21
// CHECK-NEXT: 9
// CHECK-NEXT: exit=0
