// Functions of 7, 8, 9 and 12 int parameters: odd and even numbers of stack
// arguments, distinct weights so that a swapped or shifted argument shows,
// stack arguments that are themselves calls with stack arguments.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int f7(int a, int b, int c, int d, int e, int f, int g) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g;
}

int f8(int a, int b, int c, int d, int e, int f, int g, int h) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}

int f9(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
}

int f12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j,
        int k, int l) {
  printf("f12: %d %d %d %d %d %d\n", g, h, i, j, k, l);
  return a - b + c - d + e - f + g - h + i - j + k - l;
}

int last8(int a, int b, int c, int d, int e, int f, int g, int h) { return h; }

int main(void) {
  printf("f7=%d\n", f7(1, 2, 3, 4, 5, 6, 7));
  printf("f8=%d\n", f8(1, 2, 3, 4, 5, 6, 7, 8));
  printf("f9=%d\n", f9(1, 2, 3, 4, 5, 6, 7, 8, 9));
  printf("f12=%d\n", f12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  printf("neg=%d\n", f8(-1, -2, -3, -4, -5, -6, -7, -8));
  printf("nested=%d\n", f9(f7(1, 1, 1, 1, 1, 1, 1), 0, 0, 0, 0, 0,
                          f8(0, 0, 0, 0, 0, 0, 1, 1), 0, last8(1, 2, 3, 4, 5, 6, 7, 99)));
  return last8(0, 0, 0, 0, 0, 0, 0, 42);
}

// gcc's build prints:
// CHECK: f7=140
// CHECK-NEXT: f8=204
// CHECK-NEXT: f9=285
// CHECK-NEXT: f12: 7 8 9 10 11 12
// CHECK-NEXT: f12=-6
// CHECK-NEXT: neg=-204
// CHECK-NEXT: nested=1024
// CHECK-NEXT: exit=42
