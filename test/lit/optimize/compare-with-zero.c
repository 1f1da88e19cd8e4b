// -O: a register compared with zero is tested against itself instead,
// which sets the flags each condition reads the same way; a compare with
// another constant stays.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

// CHECK-LABEL: sign:
// CHECK:       testl %edi, %edi
// CHECK-NOT:   cmpl $0
// CHECK:       .Lfunc_end0:
int sign(int x) {
  if (x < 0) return -1;
  return x > 0;
}

// CHECK-LABEL: small:
// CHECK:       cmpl $10, %eax
int small(int x) { return x < 10; }
