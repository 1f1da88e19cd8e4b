// -O: "if (a == b) n++;" counts with sete and an add instead of a jump
// over the increment; another condition keeps its jump.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

// CHECK-LABEL: equal:
// CHECK:       cmpl {{%[a-z0-9]+}}, %eax
// CHECK-NEXT:  sete [[BYTE:%[a-z0-9]+]]
// CHECK-NEXT:  movzbl [[BYTE]], [[SCRATCH:%[a-z0-9]+]]
// CHECK-NEXT:  addl [[SCRATCH]], {{%[a-z0-9]+}}
// CHECK-NOT:   jne
// CHECK:       .Lfunc_end0:
int equal(int *a, int n, int k) {
  int count = 0;
  for (int i = 0; i < n; i++)
    if (a[i] == k) count++;
  return count;
}

// CHECK-LABEL: less:
// CHECK:       cmpl {{%[a-z0-9]+}}, %eax
// CHECK-NEXT:  jge
// CHECK-NEXT:  addl $1,
int less(int *a, int n, int k) {
  int count = 0;
  for (int i = 0; i < n; i++)
    if (a[i] < k) count++;
  return count;
}
