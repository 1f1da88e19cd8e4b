// Prefix ++/-- yield the new value, postfix the old one; both update the
// variable. Used in conditions, in arguments and as statements.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int g = 10;

int main(void) {
  int a = 5;
  int b = a++;
  printf("a=%d b=%d\n", a, b);
  b = ++a;
  printf("a=%d b=%d\n", a, b);
  b = a--;
  printf("a=%d b=%d\n", a, b);
  b = --a;
  printf("a=%d b=%d\n", a, b);
  int old = g++;
  printf("old=%d ", old);
  printf("pre=%d\n", ++g);
  printf("g=%d\n", g);
  int n = 3;
  while (n--)
    printf("tick %d\n", n);
  printf("n=%d\n", n);
  int m = 0;
  while (++m < 3)
    printf("m %d\n", m);
  int c = 0;
  c++;
  ++c;
  c--;
  printf("c=%d\n", c);
  return a;
}

// gcc's build prints:
// CHECK: a=6 b=5
// CHECK-NEXT: a=7 b=7
// CHECK-NEXT: a=6 b=7
// CHECK-NEXT: a=5 b=5
// CHECK-NEXT: old=10 pre=12
// CHECK-NEXT: g=12
// CHECK-NEXT: tick 2
// CHECK-NEXT: tick 1
// CHECK-NEXT: tick 0
// CHECK-NEXT: n=-1
// CHECK-NEXT: m 1
// CHECK-NEXT: m 2
// CHECK-NEXT: c=1
// CHECK-NEXT: exit=5
