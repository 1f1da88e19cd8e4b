// Using a name that was never declared is an error at the name, with the
// source line and a caret under it; exit status 1 and nothing on stdout.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  return totl + 1;
  // CHECK: {{^.*}}undeclared-identifier.c:[[@LINE-1]]:10: error: use of undeclared identifier 'totl'
  // CHECK-NEXT: {{^}}  return totl + 1;{{$}}
  // CHECK-NEXT: {{^}}         ^~~~{{$}}
}
// CHECK: exit=1
