// && and || evaluate their right side only when needed: the side effects of
// the calls show which ones ran. The results are 0 or 1, and ! negates.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int trace(int id, int value) {
  printf("eval %d\n", id);
  return value;
}

int main(void) {
  int r;
  r = trace(1, 0) && trace(2, 1);
  printf("r=%d\n", r);
  r = trace(3, 5) && trace(4, 7);
  printf("r=%d\n", r);
  r = trace(5, 3) || trace(6, 0);
  printf("r=%d\n", r);
  r = trace(7, 0) || trace(8, 0);
  printf("r=%d\n", r);
  r = trace(9, 0) || trace(10, 1) && trace(11, 0);
  printf("r=%d\n", r);
  r = !trace(12, 4) || !!trace(13, -2);
  printf("r=%d\n", r);

  int n = 0;
  if (n != 0 && 10 / n > 1)
    printf("unreachable\n");
  int i = 0;
  if (i++ || i++)
    printf("i=%d\n", i);
  if (--i && --i)
    printf("wrong\n");
  printf("i=%d !0=%d !7=%d\n", i, !0, !7);
  return 0;
}

// gcc's build prints:
// CHECK: eval 1
// CHECK-NEXT: r=0
// CHECK-NEXT: eval 3
// CHECK-NEXT: eval 4
// CHECK-NEXT: r=1
// CHECK-NEXT: eval 5
// CHECK-NEXT: r=1
// CHECK-NEXT: eval 7
// CHECK-NEXT: eval 8
// CHECK-NEXT: r=0
// CHECK-NEXT: eval 9
// CHECK-NEXT: eval 10
// CHECK-NEXT: eval 11
// CHECK-NEXT: r=0
// CHECK-NEXT: eval 12
// CHECK-NEXT: eval 13
// CHECK-NEXT: r=1
// CHECK-NEXT: i=2
// CHECK-NEXT: i=0 !0=1 !7=0
// CHECK-NEXT: exit=0
