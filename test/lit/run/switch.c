// switch: matching case, default, fall-through from one case to the next,
// default in the middle, a case with no match and no default, break in a
// switch inside a loop leaving only the switch, continue inside a switch
// going to the loop, negative and constant-expression case labels.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int classify(int x) {
  switch (x) {
  case 1:
    return 10;
  case 2:
  case 3:
    return 20;
  default:
    return 99;
  case -4:
    return 40;
  case 2 * 8 + 1:
    return 17;
  }
}

int main(void) {
  printf("%d %d %d %d %d %d\n", classify(1), classify(2), classify(3),
         classify(-4), classify(17), classify(5));

  int i;
  for (i = 0; i < 6; i++) {
    switch (i) {
    case 0:
      printf("zero ");
    case 1:
      printf("zero-or-one ");
      break;
    case 3:
      continue;
    default:
      printf("other ");
      break;
    }
    printf("[%d]\n", i);
  }
  printf("i=%d\n", i);

  int hit = 0;
  switch (7) {
  case 1:
    hit = 1;
  }
  printf("hit=%d\n", hit);

  int n = 0;
  switch (n) {
  default:
    n = n + 1;
  case 5:
    n = n + 10;
  }
  printf("n=%d\n", n);
  return 0;
}

// gcc's build prints:
// CHECK: 10 20 20 40 17 99
// CHECK-NEXT: zero zero-or-one [0]
// CHECK-NEXT: zero-or-one [1]
// CHECK-NEXT: other [2]
// CHECK-NEXT: other [4]
// CHECK-NEXT: other [5]
// CHECK-NEXT: i=6
// CHECK-NEXT: hit=0
// CHECK-NEXT: n=11
// CHECK-NEXT: exit=0
