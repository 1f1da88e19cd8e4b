// -O: a loop tests its condition at the bottom too, so each round takes
// one jump (the copy jumps back while the condition holds); a jump to a
// jump goes to the end of the chain; unreachable code goes.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s

// CHECK-LABEL: count:
// CHECK:       cmpl %edi, [[I:%[a-z0-9]+]]
// CHECK-NEXT:  jge [[END:.LBB0_[0-9]+]]
// CHECK-NEXT:  [[BODY:.LBB0_[0-9]+]]:
// CHECK:       addl $1, [[I]]
// CHECK-NEXT:  cmpl %edi, [[I]]
// CHECK-NEXT:  jl [[BODY]]
// CHECK-NEXT:  [[END]]:
// CHECK-NOT:   jmp
// CHECK:       retq
int count(int n) {
  int i, s = 0;
  for (i = 0; i < n; i++) s ^= i;
  return s;
}

// The break's jump to the loop's end, which jumps on to the return, goes
// straight there; the code after "return" is gone.
// CHECK-LABEL: threaded:
// CHECK-NOT:   movl $99
// CHECK:       retq
int threaded(int n) {
  while (1) {
    if (n > 10) return n;
    n = n * 2;
  }
  return 99;
}
