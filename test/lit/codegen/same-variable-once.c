// An operator whose two sides read the same variable loads it once and
// works on the register, as gcc -O0 does: "x * x" is "movl -4(%rbp), %eax;
// imull %eax, %eax", and the same for a right side computed in %ecx and for
// doubles ("mulsd %xmm0, %xmm0"). A volatile variable is read as often as
// the source says, and -O folds a known value squared.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -
// RUN: %minicc -O %s -o - | FileCheck --check-prefix=OPT %s
// RUN: %minicc %s -o %t.s && %cc %t.s -o %t.exe && %t.exe | FileCheck --check-prefix=OUT %s
#include <stdio.h>

// CHECK-LABEL: square:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: imull %eax, %eax
// CHECK-NEXT: popq %rbp
int square(int x) { return x * x; }

// The right side is computed into %ecx, also from one load.
// CHECK-LABEL: sum_of_squares:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: imull %eax, %eax
// CHECK-NEXT: movl -8(%rbp), %ecx
// CHECK-NEXT: imull %ecx, %ecx
// CHECK-NEXT: addl %ecx, %eax
int sum_of_squares(int x, int y) { return x * x + y * y; }

// CHECK-LABEL: twice:
// CHECK: movq -8(%rbp), %rax
// CHECK-NEXT: addq %rax, %rax
long twice(long n) { return n + n; }

// CHECK-LABEL: norm:
// CHECK: movsd -8(%rbp), %xmm0
// CHECK-NEXT: mulsd %xmm0, %xmm0
double norm(double d) { return d * d; }

// Two different variables, and a volatile one: read from memory each time.
// CHECK-LABEL: product:
// CHECK: imull -8(%rbp), %eax
int product(int a, int b) { return a * b; }
// CHECK-LABEL: volatile_square:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: imull -4(%rbp), %eax
int volatile_square(volatile int v) { return v * v; }

// OPT-LABEL: squared_constant:
// OPT: movl $49000000, %eax
int squared_constant(void) {
  int r = 7000;
  return r * r;
}

int main(void) {
  printf("%d %d %ld %g %d %d %d\n", square(-12), sum_of_squares(3, 4), twice(1L << 40),
         norm(1.5), product(6, 7), volatile_square(9), squared_constant());
  return 0;
}
// OUT: 144 25 2199023255552 2.25 42 81 49000000
