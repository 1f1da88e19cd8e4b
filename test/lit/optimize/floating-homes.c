// -O: a leaf's doubles and floats live in %xmm registers its code does not
// name otherwise (psABI 3.2.1: no %xmm register survives a call, so only a
// leaf keeps them); copies between them are movaps, a whole-register move.
// A function that calls keeps its doubles in memory. gdb still finds them
// (DWARF numbers %xmm0-%xmm15 17 to 32).
// RUN: %{minicc-binary} -O -fno-asynchronous-unwind-tables %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} -O -g -c %s -o %t.o && llvm-dwarfdump-14 --debug-info %t.o | FileCheck --check-prefix=DWARF %s

// CHECK-LABEL: dot:
// CHECK-NOT:   (%rbp)
// CHECK:       movaps %xmm0, [[X:%xmm[0-9]+]]
// CHECK:       mulsd
// CHECK-NOT:   (%rbp)
// CHECK:       retq
double dot(double x, double y, double z) { double s = x * x + y * y; return s + z * z; }

// CHECK-LABEL: iterate:
// CHECK:       [[LOOP:.LBB1_[0-9]+]]:
// CHECK-NOT:   (%rbp)
// CHECK:       jl [[LOOP]]
float iterate(float a, int n) {
  float x = a;
  for (int i = 0; i < n; i++) x = x * 0.5f + a;
  return x;
}

// CHECK-LABEL: calls:
// CHECK:       movsd %xmm0, -{{[0-9]+}}(%rbp)
double twice(double);
double calls(double x) { return twice(x) + x; }

// DWARF:      DW_AT_name ("s")
// DWARF-NOT:  DW_TAG
// DWARF:      DW_AT_location (DW_OP_reg{{(1[7-9]|2[0-9]|3[0-2])}} XMM{{[0-9]+}})
