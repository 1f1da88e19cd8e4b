// -O: a variable nothing reads is never stored, and takes no room: the
// parameters of main, a local only written.
// RUN: %{minicc-binary} -O -w %s -o %t.s
// RUN: FileCheck %s < %t.s

// CHECK-LABEL: main:
// CHECK-NOT:   %edi
// CHECK-NOT:   %rsi
// CHECK-NOT:   $42
// CHECK:       movl $7, %eax
// CHECK-NEXT:  retq
int main(int argc, char **argv) {
  int written = 42;
  return 7;
}
