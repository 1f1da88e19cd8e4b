// -O: a leaf that keeps nothing in memory, saves no register and pushes
// nothing has no frame: no pushq %rbp, no CFI beyond .cfi_startproc, just
// the body and retq. One that needs its frame (an array) keeps it.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} -O -fno-asynchronous-unwind-tables %s -o %t.nocfi.s
// RUN: FileCheck %s --check-prefix=NOCFI < %t.nocfi.s

// CHECK-LABEL: add:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  leal (%rdi,%rsi,1), %eax
// CHECK-NEXT:  retq
// NOCFI-LABEL: add:
// NOCFI-NEXT:  leal (%rdi,%rsi,1), %eax
// NOCFI-NEXT:  retq
int add(int a, int b) { return a + b; }

// CHECK-LABEL: element:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  pushq %rbp
// CHECK:       popq %rbp
int element(int i) {
  int a[4] = {1, 2, 3, 4};
  return a[i & 3];
}
