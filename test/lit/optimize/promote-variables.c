// -O: scalars whose address is never taken live in registers. A function
// that calls takes the callee-saved %rbx, %r12 ... and saves them in the
// prologue (with CFI) and restores them in the epilogue; a leaf takes
// caller-saved registers its code leaves free, and a parameter stays in
// the register it arrived in. A variable whose address is taken stays in
// its slot.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} %s -o %t.O0.s
// RUN: FileCheck %s --check-prefix=O0 < %t.O0.s

int g(int);

// CHECK-LABEL: calls:
// CHECK:       pushq %rbp
// CHECK:       movq %rsp, %rbp
// CHECK-NEXT:  .cfi_def_cfa_register %rbp
// CHECK-NEXT:  pushq %rbx
// CHECK-NEXT:  subq $8, %rsp
// CHECK-NEXT:  .cfi_offset %rbx, -24
// CHECK-NEXT:  movl %edi, %ebx
// CHECK-NEXT:  movl %ebx, %edi
// CHECK-NEXT:  callq g
// CHECK-NEXT:  addl %ebx, %eax
// CHECK-NEXT:  addq $8, %rsp
// CHECK-NEXT:  popq %rbx
// CHECK-NEXT:  popq %rbp
// O0-LABEL: calls:
// O0:       movl %edi, -4(%rbp)
int calls(int n) { return g(n) + n; }

// A leaf: n stays in %edi, the total in a free caller-saved register.
// CHECK-LABEL: leaf:
// CHECK-NOT:   %rbp
// CHECK-NOT:   %rbx
// CHECK:       cmpl %edi,
// CHECK-NOT:   (%rbp)
// CHECK:       retq
int leaf(int n) {
  int total = 0;
  int i;
  for (i = 0; i < n; i++) total += i;
  return total;
}

// &x keeps x in memory; y goes into a register.
// CHECK-LABEL: address_taken:
// CHECK:       movl $1, -{{[0-9]+}}(%rbp)
// CHECK:       leaq -{{[0-9]+}}(%rbp),
// CHECK:       callq g2
// CHECK-NOT:   movl %edi, -{{[0-9]+}}(%rbp)
// CHECK:       popq %rbx
void g2(int *);
int address_taken(int y) {
  int x = 1;
  g2(&x);
  return x + y;
}
