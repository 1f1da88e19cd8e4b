// Every compound assignment operator, each yielding the new value.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(void) {
  int x = 100;
  printf("%d\n", x += 5);
  printf("%d\n", x -= 25);
  printf("%d\n", x *= 3);
  printf("%d\n", x /= 7);
  printf("%d\n", x %= 10);
  x = 0x0F;
  printf("%d\n", x &= 0x3C);
  printf("%d\n", x |= 0x41);
  printf("%d\n", x ^= 0xFF);
  printf("%d\n", x <<= 4);
  printf("%d\n", x >>= 6);
  int n = -50;
  n >>= 2;
  printf("n=%d\n", n);
  n /= -4;
  printf("n=%d\n", n);
  n %= -2;
  printf("n=%d\n", n);
  int y = 2;
  int z = 4;
  y *= z += 3;
  printf("z=%d ", z);
  printf("y=%d\n", y);
  return x;
}

// gcc's build prints:
// CHECK: 105
// CHECK-NEXT: 80
// CHECK-NEXT: 240
// CHECK-NEXT: 34
// CHECK-NEXT: 4
// CHECK-NEXT: 12
// CHECK-NEXT: 77
// CHECK-NEXT: 178
// CHECK-NEXT: 2848
// CHECK-NEXT: 44
// CHECK-NEXT: n=-13
// CHECK-NEXT: n=3
// CHECK-NEXT: n=1
// CHECK-NEXT: z=7 y=14
// CHECK-NEXT: exit=44
