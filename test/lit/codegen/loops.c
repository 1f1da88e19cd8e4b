// Loop shapes. while: the test first, an exit jump on the inverted
// condition, then the body; at its bottom a copy of the test jumps back
// while the condition holds, so each round takes one jump (as gcc -O0
// tests at the bottom). for: init, then the while shape with the step
// before the bottom test (the continue target, labelled only when a
// continue jumps there: minicc, like clang, labels only the blocks
// something jumps to). do/while: body first, the test at the bottom
// jumps back on the condition itself. "if (...) continue;" is one jump on
// the condition.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: while_loop:
// CHECK: cmpl $0, -4(%rbp)
// CHECK-NEXT: jle [[EXIT:\.LBB0_[0-9]+]]
// CHECK-NEXT: [[BODY:\.LBB0_[0-9]+]]:
// CHECK-NEXT: subl $1, -4(%rbp)
// CHECK-NEXT: cmpl $0, -4(%rbp)
// CHECK-NEXT: jg [[BODY]]
// CHECK-NEXT: [[EXIT]]:
int while_loop(int x) {
  while (x > 0)
    x--;
  return x;
}

// CHECK-LABEL: for_loop:
// CHECK: movl $0, -8(%rbp)
// CHECK-NEXT: cmpl $10, -8(%rbp)
// CHECK-NEXT: jge [[EXIT:\.LBB1_[0-9]+]]
// CHECK-NEXT: [[BODY:\.LBB1_[0-9]+]]:
// CHECK-NOT: .LBB1_{{[0-9]+}}:
// CHECK: addl $1, -8(%rbp)
// CHECK-NEXT: cmpl $10, -8(%rbp)
// CHECK-NEXT: jl [[BODY]]
// CHECK-NEXT: [[EXIT]]:
int for_loop(int s) {
  for (int i = 0; i < 10; i++)
    s = s + i;
  return s;
}

// continue in a for loop jumps to the step, break to the exit.
// CHECK-LABEL: for_continue:
// CHECK: cmpl $10, -8(%rbp)
// CHECK-NEXT: jge [[EXIT:\.LBB2_[0-9]+]]
// CHECK-NEXT: [[BODY:\.LBB2_[0-9]+]]:
// CHECK-NEXT: cmpl $3, -8(%rbp)
// CHECK-NEXT: je [[STEP:\.LBB2_[0-9]+]]
// CHECK-NEXT: cmpl $7, -8(%rbp)
// CHECK-NEXT: je [[EXIT]]
// CHECK: [[STEP]]:
// CHECK-NEXT: addl $1, -8(%rbp)
// CHECK-NEXT: cmpl $10, -8(%rbp)
// CHECK-NEXT: jl [[BODY]]
// CHECK-NEXT: [[EXIT]]:
int for_continue(int s) {
  for (int i = 0; i < 10; i++) {
    if (i == 3)
      continue;
    if (i == 7)
      break;
    s = s + i;
  }
  return s;
}

// for (;;) has no test at all.
// CHECK-LABEL: forever:
// CHECK: [[TOP:\.LBB3_[0-9]+]]:
// CHECK-NOT: cmpl
// CHECK: addl $1, -4(%rbp)
// CHECK: jmp [[TOP]]
// CHECK: .size forever
void forever(int x) {
  for (;;)
    x++;
}

// CHECK-LABEL: do_loop:
// CHECK: [[BODY:\.LBB4_[0-9]+]]:
// CHECK-NEXT: addl $1, -4(%rbp)
// CHECK: cmpl $10, -4(%rbp)
// CHECK-NEXT: jl [[BODY]]
int do_loop(int x) {
  do {
    x++;
  } while (x < 10);
  return x;
}
