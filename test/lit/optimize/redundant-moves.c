// -O: a move back to where a value came from goes. "movl %edi, %ebx"
// keeps n across the call and leaves it in %edi too, so the argument needs
// no "movl %ebx, %edi"; a slot's store is not followed by its own reload;
// a parameter kept in its arrival register is not copied onto itself.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} %s -o %t.O0.s
// RUN: FileCheck %s --check-prefix=O0 < %t.O0.s

int h(int);
void g2(int *);

// CHECK-LABEL: back:
// CHECK:       movl %edi, %ebx
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
