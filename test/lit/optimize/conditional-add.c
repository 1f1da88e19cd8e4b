// -O: "if (c) n += k;" adds with lea and a conditional move instead of a
// jump over the add, for any condition: the sum goes into a scratch
// register, and cmov takes it when the jump would not have been taken. A
// second compare of the same values then finds the flags standing.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check --optimized %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe | FileCheck %s --check-prefix=OUT
// RUN: %{minicc-binary} -O -masm=intel %s | FileCheck %s --check-prefix=INTEL
// The default level keeps the jump.
// RUN: %{minicc-binary} %s | FileCheck %s --check-prefix=O0
#include <stdio.h>

// CHECK-LABEL: equal:
// CHECK:       cmpl {{%[a-z0-9]+}}, %eax
// CHECK-NEXT:  leal 1(%r{{[a-z0-9]+}}), [[SUM:%[a-z0-9]+]]
// CHECK-NEXT:  cmovel [[SUM]], {{%[a-z0-9]+}}
// CHECK-NOT:   jne
// CHECK:       .Lfunc_end0:
int equal(int *a, int n, int k) {
  int count = 0;
  for (int i = 0; i < n; i++)
    if (a[i] == k) count++;
  return count;
}

// CHECK-LABEL: wrap:
// CHECK:       testl [[X:%e[a-z0-9]+]], [[X]]
// CHECK-NEXT:  leal 2147483647(%r{{[a-z0-9]+}}), [[SUM:%[a-z0-9]+]]
// CHECK-NEXT:  cmovlel [[SUM]], [[X]]
// CHECK-NOT:   jg
// CHECK:       .Lfunc_end1:
// INTEL-LABEL: wrap:
// INTEL:       cmovle
// O0-LABEL:    wrap:
// O0:          jg
int wrap(int x) {
  if (x <= 0)
    x += 2147483647;
  return x;
}

// Both adds follow one compare.
// CHECK-LABEL: at_most_and_equal:
// CHECK:       cmpl $100, [[D:%e[a-z0-9]+]]
// CHECK-NEXT:  leal 1(
// CHECK-NEXT:  cmovlel
// CHECK-NEXT:  leal 1(
// CHECK-NEXT:  cmovel
// CHECK-NOT:   cmpl $100,
// CHECK:       .Lfunc_end2:
int at_most_and_equal(int n) {
  int inside = 0, on = 0;
  for (int x = 0; x < n; x++) {
    int d = x * x;
    if (d <= 100)
      inside++;
    if (d == 100)
      on++;
  }
  return inside * 1000 + on;
}

int main(void) {
  int a[6] = {3, 1, 3, 3, 2, 0};
  // OUT: 3 2147483646 5 11001
  printf("%d %d %d %d\n", equal(a, 6, 3), wrap(-1), wrap(5), at_most_and_equal(20));
  return 0;
}
