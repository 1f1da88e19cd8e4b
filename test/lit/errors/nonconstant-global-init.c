// A global initialiser must be a constant expression: another global's
// value or a call is an error; constant arithmetic is fine.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int base = 10;
int ok = (1 << 4) * 3 - 1;
int bad = base + 1;
// CHECK: {{^.*}}nonconstant-global-init.c:[[@LINE-1]]:11: error: initializer element is not a compile-time constant
// CHECK-NEXT: {{^}}int bad = base + 1;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
int f(void);
int call = f();
// CHECK: {{^.*}}nonconstant-global-init.c:[[@LINE-1]]:12: error: initializer element is not a compile-time constant
int main(void) { return ok; }
// CHECK-NOT: error:
// CHECK: 2 errors generated.
// CHECK: exit=1
