// -O: %al before a variadic call (psABI 3.5.7) is cleared with xorl, as
// clang does; the default level keeps the notes' movb $0, %al.
// RUN: %{minicc-binary} -O %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %{minicc-binary} %s -o %t.O0.s
// RUN: FileCheck %s --check-prefix=O0 < %t.O0.s
int printf(const char *, ...);

// CHECK-LABEL: main:
// CHECK:       xorl %eax, %eax
// CHECK-NEXT:  callq printf
// CHECK-NOT:   movb $0, %al
// O0-LABEL: main:
// O0:       movb $0, %al
// O0-NEXT:  callq printf
int main(void) { printf("hi\n"); return 0; }
