// Too few arguments: clang, whose message minicc uses, puts the caret on the
// call's closing parenthesis (where the missing argument would go).
// RUN: not %minicc %s -o /dev/null 2>&1 | FileCheck --strict-whitespace %s

int add(int a, int b);
int main(void) {
  return add(1);
  // CHECK: {{^.*}}too-few-arguments-column.c:[[@LINE-1]]:15: error: too few arguments to function call, expected 2, have 1
  // CHECK-NEXT: {{^}}  return add(1);{{$}}
  // CHECK-NEXT: {{^}}              ^{{$}}
}
