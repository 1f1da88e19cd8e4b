// -fverbose-asm ties the assembly to the source for a reader, and every
// word of it ends a line that has code or a directive on it: Compiler
// Explorer hides lines that are only a comment (^\s*# or ^\s*//), so none
// is. The source line goes on its statement's first instruction, the
// variables an operand touches on its line, and the frame table on the
// prologue's lines. Without the flag there are no comments at all.
// RUN: %minicc -fverbose-asm %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
// RUN: not grep -nE '^[[:space:]]*(#|//)' %t.s
// RUN: %minicc %s | FileCheck %s --check-prefix=PLAIN
// RUN: %cc %t.s -o %t && %t; test $? -eq 13

// CHECK-LABEL: add3:
// CHECK:      pushq %rbp # frame of add3: 16 bytes of slots (12 used, rounded up to 16); a leaf whose slots fit in the 128-byte red zone below the stack pointer, so the stack pointer does not move
// CHECK-NEXT: .cfi_def_cfa_offset 16 # param a: int, 4 bytes at -4(%rbp)
// CHECK-NEXT: .cfi_offset %rbp, -16 # param b: int, 4 bytes at -8(%rbp)
// CHECK-NEXT: movq %rsp, %rbp # local c: int, 4 bytes at -12(%rbp)
// CHECK-NEXT: .cfi_def_cfa_register %rbp{{$}}
// CHECK-NEXT: movl %edi, -4(%rbp) # a{{$}}
// CHECK-NEXT: movl %esi, -8(%rbp) # b{{$}}
// CHECK-NEXT: movl $10, -12(%rbp) # {{.*}}verbose-asm.c:[[@LINE+2]]: int c = 10; | c{{$}}
int add3(int a, int b) {
  int c = 10;
  return a + b + c;
}
// CHECK-NEXT: movl -4(%rbp), %eax # {{.*}}verbose-asm.c:[[@LINE-2]]: return a + b + c; | a{{$}}
// CHECK-NEXT: addl -8(%rbp), %eax # b{{$}}
// CHECK-NEXT: addl -12(%rbp), %eax # c{{$}}
// CHECK-NEXT: popq %rbp{{$}}

// CHECK-LABEL: main:
// CHECK: movl $1, %edi # {{.*}}verbose-asm.c:[[@LINE+1]]: int main(void) { return add3(1, 2); }{{$}}
int main(void) { return add3(1, 2); }

// PLAIN-NOT: #
