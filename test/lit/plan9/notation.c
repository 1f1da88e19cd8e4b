// What a Plan 9 listing (-masm=plan9, for Go's assembler) looks like.
// RUN: %minicc -masm=plan9 %s | FileCheck %s
int printf(const char *, ...);

int report(int a) {
  if (a < 10)
    printf("small\n");
  return a;
}

// CHECK:      #include "textflag.h"
// CHECK:      TEXT ·report(SB), NOSPLIT|NOFRAME, $0-0 // int report(int a)
// CHECK-NEXT:   PUSHQ BP
// CHECK-NEXT:   MOVQ SP, BP
// CHECK-NEXT:   ADJSP $16
// CHECK-NEXT:   MOVL DI, -4(BP) // a
// Go's CMP reads left to right (AT&T: cmpl $10, -4(%rbp)); a >= 10 skips the call.
// CHECK-NEXT:   CMPL -4(BP), $10 // a
// CHECK-NEXT:   JGE [[SKIP:LBB[0-9]+_[0-9]+]]
// CHECK-NEXT:   LEAQ str·0<>(SB), DI
// CHECK-NEXT:   MOVB $0, AL
// CHECK-NEXT:   CALL ·printf(SB)
// CHECK-NEXT: [[SKIP]]:
// CHECK-NEXT:   MOVL -4(BP), AX // a
// CHECK-NEXT:   ADJSP $-16
// CHECK-NEXT:   POPQ BP
// CHECK-NEXT:   RET
// Strings are data, at most 8 bytes a DATA line, with Go's escapes.
// CHECK:      DATA str·0<>+0(SB)/7, $"small\n\000"
// CHECK-NEXT: GLOBL str·0<>(SB), RODATA|NOPTR, $7
