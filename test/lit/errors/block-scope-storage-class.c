// Storage classes a block-scope declaration may not have: an extern variable
// with an initialiser (C17 6.7.9p5) and a static function (6.7.1p7, reported
// at the keyword, once for each function). clang's wording; the uses that
// follow are not errors of their own, and an initialised extern is not also a
// second definition of the global.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int defined = 10;

int main(void) {
  extern int defined = 5;
  // CHECK: {{^.*}}block-scope-storage-class.c:[[@LINE-1]]:14: error: 'extern' variable cannot have an initializer
  // CHECK-NOT: {{^.*}}block-scope-storage-class.c:[[@LINE-2]]:14: error: redefinition
  extern int initialised = 1, plain;
  // CHECK: {{^.*}}block-scope-storage-class.c:[[@LINE-1]]:14: error: 'extern' variable cannot have an initializer
  // CHECK-NEXT: {{^}}  extern int initialised = 1, plain;{{$}}
  // CHECK-NEXT: {{^}}             ^~~~~~~~~~~{{$}}
  static int helper(void), other(void);
  // CHECK: {{^.*}}block-scope-storage-class.c:[[@LINE-1]]:3: error: function declared in block scope cannot have 'static' storage class
  // CHECK-NEXT: {{^}}  static int helper(void), other(void);{{$}}
  // CHECK-NEXT: {{^}}  ^~~~~~{{$}}
  // CHECK: {{^.*}}block-scope-storage-class.c:[[@LINE-4]]:3: error: function declared in block scope cannot have 'static' storage class
  int static late(void);
  // CHECK: {{^.*}}block-scope-storage-class.c:[[@LINE-1]]:7: error: function declared in block scope cannot have 'static' storage class
  // CHECK-NEXT: {{^}}  int static late(void);{{$}}
  // CHECK-NEXT: {{^}}      ^~~~~~{{$}}
  return defined + initialised + plain + helper() + other() + late();
}
// CHECK-NOT: error:
// CHECK: 5 errors generated.
// CHECK: exit=1
