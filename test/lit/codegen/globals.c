// Globals: initialised ones in .data (.long with the folded constant),
// zero or tentative ones in .bss (.zero 4), each with .type, alignment,
// .size, and .globl unless static. They are read and written %rip-relative.
// An extern declaration emits no storage. A static function is not .globl.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | FileCheck --check-prefix=NOEXT %s
// RUN: %minicc %s -o - | %style-check -

int init = 6 * 7;
int tentative;
int zero_init = 0;
static int hidden = -5;
extern int ext;
int later;
int later = 1 << 3;

// CHECK-NOT: .globl helper
// CHECK-LABEL: helper:
static int helper(void) { return hidden; }

// CHECK-LABEL: main:
// CHECK: movl $1, init(%rip)
// CHECK: movl ext(%rip), %eax
// CHECK: movl %eax, tentative(%rip)
// CHECK: movl init(%rip), %eax
// CHECK-NEXT: addl later(%rip), %eax
int main(void) {
  init = 1;
  tentative = ext;
  return init + later + helper();
}

// CHECK: .type init,@object
// CHECK-NEXT: .data
// CHECK-NEXT: .globl init
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: init:
// CHECK-NEXT: .long 42
// CHECK-NEXT: .size init, 4

// CHECK: .type tentative,@object
// CHECK-NEXT: .bss
// CHECK-NEXT: .globl tentative
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: tentative:
// CHECK-NEXT: .zero 4
// CHECK-NEXT: .size tentative, 4

// CHECK: .type zero_init,@object
// CHECK-NEXT: .bss
// CHECK: zero_init:
// CHECK-NEXT: .zero 4

// A static global: local symbol, no .globl.
// CHECK: .type hidden,@object
// CHECK-NEXT: .data
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: hidden:
// CHECK-NEXT: .long -5

// The tentative definition completed later is one object, with its value.
// CHECK: .type later,@object
// CHECK-NEXT: .data
// CHECK-NEXT: .globl later
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: later:
// CHECK-NEXT: .long 8
// CHECK: .section .note.GNU-stack,"",@progbits

// NOEXT-NOT: ext:
// NOEXT-NOT: .globl ext
// NOEXT-NOT: .globl hidden
// NOEXT-NOT: later:
// NOEXT: later:
// NOEXT-NOT: later:
