// Declarations of one name in one block: only identifiers with linkage may
// be declared twice (C17 6.7p3), and then they must agree on linkage and
// type. clang names the rule each pair breaks; its note says "definition"
// when the earlier declaration allocates storage. The uses that follow are
// not errors of their own.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int x;

int local_then_extern(void) {
  int x = 3;
  extern int x;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:14: error: extern declaration of 'x' follows non-extern declaration
  // CHECK-NEXT: {{^}}  extern int x;{{$}}
  // CHECK-NEXT: {{^}}             ^{{$}}
  // CHECK-NEXT: {{^.*}}block-scope-linkage.c:[[@LINE-5]]:7: note: previous definition is here
  return x;
}

int extern_then_local(void) {
  extern int x;
  int x;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:7: error: non-extern declaration of 'x' follows extern declaration
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-3]]:14: note: previous declaration is here
  return x;
}

int static_then_extern(void) {
  static int x;
  extern int x;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:14: error: non-static declaration of 'x' follows static declaration
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-3]]:14: note: previous definition is here
  return x;
}

int extern_then_static(void) {
  extern int x;
  static int x;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:14: error: static declaration of 'x' follows non-static declaration
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-3]]:14: note: previous declaration is here
  return x;
}

int parameter_then_extern(int x) {
  extern int x;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:14: error: extern declaration of 'x' follows non-extern declaration
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-3]]:31: note: previous definition is here
  return x;
}

int different_types(void) {
  extern int x;
  extern char x;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:15: error: redeclaration of 'x' with a different type: 'char' vs 'int'
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-3]]:14: note: previous declaration is here
  return x;
}

char c;
int different_type_from_file_scope(void) {
  extern int c;
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-1]]:14: error: redeclaration of 'c' with a different type: 'int' vs 'char'
  // CHECK: {{^.*}}block-scope-linkage.c:[[@LINE-4]]:6: note: previous definition is here
  return c;
}

int main(void) { return 0; }
// CHECK-NOT: error:
// CHECK: 7 errors generated.
// CHECK: exit=1
