// Division by zero is not folded away or ignored: idivl traps at run time
// and the program dies with SIGFPE (shell status 128 + 8 = 136), as gcc's
// build does. The divisor comes from argc so nothing can be folded.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: not --crash %t.exe
// RUN: %t.exe > /dev/null 2>&1; echo "exit=$?" | FileCheck --check-prefix=STATUS %s
// RUN: %t.exe a b > /dev/null 2>&1; echo "exit=$?" | FileCheck --check-prefix=STATUS %s
// With a non-zero divisor the same program runs to the end:
// RUN: %t.exe a > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int main(int argc, char **argv) {
  int d = argc - 1;
  int n = 10;
  if (argc == 3)
    return n % (argc - 3);
  printf("%d\n", n / d);
  printf("after\n");
  return 0;
}
// STATUS: exit=136
// CHECK: 10
// CHECK-NEXT: after
// CHECK-NEXT: exit=0
