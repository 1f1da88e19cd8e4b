// Calling a variable: a global (through a block-scope extern too) or a
// local that hides a function, from its own initialiser on (its scope
// begins at its declarator, C17 6.2.1p7). clang's caret is at the '('.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

extern int foo;
int value(void) { return 1; }

int main(void) {
  int a = foo();
  // CHECK: {{^.*}}call-a-variable.c:[[@LINE-1]]:14: error: called object type 'int' is not a function or function pointer
  // CHECK-NEXT: {{^}}  int a = foo();{{$}}
  // CHECK-NEXT: {{^}}             ^{{$}}
  int value = value ();
  // CHECK: {{^.*}}call-a-variable.c:[[@LINE-1]]:21: error: called object type 'int' is not a function or function pointer
  return a + value;
}
// CHECK-NOT: error:
// CHECK: 2 errors generated.
// CHECK: exit=1
