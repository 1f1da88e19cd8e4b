// What va_start and va_arg become (psABI 3.5.7): the six argument registers
// saved at entry into the register save area, and the eight vector ones
// when %al says the caller used any; va_start fills the __va_list_tag
// (gp_offset past the named int, fp_offset 48: no named vector argument,
// overflow_arg_area at 16(%rbp), reg_save_area); va_arg
// takes the next eightbyte from the save area while gp_offset allows, else
// from the overflow area; va_end is nothing.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
#include <stdarg.h>

// CHECK-LABEL: sum:
// CHECK:      movl %edi, -4(%rbp)
// CHECK-NEXT: movq %rdi, [[SAVE:-[0-9]+]](%rbp)
// CHECK-NEXT: movq %rsi, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: movq %rdx, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: movq %rcx, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: movq %r8, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: movq %r9, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: testb %al, %al
// CHECK-NEXT: je [[NOVECTORS:.LBB[0-9_]+]]
// CHECK-NEXT: movaps %xmm0, -176(%rbp)
// CHECK:      movaps %xmm7, -64(%rbp)
// CHECK-NEXT: [[NOVECTORS]]:
// CHECK-NEXT: leaq [[AP:-[0-9]+]](%rbp), %rax
// CHECK-NEXT: movl $8, (%rax)
// CHECK-NEXT: movl $48, 4(%rax)
// CHECK-NEXT: leaq 16(%rbp), %rcx
// CHECK-NEXT: movq %rcx, 8(%rax)
// CHECK-NEXT: leaq [[SAVE]](%rbp), %rcx
// CHECK-NEXT: movq %rcx, 16(%rax)
// CHECK-NEXT: leaq [[AP]](%rbp), %rax
// CHECK-NEXT: movl (%rax), %ecx
// CHECK-NEXT: cmpl $40, %ecx
// CHECK-NEXT: ja [[STACK:.LBB[0-9_]+]]
// CHECK-NEXT: movq 16(%rax), %rdx
// CHECK-NEXT: addq %rcx, %rdx
// CHECK-NEXT: addl $8, %ecx
// CHECK-NEXT: movl %ecx, (%rax)
// CHECK-NEXT: jmp [[DONE:.LBB[0-9_]+]]
// CHECK-NEXT: [[STACK]]:
// CHECK-NEXT: movq 8(%rax), %rdx
// CHECK-NEXT: leaq 8(%rdx), %rcx
// CHECK-NEXT: movq %rcx, 8(%rax)
// CHECK-NEXT: [[DONE]]:
// CHECK-NEXT: movl (%rdx), %eax
// CHECK-NEXT: movl %eax, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: movl {{-[0-9]+}}(%rbp), %eax
// CHECK-NEXT: addq $224, %rsp
// CHECK-NEXT: popq %rbp
int sum(int n, ...) {
  va_list ap;
  int s;
  va_start(ap, n);
  s = va_arg(ap, int);
  va_end(ap);
  return s;
}

// A 16-byte structure needs two registers: at most gp_offset 32 leaves them.
// CHECK-LABEL: pair:
// CHECK:      cmpl $32, %ecx
// CHECK:      addl $16, %ecx
// CHECK:      leaq 16(%rdx), %rcx
struct two { long a, b; };
long pair(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = va_arg(ap, struct two).b;
  va_end(ap);
  return s;
}
