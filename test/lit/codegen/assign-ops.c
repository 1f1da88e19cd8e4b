// Compound assignments and ++/-- on a local work on its stack slot: with an
// immediate they are one read-modify-write instruction (addl $1, -4(%rbp));
// postfix reads the old value into %eax before the update, prefix after.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: post_pre:
// b = a++: old value first, then the increment.
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: addl $1, -4(%rbp)
// CHECK-NEXT: movl %eax, -8(%rbp)
// c = ++a: increment, then the new value.
// CHECK-NEXT: addl $1, -4(%rbp)
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: movl %eax, -12(%rbp)
// d = a--
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: subl $1, -4(%rbp)
// CHECK-NEXT: movl %eax, -16(%rbp)
// e = --a
// CHECK-NEXT: subl $1, -4(%rbp)
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: movl %eax, -20(%rbp)
int post_pre(int a) {
  int b = a++;
  int c = ++a;
  int d = a--;
  int e = --a;
  return b + c + d + e;
}

// CHECK-LABEL: compound:
// CHECK: subl $3, -4(%rbp)
// CHECK: andl $7, -4(%rbp)
// CHECK-NEXT: orl $8, -4(%rbp)
// a /= 2 is a shift, biased so that a negative a rounds toward zero
// (codegen/constant_division.cpp); never a plain sar.
// CHECK: movl %eax, %ecx
// CHECK-NEXT: shrl $31, %ecx
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NEXT: sarl $1, %eax
// CHECK-NEXT: movl %eax, -4(%rbp)
// a %= 5 multiplies by 5's magic reciprocal, then keeps a - q * 5.
// CHECK: imulq $1717986919, %rcx, %rcx
// CHECK: imull $5, %ecx, %ecx
// CHECK-NEXT: subl %ecx, %eax
// CHECK-NEXT: movl %eax, -4(%rbp)
int compound(int a) {
  a -= 3;
  a &= 7;
  a |= 8;
  a /= 2;
  a %= 5;
  return a;
}

// ++ on a global is a read-modify-write through %rip.
// CHECK-LABEL: bump:
// CHECK: addl $1, g(%rip)
int g;
void bump(void) { g++; }
