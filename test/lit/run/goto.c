// goto: a backward jump forming a loop, a forward jump out of nested loops,
// a label on the null statement, labels in different functions with the
// same name.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int loop_to(int n) {
  int i = 0;
again:
  i++;
  if (i < n)
    goto again;
  return i;
}

int find(int target) {
  int a;
  int b;
  for (a = 0; a < 10; a++)
    for (b = 0; b < 10; b++)
      if (a * b == target)
        goto found;
  return -1;
found:
  printf("found %d*%d\n", a, b);
  return a * 10 + b;
}

int main(void) {
  printf("%d\n", loop_to(5));
  printf("%d\n", find(42));
  printf("%d\n", find(97));
  goto end;
  printf("skipped\n");
end:;
  return 0;
}

// gcc's build prints:
// CHECK: 5
// CHECK-NEXT: found 6*7
// CHECK-NEXT: 67
// CHECK-NEXT: -1
// CHECK-NEXT: exit=0
