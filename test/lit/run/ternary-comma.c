// ?: evaluates only the chosen arm; it nests right to left. The comma
// operator evaluates left to right and yields its right operand.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int say(int v) {
  printf("say %d\n", v);
  return v;
}

int max(int a, int b) { return a > b ? a : b; }

int sign(int x) { return x < 0 ? -1 : x == 0 ? 0 : 1; }

int main(void) {
  printf("max=%d %d\n", max(3, 9), max(-4, -7));
  printf("sign=%d %d %d\n", sign(-5), sign(0), sign(12));
  int r = 1 ? say(10) : say(20);
  r = 0 ? say(30) : say(40);
  printf("r=%d\n", r);
  int a = 0;
  int b = (a = 5, a + 1);
  printf("a=%d b=%d\n", a, b);
  int i;
  int j;
  for (i = 0, j = 10; i < j; i = i + 3, j = j - 3)
    ;
  printf("i=%d j=%d\n", i, j);
  int c = (say(1), say(2), 3);
  printf("c=%d\n", c);
  return a ? b : 0;
}

// gcc's build prints:
// CHECK: max=9 -4
// CHECK-NEXT: sign=-1 0 1
// CHECK-NEXT: say 10
// CHECK-NEXT: say 40
// CHECK-NEXT: r=40
// CHECK-NEXT: a=5 b=6
// CHECK-NEXT: i=6 j=4
// CHECK-NEXT: say 1
// CHECK-NEXT: say 2
// CHECK-NEXT: c=3
// CHECK-NEXT: exit=6
