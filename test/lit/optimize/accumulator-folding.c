// -O: a value that only passes through %eax is worked on where it is, when
// nothing reads %eax afterwards; where %eax is read (the return value),
// it stays.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

int f(int);

// total += i becomes one add into total's register; i < n one compare.
// CHECK-LABEL: sum:
// CHECK:       [[BODY:.LBB0_[0-9]+]]:
// CHECK-NEXT:  addl [[I:%[a-z0-9]+]], [[TOTAL:%[a-z0-9]+]]
// CHECK-NEXT:  addl $1, [[I]]
// CHECK-NEXT:  cmpl %edi, [[I]]
// CHECK-NEXT:  jl [[BODY]]
// CHECK:       movl [[TOTAL]], %eax
// CHECK-NEXT:  retq
int sum(int n) {
  int total = 0;
  int i;
  for (i = 0; i < n; i++) total += i;
  return total;
}

// n - 1 goes straight into the argument register (where n still is).
// CHECK-LABEL: pass:
// CHECK:       movl %edi, %ebx
// CHECK-NEXT:  subl $1, %edi
// CHECK-NEXT:  callq f
// CHECK-NEXT:  addl %ebx, %eax
int pass(int n) { return f(n - 1) + n; }

// The sum is the result: computed in %eax (by one lea, lea-arithmetic.c).
// CHECK-LABEL: result:
// CHECK:       leal (%rdi,%rsi,1), %eax
// CHECK-NEXT:  retq
int result(int a, int b) { return a + b; }

// A longer run computes n's new value in %eax, with a helper register, and
// moves it back: the run works on n's register instead (n / 2, with the
// sign bit's bias in %ecx; 3 * n + 1).
// CHECK-LABEL: halve_until_odd:
// CHECK:       movl %edi, %ecx
// CHECK-NEXT:  shrl $31, %ecx
// CHECK-NEXT:  addl %ecx, %edi
// CHECK-NEXT:  sarl $1, %edi
// CHECK-NOT:   %eax
// CHECK:       movl %edi, %eax
// CHECK-NEXT:  retq
int halve_until_odd(int n) {
  while (n % 2 == 0 && n != 0) n = n / 2;
  return n;
}

// After the move into d's register, what reads %eax reads that register,
// so the move is %eax's last read and d is computed in its register.
// CHECK-LABEL: count_inside:
// CHECK:       imull [[D:%[a-z0-9]+]], [[D]]
// CHECK-NEXT:  movl {{%[a-z0-9]+}}, %ecx
// CHECK-NEXT:  imull %ecx, %ecx
// CHECK-NEXT:  addl %ecx, [[D]]
// CHECK-NEXT:  cmpl $100, [[D]]
int count_inside(int r) {
  int inside = 0;
  for (int x = 0; x <= r; x++)
    for (int y = 0; y <= r; y++) {
      int d = x * x + y * y;
      if (d <= 100) inside++;
      if (d == 100) f(d);
    }
  return inside;
}
