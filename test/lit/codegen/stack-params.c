// The callee side of stack arguments: the 7th and later parameters are not
// spilled, they are read where the caller left them, at 16(%rbp),
// 24(%rbp), ... above the return address and the saved %rbp.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: eight:
// CHECK: movl %r9d, -24(%rbp)
// CHECK-NOT: 16(%rbp)
// CHECK: movl 16(%rbp), %eax
// CHECK-NEXT: addl 24(%rbp), %eax
// CHECK-NEXT: popq %rbp
int eight(int a, int b, int c, int d, int e, int f, int g, int h) { return g + h; }

// CHECK-LABEL: nine:
// CHECK: 32(%rbp)
// CHECK-NOT: 40(%rbp)
// CHECK: .size nine
int nine(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return i; }

// A local of a function with stack parameters still starts right below the
// spilled register parameters.
// CHECK-LABEL: seven_local:
// CHECK: movl %r9d, -24(%rbp)
// CHECK-NEXT: movl 16(%rbp), %eax
// CHECK-NEXT: movl %eax, -28(%rbp)
int seven_local(int a, int b, int c, int d, int e, int f, int g) {
  int copy = g;
  return copy;
}
