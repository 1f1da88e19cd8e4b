// ?: branches like if/else and leaves the chosen arm's value in %eax; goto
// jumps to the label's block; a label is a .LBB block of its own.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: max:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: cmpl -8(%rbp), %eax
// CHECK-NEXT: jle [[ELSE:\.LBB0_[0-9]+]]
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: jmp [[END:\.LBB0_[0-9]+]]
// CHECK-NEXT: [[ELSE]]:
// CHECK-NEXT: movl -8(%rbp), %eax
// CHECK-NEXT: [[END]]:
// CHECK-NEXT: popq %rbp
int max(int a, int b) { return a > b ? a : b; }

// CHECK-LABEL: countdown:
// CHECK: [[LOOP:\.LBB1_[0-9]+]]:
// CHECK-NEXT: subl $1, -4(%rbp)
// CHECK-NEXT: cmpl $0, -4(%rbp)
// CHECK-NEXT: jg [[LOOP]]
// CHECK-NEXT: movl -4(%rbp), %eax
int countdown(int a) {
loop:
  a--;
  if (a > 0)
    goto loop;
  return a;
}
