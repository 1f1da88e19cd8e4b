// The macOS flavour (--target=x86_64-apple-darwin): the __TEXT,__text
// section first, a leading _ on every C symbol (definitions, calls, globals),
// no .type/.size, local labels LBB<function>_<block> and L_.str without the
// leading dot, literals in __TEXT,__cstring, zero globals as .zerofill, and
// .subsections_via_symbols last. The listing assembles as Mach-O.
// RUN: %minicc --target=x86_64-apple-darwin %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: FileCheck --check-prefix=NOELF %s < %t.s
// RUN: %style-check --target darwin %t.s
// RUN: llvm-mc-14 -triple=x86_64-apple-macosx -filetype=obj %t.s -o %t.o
// The ELF rules reject it: the target matters to the style checker.
// RUN: not %style-check %t.s > /dev/null

int printf(const char *fmt, ...);
int g = 3;
int z;

// CHECK: .section __TEXT,__text,regular,pure_instructions
// CHECK-NOT: .globl _s
// CHECK: .p2align 4, 0x90
// CHECK-NEXT: _s:
static int s(int a) {
  static int calls;
  calls++;
  return a + calls;
}

// CHECK: .globl _main
// CHECK-NEXT: .p2align 4, 0x90
// CHECK-NEXT: _main:
// CHECK: cmpl $3, -4(%rbp)
// CHECK-NEXT: jge [[EXIT:LBB1_[0-9]+]]
// CHECK-NEXT: [[BODY:LBB1_[0-9]+]]:
// CHECK: callq _s
// CHECK-NEXT: addl _g(%rip), %eax
// CHECK-NEXT: addl _z(%rip), %eax
// CHECK: leaq L_.str(%rip), %rdi
// CHECK-NEXT: movb $0, %al
// CHECK-NEXT: callq _printf
// CHECK: cmpl $3, -4(%rbp)
// CHECK-NEXT: jl [[BODY]]
// CHECK-NEXT: [[EXIT]]:
int main(void) {
  int i;
  for (i = 0; i < 3; i++)
    printf("hi %d\n", s(i) + g + z);
  return 0;
}

// CHECK: .section __DATA,__data
// CHECK-NEXT: .globl _g
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: _g:
// CHECK-NEXT: .long 3
// CHECK: .globl _z
// CHECK-NEXT: .zerofill __DATA,__bss,_z,4,2
// CHECK: .zerofill __DATA,__bss,_s.calls,4,2
// CHECK: .section __TEXT,__cstring,cstring_literals
// CHECK-NEXT: L_.str:
// CHECK-NEXT: .asciz "hi %d\n"
// CHECK: .subsections_via_symbols
// CHECK-NOT: {{.}}

// NOELF-NOT: .type
// NOELF-NOT: .size
// NOELF-NOT: .LBB
// NOELF-NOT: .L.str
// NOELF-NOT: GNU-stack
// NOELF-NOT: {{^(main|s):}}
