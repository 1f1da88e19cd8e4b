// -O -fverbose-asm: the frame table says where each variable went: "in"
// its register, "in" one "while live" when the register holds other values
// elsewhere (r shares %eax with the call's result and the sum), or
// "optimized out" when nothing holds it; the saved registers count in the
// frame's size.
// RUN: %{minicc-binary} -O -fverbose-asm %s -o %t.s
// RUN: FileCheck %s < %t.s
int fun1(int a, int b) { return a + b; }

// CHECK-LABEL: twice:
// CHECK:       pushq %rbp # frame of twice: 8 bytes of saved registers, then 8 bytes of slots (0 used, the rest keeps the stack 16-byte aligned)
// CHECK-NEXT:  .cfi_def_cfa_offset 16 # param n: int, 4 bytes in %ebx
// CHECK-NEXT:  .cfi_offset %rbp, -16 # local r: int, 4 bytes in %eax while live
int twice(int n) {
  int r = fun1(n, n);
  return r + n;
}

// Selection's lea for x * 3 keeps its note through the -O passes.
// CHECK-LABEL: sum_times_three:
// CHECK:       leal (%rax,%rax,2), %eax # times 3, 5 or 9: x + x * 2, 4 or 8, which lea's address arithmetic adds in one step
int sum_times_three(int a, int b) { return (a + b) * 3; }

// A variable nothing reads has no home at all.
// CHECK-LABEL: ignores:
// CHECK:       # local unused: int, 4 bytes, optimized out
int ignores(int n) {
  int unused = fun1(n, 1);
  return n;
}
