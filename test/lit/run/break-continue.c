// break and continue leave or restart the innermost loop; continue in a for
// loop still runs the step, in a do/while it goes to the condition.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(void) {
  int i;
  for (i = 0; i < 10; i++) {
    if (i % 2)
      continue;
    if (i == 8)
      break;
    printf("for %d\n", i);
  }
  printf("after for i=%d\n", i);

  int j = 0;
  while (j < 10) {
    j++;
    if (j < 8)
      continue;
    printf("while %d\n", j);
  }

  int k = 0;
  int steps = 0;
  do {
    steps++;
    if (k++ < 3)
      continue;
    break;
  } while (1);
  printf("do k=%d steps=%d\n", k, steps);

  int pairs = 0;
  for (int a = 0; a < 4; a++)
    for (int b = 0; b < 4; b++) {
      if (b > a)
        break;
      if (b == 1)
        continue;
      pairs++;
    }
  printf("pairs=%d\n", pairs);
  return 0;
}

// gcc's build prints:
// CHECK: for 0
// CHECK-NEXT: for 2
// CHECK-NEXT: for 4
// CHECK-NEXT: for 6
// CHECK-NEXT: after for i=8
// CHECK-NEXT: while 8
// CHECK-NEXT: while 9
// CHECK-NEXT: while 10
// CHECK-NEXT: do k=4 steps=4
// CHECK-NEXT: pairs=7
// CHECK-NEXT: exit=0
