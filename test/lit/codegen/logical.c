// && and || short-circuit with jumps: in a condition, && jumps to the false
// target as soon as one side is false, || to the true target as soon as one
// side is true; the right side is evaluated only after the left side's jump.
// Labels count function definitions only (and_cond is function 0).
// As a value, the result is 1 or 0 written on the two paths.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

int g;
int f(void);

// CHECK-LABEL: and_cond:
// CHECK: cmpl $0, -4(%rbp)
// CHECK-NEXT: je [[SKIP:\.LBB0_[0-9]+]]
// CHECK-NEXT: cmpl $0, g(%rip)
// CHECK-NEXT: je [[SKIP]]
// CHECK-NEXT: movl $0, -4(%rbp)
// CHECK-NEXT: [[SKIP]]:
int and_cond(int x) {
  if (x && g)
    x = 0;
  return x;
}

// CHECK-LABEL: or_cond:
// CHECK: cmpl $0, -4(%rbp)
// CHECK-NEXT: jne [[THEN:\.LBB1_[0-9]+]]
// CHECK-NEXT: cmpl $0, g(%rip)
// CHECK-NEXT: je [[SKIP:\.LBB1_[0-9]+]]
// CHECK-NEXT: [[THEN]]:
// CHECK-NEXT: movl $1, -4(%rbp)
// CHECK-NEXT: [[SKIP]]:
int or_cond(int x) {
  if (x || g)
    x = 1;
  return x;
}

// The call on the right of && is made only on the path where the left side
// was true: the jump that skips it comes before the callq.
// CHECK-LABEL: and_call:
// CHECK: cmpl $0, -4(%rbp)
// CHECK-NEXT: je [[FALSE:\.LBB2_[0-9]+]]
// CHECK-NEXT: callq f
// CHECK-NEXT: cmpl $0, %eax
// CHECK-NEXT: je [[FALSE]]
int and_call(int x) {
  if (x && f())
    return 1;
  return 0;
}

// As a value: (a > 1 && b < 2) || a == b, with 1 and 0 on the two paths.
// CHECK-LABEL: and_or_value:
// CHECK: cmpl $1, -4(%rbp)
// CHECK-NEXT: jle [[RIGHT:\.LBB3_[0-9]+]]
// CHECK-NEXT: cmpl $2, -8(%rbp)
// CHECK-NEXT: jl [[TRUE:\.LBB3_[0-9]+]]
// CHECK-NEXT: [[RIGHT]]:
// CHECK-NEXT: movl -4(%rbp), %eax
// CHECK-NEXT: cmpl -8(%rbp), %eax
// CHECK-NEXT: jne [[FALSE:\.LBB3_[0-9]+]]
// CHECK-NEXT: [[TRUE]]:
// CHECK-NEXT: movl $1, %eax
// CHECK-NEXT: jmp [[END:\.LBB3_[0-9]+]]
// CHECK-NEXT: [[FALSE]]:
// CHECK-NEXT: xorl %eax, %eax
// CHECK-NEXT: [[END]]:
int and_or_value(int a, int b) { return (a > 1 && b < 2) || a == b; }
