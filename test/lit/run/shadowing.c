// Nested blocks: each inner declaration shadows the outer one only until its
// block ends, and a local shadows a global of the same name.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int x = 100;

int main(void) {
  printf("global %d\n", x);
  int x = 1;
  printf("outer %d\n", x);
  {
    int x = 2;
    printf("inner %d\n", x);
    {
      x = x + 10;
      int x = 3;
      printf("innermost %d\n", x);
    }
    printf("inner again %d\n", x);
  }
  printf("outer again %d\n", x);
  {
    int y = x + 5;
    printf("y %d\n", y);
  }
  int y = 7;
  printf("later y %d\n", y);
  return x;
}

// gcc's build prints:
// CHECK: global 100
// CHECK-NEXT: outer 1
// CHECK-NEXT: inner 2
// CHECK-NEXT: innermost 3
// CHECK-NEXT: inner again 12
// CHECK-NEXT: outer again 1
// CHECK-NEXT: y 6
// CHECK-NEXT: later y 7
// CHECK-NEXT: exit=1
