// Parameters are spilled right after the prologue, in order, from the
// System V argument registers: int parameters to 4-byte slots (-4, -8, ...),
// pointer parameters with their 64-bit register names to 8-byte aligned
// slots. Locals come after the parameters.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: six:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: movl %edi, -4(%rbp)
// CHECK-NEXT: movl %esi, -8(%rbp)
// CHECK-NEXT: movl %edx, -12(%rbp)
// CHECK-NEXT: movl %ecx, -16(%rbp)
// CHECK-NEXT: movl %r8d, -20(%rbp)
// CHECK-NEXT: movl %r9d, -24(%rbp)
// CHECK-NEXT: movl $7, -28(%rbp)
int six(int a, int b, int c, int d, int e, int f) {
  int local = 7;
  return a + b + c + d + e + f + local;
}

// argc is an int at -4; argv is a pointer: 8 bytes, aligned to -16.
// CHECK-LABEL: main:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: movl %edi, -4(%rbp)
// CHECK-NEXT: movq %rsi, -16(%rbp)
// CHECK-NEXT: movl $0, -20(%rbp)
int main(int argc, char *argv[]) {
  int r = 0;
  return r + argc;
}

// char **argv is spelled differently but laid out the same.
// CHECK-LABEL: other:
// CHECK-NEXT: pushq %rbp
// CHECK-NEXT: movq %rsp, %rbp
// CHECK-NEXT: movl %edi, -4(%rbp)
// CHECK-NEXT: movq %rsi, -16(%rbp)
// CHECK-NEXT: movl %edx, -20(%rbp)
int other(int n, char **v, int m) { return n + m; }
