// Too many arguments: the error points at the first extra argument and a
// note points at the definition.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int add(int a, int b) { return a + b; }
int main(void) {
  return add(1, 2, 3, 4);
  // CHECK: {{^.*}}too-many-arguments.c:[[@LINE-1]]:20: error: too many arguments to function call, expected 2, have 4
  // CHECK-NEXT: {{^}}  return add(1, 2, 3, 4);{{$}}
  // CHECK-NEXT: {{^}}                   ^{{$}}
  // CHECK-NEXT: {{^.*}}too-many-arguments.c:[[@LINE-6]]:5: note: 'add' declared here
}
// CHECK: exit=1
