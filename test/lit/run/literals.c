// Integer literals in decimal, hex and octal, character literals with
// escapes (values as ints), unary minus and plus, and precedence and
// associativity of the arithmetic operators.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(int argc, char *argv[]) {
  printf("%d %d %d %d\n", 255, 0xff, 0377, 0);
  printf("%d %d %d\n", 0x7fffffff, 010, 0XaB);
  printf("%d %d %d %d %d\n", 'a', '\n', '\0', '\\', '\'');
  printf("%d %d\n", 'z' - 'a', '0' + 5);
  printf("%d %d %d\n", -5, +5, - -5);
  printf("%d %d\n", 2 + 3 * 4, (2 + 3) * 4);
  printf("%d %d %d\n", 10 - 4 - 3, 100 / 10 / 5, 17 % 5 % 3);
  printf("%d %d\n", -2 * -3, -(4 - 9));
  printf("%d %d %d %d %d %d\n", 1 < 2, 2 < 1, 3 <= 3, 4 >= 5, 6 == 6, 6 != 6);
  printf("%d\n", 1 < 2 == 2 > 1);
  putchar('A');
  putchar(10);
  return argc;
}

// gcc's build prints:
// CHECK: 255 255 255 0
// CHECK-NEXT: 2147483647 8 171
// CHECK-NEXT: 97 10 0 92 39
// CHECK-NEXT: 25 53
// CHECK-NEXT: -5 5 5
// CHECK-NEXT: 14 20
// CHECK-NEXT: 3 2 2
// CHECK-NEXT: 6 5
// CHECK-NEXT: 1 0 1 0 1 0
// CHECK-NEXT: 1
// CHECK-NEXT: A
// CHECK-NEXT: exit=1
