// for: a declaration in the init clause (scoped to the loop), each clause
// left empty in turn, and the null statement as a body.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(void) {
  int i = 99;
  int sum = 0;
  for (int i = 0; i < 5; i = i + 1)
    sum = sum + i;
  printf("sum=%d i=%d\n", sum, i);

  int j = 0;
  for (; j < 3; j = j + 1)
    printf("no init %d\n", j);

  int k = 0;
  for (k = 10; ; k = k - 3) {
    if (k < 0)
      break;
  }
  printf("no cond k=%d\n", k);

  int n;
  for (n = 0; n < 4;)
    n = n + 2;
  printf("no step n=%d\n", n);

  int m = 0;
  for (;;) {
    m = m + 1;
    if (m == 6)
      break;
  }
  printf("forever m=%d\n", m);

  int c;
  for (c = 0; c < 7; c = c + 1)
    ;
  printf("empty body c=%d\n", c);
  return 0;
}

// gcc's build prints:
// CHECK: sum=10 i=99
// CHECK-NEXT: no init 0
// CHECK-NEXT: no init 1
// CHECK-NEXT: no init 2
// CHECK-NEXT: no cond k=-2
// CHECK-NEXT: no step n=4
// CHECK-NEXT: forever m=6
// CHECK-NEXT: empty body c=7
// CHECK-NEXT: exit=0
