// The instructions C's types select, as clang -O0 would pick them: movslq
// to widen an int, a 32-bit load to widen an unsigned int (it clears the
// upper half), movzbl/movsbl to
// load unsigned and signed chars, leaq (%rax,%rcx,4) to step an int pointer,
// sarq to divide a pointer difference, divl/shrl/setb for unsigned operands,
// movsbl to narrow to char, callq *%r11 through a pointer, movabsq for a
// 64-bit constant.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: widen:
// CHECK: movslq -4(%rbp), %rax
long widen(int x) { return x; }
// CHECK-LABEL: widenu:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: popq %rbp
unsigned long widenu(unsigned x) { return x; }
// CHECK-LABEL: load_uchar:
// CHECK: movzbl (%rax), %eax
int load_uchar(unsigned char *p) { return *p; }
// CHECK-LABEL: load_schar:
// CHECK: movsbl 1(%rax), %eax
int load_schar(signed char *p) { return p[1]; }
// CHECK-LABEL: advance:
// CHECK: movslq -12(%rbp), %rax
// CHECK: leaq (%rax,%rcx,4), %rax
int *advance(int *p, int n) { return p + n; }
// CHECK-LABEL: distance:
// CHECK: subq -8(%rbp), %rax
// CHECK-NEXT: sarq $2, %rax
long distance(int *a, int *b) { return b - a; }
// CHECK-LABEL: udiv:
// CHECK: xorl %edx, %edx
// CHECK-NEXT: divl -8(%rbp)
unsigned udiv(unsigned a, unsigned b) { return a / b; }
// CHECK-LABEL: ushift:
// CHECK: shrl %cl, %eax
unsigned ushift(unsigned a, int n) { return a >> n; }
// CHECK-LABEL: ult:
// CHECK: cmpl -8(%rbp), %eax
// CHECK-NEXT: setb %al
// CHECK-NEXT: movzbl %al, %eax
int ult(unsigned a, unsigned b) { return a < b; }
// CHECK-LABEL: narrow:
// CHECK: movq -8(%rbp), %rax
// CHECK-NEXT: movsbl %al, %eax
char narrow(long x) { return (char)x; }
// CHECK-LABEL: call:
// CHECK: callq *%r11
int call(int (*f)(int), int v) { return f(v); }
// CHECK-LABEL: big:
// CHECK: movabsq $1099511627776, %rax
long big(void) { return 1L << 40; }
