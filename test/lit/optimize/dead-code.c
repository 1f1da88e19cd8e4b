// -O: an instruction that only writes a register nothing reads goes; an
// argument register the call reads stays, and so does the %al of a
// variadic call.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
int printf(const char *, ...);
int f(int);

// The constant first loaded for n is overwritten before any read.
// CHECK-LABEL: overwritten:
// CHECK-NOT:   $1,
// CHECK:       movl $8, %edi
// CHECK-NEXT:  callq f
int overwritten(void) {
  int n = 1;
  n = 8;
  return f(n);
}

// CHECK-LABEL: variadic:
// CHECK:       movl $42, %esi
// CHECK-NEXT:  xorl %eax, %eax
// CHECK-NEXT:  callq printf
int variadic(void) { return printf("%d\n", 42); }
