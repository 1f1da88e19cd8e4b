// -O: x * x, the same on every round of the loop over y, is computed once
// before that loop into a register the loop leaves free. Where the loop
// calls a function, which may change every caller-saved register, it stays.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

int f(int);

// CHECK-LABEL: inside:
// CHECK:       movl [[X:%[a-z0-9]+]], [[SQUARE:%[a-z0-9]+]]
// CHECK-NEXT:  imull [[SQUARE]], [[SQUARE]]
// CHECK:       [[LOOP:.LBB0_[0-9]+]]:
// CHECK-NEXT:  movl [[SQUARE]], %eax
// CHECK-NOT:   [[X]]
// CHECK:       jl [[LOOP]]
int inside(int r) {
  int n = 0;
  for (int x = 0; x < r; x++)
    for (int y = 0; y < r; y++)
      if (x * x + y * y < 1000) n++;
  return n;
}

// CHECK-LABEL: calling:
// CHECK:       [[LOOP:.LBB1_[0-9]+]]:
// CHECK-NEXT:  movl {{%[a-z0-9]+}}, [[T:%[a-z0-9]+]]
// CHECK-NEXT:  imull [[T]], [[T]]
// CHECK:       callq f
// CHECK:       jl [[LOOP]]
int calling(int x, int r) {
  int n = 0;
  for (int y = 0; y < r; y++) n += f(x * x + y);
  return n;
}
