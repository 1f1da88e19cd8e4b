// if/else: the condition is a cmpl and a jcc on the inverted condition to
// the else block (or past the then block); the then block jumps over the
// else block. No setcc: the value of the comparison is never materialised.
// Labels are .LBB<function>_<block>.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: if_only:
// CHECK: cmpl $3, -4(%rbp)
// CHECK-NEXT: jne [[END:\.LBB0_[0-9]+]]
// CHECK-NEXT: movl $4, -4(%rbp)
// CHECK-NEXT: [[END]]:
// CHECK-NOT: set
// CHECK: .size if_only
int if_only(int a) {
  if (a == 3)
    a = 4;
  return a;
}

// CHECK-LABEL: if_else:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: cmpl -8(%rbp), %eax
// CHECK-NEXT: jge [[ELSE:\.LBB1_[0-9]+]]
// CHECK-NEXT: movl $1, -12(%rbp)
// CHECK-NEXT: jmp [[END:\.LBB1_[0-9]+]]
// CHECK-NEXT: [[ELSE]]:
// CHECK-NEXT: movl $2, -12(%rbp)
// CHECK-NEXT: [[END]]:
// CHECK-NOT: set
// CHECK: .size if_else
int if_else(int a, int b) {
  int r;
  if (a < b)
    r = 1;
  else
    r = 2;
  return r;
}

// Each relational operator picks the inverted jump.
// CHECK-LABEL: relations:
// CHECK: cmpl $1, -4(%rbp)
// CHECK-NEXT: je
// CHECK: cmpl $2, -4(%rbp)
// CHECK-NEXT: jle
// CHECK: cmpl $3, -4(%rbp)
// CHECK-NEXT: jl
// CHECK: cmpl $4, -4(%rbp)
// CHECK-NEXT: jg
// CHECK: cmpl $5, -4(%rbp)
// CHECK-NEXT: jge
// A bare int and its negation compare against 0.
// CHECK: cmpl $0, -4(%rbp)
// CHECK-NEXT: je
// CHECK: cmpl $0, -4(%rbp)
// CHECK-NEXT: jne
// CHECK: .size relations
int relations(int a) {
  int n = 0;
  if (a != 1) n = n + 1;
  if (a > 2) n = n + 1;
  if (a >= 3) n = n + 1;
  if (a <= 4) n = n + 1;
  if (a < 5) n = n + 1;
  if (a) n = n + 1;
  if (!a) n = n + 1;
  return n;
}

// Where the value itself is needed, it is set with setcc and movzbl.
// CHECK-LABEL: as_value:
// CHECK: cmpl -8(%rbp), %eax
// CHECK-NEXT: setl %al
// CHECK-NEXT: movzbl %al, %eax
// CHECK: cmpl $0, %eax
// CHECK-NEXT: sete %al
// CHECK-NEXT: movzbl %al, %eax
int as_value(int a, int b) { return (a < b) + !a; }
