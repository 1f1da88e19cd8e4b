// A static local keeps its value between calls and is initialised once;
// two functions may each have a static local of the same name.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int counter(void) {
  static int calls;
  calls++;
  return calls;
}

int other(void) {
  static int calls = 100;
  calls = calls + 10;
  return calls;
}

int main(void) {
  counter();
  counter();
  printf("counter=%d other=%d\n", counter(), other());
  printf("other=%d counter=%d\n", other(), counter());
  {
    static int inner = 1;
    inner = inner * 2;
    printf("inner=%d\n", inner);
  }
  return counter();
}

// gcc's build prints:
// CHECK: counter=3 other=110
// CHECK-NEXT: other=120 counter=4
// CHECK-NEXT: inner=2
// CHECK-NEXT: exit=5
