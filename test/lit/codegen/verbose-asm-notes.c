// -fverbose-asm answers "why is this here?" at the end of the line: %al
// before a variadic call, padding before a call that keeps %rsp aligned, a
// value put aside in the frame across a call, each step of a switch's jump
// table; it names statics and globals, tells shadowing locals apart (x and
// x#2), and says why a frame has the size it has (the red zone, stack
// arguments at 16(%rbp) and up). Plan 9 listings say the same after //.
// RUN: %minicc -fverbose-asm %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
// RUN: not grep -nE '^[[:space:]]*#' %t.s
// RUN: %cc %t.s -o %t && %t | FileCheck %s --check-prefix=OUT
// RUN: %minicc -masm=plan9 -fverbose-asm %s | FileCheck %s --check-prefix=PLAN9
// RUN: %minicc %s | FileCheck %s --check-prefix=PLAIN
// OUT: 2
// PLAIN-NOT: #
int printf(const char *, ...);
int counter;

// CHECK-LABEL: seven:
// CHECK:      pushq %rbp # frame of seven: 32 bytes of slots (24 used, rounded up to 16); a leaf whose slots fit in the 128-byte red zone below the stack pointer, so the stack pointer does not move; the caller's stack arguments lie at 16 and up from the frame base
// CHECK:      # c; param g: int, 4 bytes at 16(%rbp), pushed by the caller
// CHECK:      addl 16(%rbp), %eax # g
// PLAN9:      PUSHQ BP // frame of seven: 32 bytes of slots
// PLAN9:      MOVL R9, -24(BP) // f; param g: int, 4 bytes at 16(BP), pushed by the caller
int seven(int a, int b, int c, int d, int e, int f, int g) { return a + g; }

// CHECK-LABEL: next:
// CHECK: movl next.n(%rip), %eax # {{.*}}verbose-asm-notes.c:[[@LINE+3]]: n = n + 1; | n (static)
int next(void) {
  static int n;
  n = n + 1;
  return n;
}

// CHECK-LABEL: pick:
// CHECK:      subl $1, %eax # the lowest case is entry 0
// CHECK-NEXT: cmpl $3, %eax # one unsigned compare checks both ends of the table
// CHECK-NEXT: ja .LBB2_{{[0-9]+}} # not a case in the table's range
// CHECK-NEXT: leaq .LJTI2_0(%rip), %rcx # the switch's jump table: one entry per value, each its target's distance from the table
// CHECK-NEXT: movslq (%rcx,%rax,4), %rax # this value's entry
// CHECK-NEXT: addq %rcx, %rax # the target's address
// CHECK-NEXT: jmpq *%rax # to the case
int pick(int k) {
  switch (k) {
    case 1: return 10;
    case 2: return 20;
    case 3: return 30;
    case 4: return 40;
  }
  return 0;
}

// CHECK-LABEL: main:
// CHECK:      pushq %rbp # frame of main: 16 bytes of slots; reserved below the stack pointer so that calls find it 16-byte aligned
// CHECK-NEXT: .cfi_def_cfa_offset 16 # local x: int, 4 bytes at -4(%rbp)
// CHECK-NEXT: .cfi_offset %rbp, -16 # local x#2: int, 4 bytes at -8(%rbp)
// CHECK-NEXT: movq %rsp, %rbp # local temporary: a value put aside, 8 bytes at -16(%rbp)
// CHECK:      movl $2, -8(%rbp) # {{.*}}: int x = 2; | x#2
// CHECK:      movq %rax, -16(%rbp) # temporary; put aside in the frame: a call, or the work that follows, may change every scratch register
// CHECK-NEXT: callq next
// CHECK-NEXT: addl -16(%rbp), %eax # temporary
// CHECK:      movl %eax, counter(%rip) # counter{{$}}
// CHECK:      subq $8, %rsp # {{.*}}: printf("%d\n", seven(1, 2, 3, 4, 5, 6, x)); | padding: the stack pointer must be 16-byte aligned at the call
// CHECK-NEXT: movl -4(%rbp), %eax # x
// CHECK:      movb $0, %al # variadic or unprototyped callee: the number of vector registers holding arguments
// CHECK-NEXT: callq printf
// PLAN9-LABEL: TEXT ·main(SB)
// PLAN9:      MOVQ AX, -16(BP) // temporary; put aside in the frame: a call, or the work that follows, may change every scratch register
// PLAN9:      ADJSP $8 // {{.*}}: printf("%d\n", seven(1, 2, 3, 4, 5, 6, x)); | padding: the stack pointer must be 16-byte aligned at the call
// PLAN9:      MOVB $0, AL // variadic or unprototyped callee
int main(void) {
  int x = 1;
  {
    int x = 2;
    counter = x * 3 + next();
  }
  printf("%d\n", seven(1, 2, 3, 4, 5, 6, x));
  return pick(counter - 4) - 30;
}
