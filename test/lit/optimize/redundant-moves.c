// -O: a move back to where a value came from goes, when it would change
// nothing: a slot's store is not followed by its own reload, and a
// parameter kept in its arrival register is not copied onto itself. A
// 32-bit move back into a register whose upper half may be set (n arrived
// in %edi, whose upper half the caller leaves undefined) clears that half,
// and stays.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} %s -o %t.O0.s
// RUN: FileCheck %s --check-prefix=O0 < %t.O0.s

int h(int);
void g2(int *);

// CHECK-LABEL: back:
// CHECK:       movl %edi, %ebx
// CHECK-NEXT:  movl %ebx, %edi
// CHECK-NEXT:  callq h
// O0-LABEL: back:
// O0:       movl %edi, -4(%rbp)
// O0-NEXT:  movl -4(%rbp), %edi
int back(int n) { return h(n) + n; }

// CHECK-LABEL: reload:
// CHECK:       callq g2
// CHECK:       movl %eax, -{{[0-9]+}}(%rbp)
// CHECK-NEXT:  addq $8, %rsp
// O0-LABEL: reload:
// O0:       movl %eax, -8(%rbp)
// O0-NEXT:  movl -8(%rbp), %eax
int reload(int a) {
  int x;
  g2(&x);
  x = a * 3;
  return x;
}

// CHECK-LABEL: keep:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  movl %edi, %eax
// CHECK-NEXT:  retq
int keep(int a) { return a; }

// The 32-bit reload clears the upper half of the 64-bit product, which the
// store of its low half leaves in %rax: it stays (found by the structs
// difftest at -O, seed 186).
// CHECK-LABEL: low_half:
// CHECK:       movl %eax, -{{[0-9]+}}(%rbp)
// CHECK-NEXT:  movl -{{[0-9]+}}(%rbp), %eax
union word { unsigned low; unsigned long whole; };
unsigned long low_half(unsigned long h) {
  union word w;
  w.low = (unsigned)(h * 3);
  return w.low;
}

// After the call %rax's upper half is undefined, but what follows reads
// x only at 32 bits until the subtraction rewrites %eax: the move back of
// x goes.
// CHECK-LABEL: remainder_of:
// CHECK:       callq h
// CHECK-NEXT:  movl %eax, [[X:%e[a-z0-9]+]]
// CHECK-NEXT:  movslq {{%eax|%e[a-z0-9]+}}, %rcx
// CHECK-NOT:   movl [[X]], %eax
// CHECK:       callq h
int remainder_of(int n) {
  int x = h(n);
  return x % 10000 + h(x);
}
