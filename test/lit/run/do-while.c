// do/while runs its body once before testing, while does not.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(void) {
  int a = 10;
  do {
    printf("do body a=%d\n", a);
    a = a + 1;
  } while (a < 5);

  int b = 10;
  while (b < 5) {
    printf("while body\n");
    b = b + 1;
  }

  int n = 0;
  int s = 0;
  do s = s + n; while (++n <= 4);
  printf("a=%d b=%d n=%d s=%d\n", a, b, n, s);
  return 0;
}

// gcc's build prints:
// CHECK: do body a=10
// CHECK-NEXT: a=11 b=10 n=5 s=10
// CHECK-NEXT: exit=0
