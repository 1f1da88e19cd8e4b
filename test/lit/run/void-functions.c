// void functions: return; in the middle, falling off the end, calls used
// as statements; an int function whose result is ignored; main without a
// return statement exits with 0.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int total;

void add(int n) {
  if (n < 0)
    return;
  total = total + n;
}

void report(void) { printf("total=%d\n", total); }

int noisy(int v) {
  printf("noisy %d\n", v);
  return v;
}

int main() {
  add(5);
  add(-100);
  add(7);
  report();
  noisy(3);
  puts("done");
  putchar('o');
  putchar('k');
  putchar('\n');
}

// gcc's build prints:
// CHECK: total=12
// CHECK-NEXT: noisy 3
// CHECK-NEXT: done
// CHECK-NEXT: ok
// CHECK-NEXT: exit=0
