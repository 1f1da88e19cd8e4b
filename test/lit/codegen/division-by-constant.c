// Division and remainder by a constant multiply by a magic reciprocal and
// shift, as gcc does even at -O0, instead of idiv: the sequence for one
// signed and one unsigned divisor, and every quotient and remainder of
// edge-case and random values by 150 constant divisors (signed, unsigned,
// negative, powers of two, near 2^31 and 2^32) against the system cc's build.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: python3 %S/Inputs/gen_division_check.py > %t.c
// RUN: %minicc %t.c -o %t.s && %cc %t.s -o %t.exe && %t.exe > %t.out
// RUN: %cc -w %t.c -o %t.ref && %t.ref > %t.expected
// RUN: diff %t.expected %t.out
// RUN: not grep -q idiv %t.s

// CHECK-LABEL: by7:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: movslq %eax, %rcx
// CHECK-NEXT: imulq $-1840700269, %rcx, %rcx
// CHECK-NEXT: shrq $32, %rcx
// CHECK-NEXT: addl %eax, %ecx
// CHECK-NEXT: sarl $2, %ecx
// CHECK-NEXT: movl %ecx, %edx
// CHECK-NEXT: shrl $31, %edx
// CHECK-NEXT: addl %edx, %ecx
// CHECK-NEXT: movl %ecx, %eax
int by7(int n) { return n / 7; }

// CHECK-LABEL: mod10u:
// CHECK: movl %eax, %esi
// CHECK-NEXT: movl %eax, %eax
// CHECK-NEXT: movabsq $1844674407370955162, %rcx
// CHECK-NEXT: mulq %rcx
// CHECK-NEXT: imull $10, %edx, %edx
// CHECK-NEXT: subl %edx, %esi
// CHECK-NEXT: movl %esi, %eax
unsigned mod10u(unsigned n) { return n % 10u; }

// CHECK-LABEL: by8:
// CHECK: sarl $31, %ecx
// CHECK-NEXT: shrl $29, %ecx
// CHECK-NEXT: addl %eax, %ecx
// CHECK-NEXT: sarl $3, %ecx
int by8(int n) { return n / 8; }
