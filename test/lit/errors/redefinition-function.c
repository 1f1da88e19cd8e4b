// A function defined twice: error at the second definition, note at the
// first. A prototype before a definition is not a redefinition.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int twice(void);
int twice(void) { return 1; }
// CHECK: {{^.*}}redefinition-function.c:[[@LINE+1]]:5: error: redefinition of 'twice'
int twice(void) { return 2; }
// CHECK-NEXT: {{^}}int twice(void) { return 2; }{{$}}
// CHECK-NEXT: {{^}}    ^~~~~{{$}}
// CHECK-NEXT: {{^.*}}redefinition-function.c:[[@LINE-5]]:5: note: previous definition is here
int main(void) { return twice(); }
// CHECK-NOT: error:
// CHECK: exit=1
