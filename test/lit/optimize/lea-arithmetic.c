// -O: a copy and an addition to the copy (of a constant or a register) are
// one lea, which sets no flags.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

// CHECK-LABEL: next:
// CHECK:       leal 1(%rdi), %eax
// CHECK-NEXT:  retq
int next(int n) { return n + 1; }

// CHECK-LABEL: before:
// CHECK:       leal -5(%rdi), %eax
// CHECK-NEXT:  retq
int before(int n) { return n - 5; }

// CHECK-LABEL: sum:
// CHECK:       leaq (%rdi,%rsi,1), %rax
// CHECK-NEXT:  retq
long sum(long a, long b) { return a + b; }

// A register subtracted has no lea form: the copy and the subtraction stay.
// CHECK-LABEL: difference:
// CHECK:       movl %edi, %eax
// CHECK-NEXT:  subl %esi, %eax
// CHECK-NEXT:  retq
int difference(int a, int b) { return a - b; }
