// printf, puts and putchar called without a declaration: only a warning
// (with a note naming the header), as gcc and clang do; the program still
// compiles (exit 0), printf gets %al, and it runs.
// RUN: %minicc %s -o %t.s 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck --check-prefix=ASM %s < %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe | FileCheck --check-prefix=OUT %s

int main(void) {
  printf("%d\n", 42);
  // CHECK: implicit-printf.c:[[@LINE-1]]:3: warning: call to undeclared library function 'printf' with type 'int (const char *, ...)'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]
  // CHECK: implicit-printf.c:[[@LINE-2]]:3: note: include the header <stdio.h> or explicitly provide a declaration for 'printf'
  puts("puts");
  // CHECK: implicit-printf.c:[[@LINE-1]]:3: warning: call to undeclared library function 'puts'
  putchar('!');
  // CHECK: implicit-printf.c:[[@LINE-1]]:3: warning: call to undeclared library function 'putchar'
  putchar('\n');
  return 0;
}
// CHECK-NOT: error:
// CHECK: 3 warnings generated.
// CHECK: exit=0

// ASM: movb $0, %al
// ASM-NEXT: callq printf

// OUT: 42
// OUT-NEXT: puts
// OUT-NEXT: !
