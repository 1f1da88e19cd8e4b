// Recursive fib: recursion, if/else, calls whose results are added.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
int printf(const char *fmt, ...);

int fib(int n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  int i = 0;
  while (i <= 20) {
    printf("fib(%d) = %d\n", i, fib(i));
    i = i + 5;
  }
  return fib(10) % 256;
}

// gcc's build prints:
// CHECK: fib(0) = 0
// CHECK-NEXT: fib(5) = 5
// CHECK-NEXT: fib(10) = 55
// CHECK-NEXT: fib(15) = 610
// CHECK-NEXT: fib(20) = 6765
// CHECK-NEXT: exit=55
