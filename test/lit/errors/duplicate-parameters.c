// Two parameters with one name, in a prototype (at file or block scope) or
// in a definition, as clang words it (C17 6.7p3). The body's uses of the
// name are not errors of their own.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int declared(int a, int a);
// CHECK: {{^.*}}duplicate-parameters.c:[[@LINE-1]]:25: error: redefinition of parameter 'a'
// CHECK-NEXT: {{^}}int declared(int a, int a);{{$}}
// CHECK-NEXT: {{^}}                        ^{{$}}
// CHECK-NEXT: {{^.*}}duplicate-parameters.c:[[@LINE-4]]:18: note: previous declaration is here

int defined(int a, int b, int a) { return a + b; }
// CHECK: {{^.*}}duplicate-parameters.c:[[@LINE-1]]:31: error: redefinition of parameter 'a'
// CHECK-NEXT: {{^}}int defined(int a, int b, int a) { return a + b; }{{$}}
// CHECK-NEXT: {{^}}                              ^{{$}}
// CHECK-NEXT: {{^.*}}duplicate-parameters.c:[[@LINE-4]]:17: note: previous declaration is here

// The body's local conflicts with the first parameter of that name.
int body(int p, int p) {
  // CHECK: {{^.*}}duplicate-parameters.c:[[@LINE-1]]:21: error: redefinition of parameter 'p'
  // CHECK-NEXT: {{^}}int body(int p, int p) {{{$}}
  int p = 0;
  // CHECK: {{^.*}}duplicate-parameters.c:[[@LINE-1]]:7: error: redefinition of 'p'
  // CHECK-NEXT: {{^}}  int p = 0;{{$}}
  // CHECK: {{^.*}}duplicate-parameters.c:[[@LINE-6]]:14: note: previous definition is here
  return p;
}

int main(void) {
  int local(int count, int count);
  // CHECK: {{^.*}}duplicate-parameters.c:[[@LINE-1]]:28: error: redefinition of parameter 'count'
  // CHECK-NEXT: {{^}}  int local(int count, int count);{{$}}
  // CHECK-NEXT: {{^}}                           ^~~~~{{$}}
  // CHECK-NEXT: {{^.*}}duplicate-parameters.c:[[@LINE-4]]:17: note: previous declaration is here
  return defined(1, 2, 3);
}
// CHECK-NOT: error:
// CHECK: 5 errors generated.
// CHECK: exit=1
