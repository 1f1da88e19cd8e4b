// Before a call to a variadic function (printf, declared with ...) or an
// unprototyped one (int old();), %al holds the number of vector registers
// used: movb $0, %al right before callq. A prototyped call does not set %al.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

int printf(const char *fmt, ...);
int old();
int proto(int x);

// CHECK-LABEL: main:
// CHECK: leaq .L.str(%rip), %rdi
// CHECK-NEXT: movb $0, %al
// CHECK-NEXT: callq printf
// CHECK: movl $1, %edi
// CHECK-NEXT: movb $0, %al
// CHECK-NEXT: callq old
// CHECK: movl $2, %edi
// CHECK-NEXT: callq proto
// The printf with 7 arguments: %al still right before the call, after the
// register arguments and the pushes.
// CHECK: pushq $6
// CHECK: movl $5, %r9d
// CHECK-NEXT: movb $0, %al
// CHECK-NEXT: callq printf
int main(void) {
  printf("hi\n");
  old(1);
  proto(2);
  printf("%d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6);
  return 0;
}
