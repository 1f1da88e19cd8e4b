// -O: a variable set once to a constant before anything jumps, and never
// changed, is read as that constant; arithmetic on known values is done
// at compile time, with the width's wrap-around; a known value as a source
// becomes an immediate; the moves left unread go.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
int printf(const char *, ...);

// r * r is 49000000; -r is -7000; r itself is gone.
// CHECK-LABEL: squares:
// CHECK-NOT:   $7000,
// CHECK:       cmpl $49000000, %edi
// CHECK-NEXT:  jg
// CHECK-NEXT:  movl $-7000, %eax
int squares(int d) {
  int r = 7000;
  if (d <= r * r)
    return -r;
  return 0;
}

// 32-bit arithmetic wraps: 65536 * 65536 is 0 in an int register.
// CHECK-LABEL: wraps:
// CHECK-NEXT:  .cfi_startproc
// CHECK-NEXT:  movl $0, %eax
// CHECK-NEXT:  retq
int wraps(void) {
  unsigned k = 65536;
  return (int)(k * k);
}

// A variable changed later is not a constant (within the block, 5 + 1 still folds).
// CHECK-LABEL: changes:
// CHECK:       movl $5, [[N:%[a-z0-9]+]]
// CHECK:       je
// CHECK-NEXT:  movl $6, [[N]]
// CHECK:       movl [[N]], %eax
int changes(int x) {
  int n = 5;
  if (x) n = n + 1;
  return n;
}

// k * x is the three-operand imul, and an lea for k = 2, 3, 5 or 9
// (lea_arithmetic.c).
// CHECK-LABEL: times:
// CHECK:       imull $7, %edi, %eax
int times(int x) {
  int seven = 7;
  return seven * x;
}

// CHECK-LABEL: times_three:
// CHECK:       leal (%rdi,%rdi,2), %eax
int times_three(int x) {
  int three = 3;
  return three * x;
}
