// -O: a value that would wait in a callee-saved register across a call is
// computed after the call instead, when it comes from registers the call
// leaves alone: m - 1 of the outer call reads only m, which lives in %rbx
// (m is read after both calls).
// One that reads memory, which the call may change, still waits.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

int f(int, int);
int g;

// CHECK-LABEL: nested:
// CHECK-NOT:   %r15
// CHECK:       movl %ebx, %edi
// CHECK-NEXT:  callq f
// CHECK-NEXT:  movl %eax, %esi
// CHECK-NEXT:  leal -1(%rbx), %edi
// CHECK-NEXT:  callq f
// CHECK-NOT:   %r15
// CHECK:       .Lfunc_end0:
int nested(int m, int n) { return f(m - 1, f(m, n - 1)) + m; }

// CHECK-LABEL: global:
// CHECK:       pushq %r15
// CHECK:       movq %rax, %r15
// CHECK:       callq f
// CHECK:       movq %r15, %rdi
// CHECK-NEXT:  callq f
int global(int n) { return f(g + 1, f(n, n)); }
