// The result of a void function has no value: using it in an initialiser,
// an operand, an argument or a return of an int function is an error.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

void nothing(void) {}
int take(int x) { return x; }
int main(void) {
  int a = nothing();
  // CHECK: {{^.*}}void-value.c:[[@LINE-1]]:7: error: initializing 'int' with an expression of incompatible type 'void'
  // CHECK-NEXT: {{^}}  int a = nothing();{{$}}
  a = nothing() + 1;
  // CHECK: {{^.*}}void-value.c:[[@LINE-1]]:{{[0-9]+}}: error: invalid operands to binary expression ('void' and 'int')
  take(nothing());
  // CHECK: {{^.*}}void-value.c:[[@LINE-1]]:{{[0-9]+}}: error:
  return nothing();
  // CHECK: {{^.*}}void-value.c:[[@LINE-1]]:{{[0-9]+}}: error:
}
// CHECK-NOT: error:
// CHECK: 4 errors generated.
// CHECK: exit=1
