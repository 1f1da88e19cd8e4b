// Division and remainder by a constant multiply by a magic reciprocal and
// shift, as gcc does even at -O0, instead of idiv: the sequence for one
// signed and one unsigned divisor, and every quotient and remainder of
// edge-case and random values by 150 constant divisors (signed, unsigned,
// negative, powers of two, near 2^31 and 2^32) against the system cc's build,
// at the default level and at -O.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc -masm=intel %s -o - | FileCheck %s --check-prefix=INTEL
// RUN: %minicc -masm=plan9 %s -o - | FileCheck %s --check-prefix=PLAN9
// RUN: python3 %S/Inputs/gen_division_check.py > %t.c
// RUN: %minicc %t.c -o %t.s && %cc %t.s -o %t.exe && %t.exe > %t.out
// RUN: %cc -w %t.c -o %t.ref && %t.ref > %t.expected
// RUN: diff %t.expected %t.out
// RUN: not grep -q idiv %t.s
// RUN: %minicc -O %t.c -o %t.O.s && %cc %t.O.s -o %t.O.exe && %t.O.exe > %t.O.out
// RUN: diff %t.expected %t.O.out

// CHECK-LABEL: by7:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: movslq %eax, %rcx
// CHECK-NEXT: imulq $-1840700269, %rcx, %rcx
// CHECK-NEXT: shrq $32, %rcx
// CHECK-NEXT: addl %eax, %ecx
// CHECK-NEXT: sarl $2, %ecx
// CHECK-NEXT: cltd
// CHECK-NEXT: subl %edx, %ecx
// CHECK-NEXT: movl %ecx, %eax
int by7(int n) { return n / 7; }

// A negative divisor: the quotient is n's sign minus the estimate.
// CHECK-LABEL: by_minus7:
// CHECK: sarl $2, %ecx
// CHECK-NEXT: sarl $31, %eax
// CHECK-NEXT: subl %ecx, %eax
// CHECK-NEXT: popq %rbp
int by_minus7(int n) { return n / -7; }

// CHECK-LABEL: mod10u:
// CHECK: movl %eax, %esi
// CHECK-NEXT: movl %eax, %eax
// CHECK-NEXT: movabsq $1844674407370955162, %rcx
// CHECK-NEXT: mulq %rcx
// CHECK-NEXT: imull $10, %edx, %edx
// CHECK-NEXT: subl %edx, %esi
// CHECK-NEXT: movl %esi, %eax
unsigned mod10u(unsigned n) { return n % 10u; }

// By 2^k, k > 1, a negative n takes the bias 2^k - 1 before the shift:
// n + 7 is formed beside the test of n's sign, and cmovl picks it (gcc's way).
// CHECK-LABEL: by8:
// CHECK: leal 7(%rax), %ecx
// CHECK-NEXT: testl %eax, %eax
// CHECK-NEXT: cmovll %ecx, %eax
// CHECK-NEXT: sarl $3, %eax
// CHECK-NEXT: popq %rbp
// INTEL-LABEL: by8:
// INTEL: cmovl eax, ecx
// PLAN9-LABEL: TEXT ·by8(SB)
// PLAN9: CMOVLLT CX, AX
int by8(int n) { return n / 8; }

// The remainder keeps the sign bit moved down as its bias.
// CHECK-LABEL: mod8:
// CHECK: movl %eax, %ecx
// CHECK-NEXT: sarl $31, %ecx
// CHECK-NEXT: shrl $29, %ecx
// CHECK-NEXT: addl %eax, %ecx
// CHECK-NEXT: andl $-8, %ecx
// CHECK-NEXT: subl %ecx, %eax
int mod8(int n) { return n % 8; }

// By 2 the bias is the sign bit alone.
// CHECK-LABEL: by2:
// CHECK: movl %eax, %ecx
// CHECK-NEXT: shrl $31, %ecx
// CHECK-NEXT: addl %ecx, %eax
// CHECK-NEXT: sarl $1, %eax
// CHECK-NEXT: popq %rbp
int by2(int n) { return n / 2; }
