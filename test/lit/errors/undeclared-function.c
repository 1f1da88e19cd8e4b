// Calling a function that was never declared (and is not a known library
// function) is an error, as in clang: C99 has no implicit declarations.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  return compute(1, 2);
  // CHECK: {{^.*}}undeclared-function.c:[[@LINE-1]]:10: error: call to undeclared function 'compute'; ISO C99 and later do not support implicit function declarations
  // CHECK-NEXT: {{^}}  return compute(1, 2);{{$}}
  // CHECK-NEXT: {{^}}         ^~~~~~~{{$}}
}
// CHECK-NOT: error:
// CHECK: exit=1
