// switch is a compare chain: the controlling value is loaded once into
// %eax, compared with each case value in source order with a je to the
// case's block, then a jmp to default (or past the switch when there is
// none). The case blocks follow in source order so they fall through; break
// jumps to the end label.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

// CHECK-LABEL: sw:
// CHECK: movl -4(%rbp), %eax
// CHECK-NEXT: cmpl $1, %eax
// CHECK-NEXT: je [[C1:\.LBB0_[0-9]+]]
// CHECK-NEXT: cmpl $5, %eax
// CHECK-NEXT: je [[C5:\.LBB0_[0-9]+]]
// CHECK-NEXT: cmpl $-3, %eax
// CHECK-NEXT: je [[CM3:\.LBB0_[0-9]+]]
// CHECK-NEXT: jmp [[DEF:\.LBB0_[0-9]+]]
// CHECK-NEXT: [[C1]]:
// CHECK-NEXT: movl $10, -8(%rbp)
// CHECK-NEXT: jmp [[END:\.LBB0_[0-9]+]]
// case 5 falls through into default: no jump between them.
// CHECK-NEXT: [[C5]]:
// CHECK-NEXT: movl $50, -8(%rbp)
// CHECK-NEXT: [[DEF]]:
// CHECK-NEXT: addl $1, -8(%rbp)
// CHECK-NEXT: jmp [[END]]
// CHECK-NEXT: [[CM3]]:
// CHECK-NEXT: movl $-30, -8(%rbp)
// CHECK-NEXT: [[END]]:
int sw(int x) {
  int r = 0;
  switch (x) {
  case 1:
    r = 10;
    break;
  case 5:
    r = 50;
  default:
    r++;
    break;
  case -3:
    r = -30;
  }
  return r;
}

// Without default, no match jumps to the end (a jump on the opposite
// condition, over the case's code). A case label that is a constant
// expression is folded.
// CHECK-LABEL: nodefault:
// CHECK: cmpl $12, %eax
// CHECK-NEXT: jne [[END:\.LBB1_[0-9]+]]
// CHECK-NEXT: movl $0, -4(%rbp)
// CHECK-NEXT: [[END]]:
int nodefault(int x) {
  switch (x) {
  case 3 * 4:
    x = 0;
  }
  return x;
}
