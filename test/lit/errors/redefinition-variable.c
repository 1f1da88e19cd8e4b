// A variable declared twice in the same scope (also a parameter redeclared
// in the function's outermost block) is an error with a note; the same name
// in an inner block only shadows.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int f(int p) {
  int v = 1;
  {
    int v = 2;
  }
  int v = 3;
  // CHECK: {{^.*}}redefinition-variable.c:[[@LINE-1]]:7: error: redefinition of 'v'
  // CHECK: {{^.*}}redefinition-variable.c:[[@LINE-6]]:7: note: previous definition is here
  int p = 4;
  // CHECK: {{^.*}}redefinition-variable.c:[[@LINE-1]]:7: error: redefinition of 'p'
  // CHECK: {{^.*}}redefinition-variable.c:[[@LINE-10]]:11: note: previous definition is here
  return v + p;
}
// CHECK-NOT: error:
// CHECK: exit=1
