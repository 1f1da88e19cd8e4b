// Assignment is an expression: a = b = 3 assigns right to left, and the
// value of an assignment can be used in a condition.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int g;

int main(void) {
  int a;
  int b;
  int c;
  a = b = 3;
  printf("a=%d b=%d\n", a, b);
  a = b = c = g = 7;
  printf("a=%d b=%d c=%d g=%d\n", a, b, c, g);
  int n = 0;
  int v;
  while ((v = n * n) < 20)
    n = n + 1;
  printf("n=%d v=%d\n", n, v);
  if ((a = 0))
    printf("wrong\n");
  printf("a=%d\n", a);
  return (b = 4) + 1;
}

// gcc's build prints:
// CHECK: a=3 b=3
// CHECK-NEXT: a=7 b=7 c=7 g=7
// CHECK-NEXT: n=5 v=25
// CHECK-NEXT: a=0
// CHECK-NEXT: exit=5
