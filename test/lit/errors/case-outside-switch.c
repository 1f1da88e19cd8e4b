// case and default outside any switch are errors; a case label must be an
// integer constant expression.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  int x = 1;
  case 1:
  // CHECK: {{^.*}}case-outside-switch.c:[[@LINE-1]]:3: error: 'case' statement not in switch statement
  // CHECK-NEXT: {{^}}  case 1:{{$}}
  // CHECK-NEXT: {{^}}  ^~~~{{$}}
  x = 2;
  default:
  // CHECK: {{^.*}}case-outside-switch.c:[[@LINE-1]]:3: error: 'default' statement not in switch statement
  x = 3;
  switch (x) {
  case x:
    // CHECK: {{^.*}}case-outside-switch.c:[[@LINE-1]]:8: error: expression is not an integer constant expression
    break;
  }
  return x;
}
// CHECK-NOT: error:
// CHECK: exit=1
