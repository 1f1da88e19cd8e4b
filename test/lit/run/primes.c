// A prime sieve by trial division: nested loops, %, early return.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int is_prime(int n) {
  int d;
  if (n < 2)
    return 0;
  d = 2;
  while (d * d <= n) {
    if (n % d == 0)
      return 0;
    d = d + 1;
  }
  return 1;
}

int main(void) {
  int n = 0;
  int count = 0;
  while (n < 60) {
    if (is_prime(n)) {
      printf("%d ", n);
      count = count + 1;
    }
    n = n + 1;
  }
  printf("\ncount=%d\n", count);
  return count;
}

// gcc's build prints:
// CHECK: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59
// CHECK-NEXT: count=17
// CHECK-NEXT: exit=17
