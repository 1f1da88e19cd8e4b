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

// A multiplication by 2, 3, 5 or 9 is x + x * (k - 1), an lea, with a
// constant added after it as the displacement; other factors keep imul.
// CHECK-LABEL: collatz_step:
// CHECK:       leal 1(%rdi,%rdi,2), %eax
// CHECK-NEXT:  retq
int collatz_step(int n) { return 3 * n + 1; }

// CHECK-LABEL: scales:
// CHECK:       leaq (%rdi,%rdi,1), %r{{[a-z0-9]+}}
// CHECK:       leaq (%rdi,%rdi,4), %r{{[a-z0-9]+}}
// CHECK:       leaq -7(%rdi,%rdi,8), %r{{[a-z0-9]+}}
// CHECK:       imulq $6, %rdi, %r{{[a-z0-9]+}}
long scales(long x) { return 2 * x + 5 * x + (9 * x - 7) + 6 * x; }

// Terms 2, 4 and 8 times a register join the sum they are added to.
// CHECK-LABEL: weighted:
// CHECK:       leal (%rax,%rsi,2), %eax
// CHECK:       leal (%rax,%r{{[a-z0-9]+}},4), %eax
// CHECK:       leal (%rax,%rcx,8), %eax
// CHECK-NOT:   shll
// CHECK:       retq
int weighted(int a, int b, int c, int d, int e, int f, int g) { return a + 2 * b + 4 * c + 8 * g; }
