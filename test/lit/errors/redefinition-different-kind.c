// A name declared as a variable and as a function: at file scope, and
// through linkage from a block (a block-scope function or extern means the
// file-scope name, or one declared in a block that has ended; C17 6.2.2p2).
// clang's note says "definition" even for a declaration. Later uses of the
// name are not errors of their own.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int variable;
int variable(void);
// CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:5: error: redefinition of 'variable' as different kind of symbol
// CHECK-NEXT: {{^}}int variable(void);{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~{{$}}
// CHECK-NEXT: {{^.*}}redefinition-different-kind.c:[[@LINE-5]]:5: note: previous definition is here
// CHECK-NEXT: {{^}}int variable;{{$}}

int function(void);
int function;
// CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:5: error: redefinition of 'function' as different kind of symbol
// CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-3]]:5: note: previous definition is here

int global;
int function_in_block(void) {
  int global(void);
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:7: error: redefinition of 'global' as different kind of symbol
  // CHECK-NEXT: {{^}}  int global(void);{{$}}
  // CHECK-NEXT: {{^}}      ^~~~~~{{$}}
  // CHECK-NEXT: {{^.*}}redefinition-different-kind.c:[[@LINE-6]]:5: note: previous definition is here
  return global();
}

int called(void);
int extern_in_block(void) {
  extern int called;
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:14: error: redefinition of 'called' as different kind of symbol
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-4]]:5: note: previous definition is here
  return called;
}

int earlier_block(void) {
  {
    int gone(void);
  }
  {
    extern int gone;
    // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:16: error: redefinition of 'gone' as different kind of symbol
    // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-5]]:9: note: previous definition is here
    return gone;
  }
}

int same_block(void) {
  int local = 1;
  int local(void);
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:7: error: redefinition of 'local' as different kind of symbol
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-3]]:7: note: previous definition is here
  return local;
}

// The third declaration agrees with the first: one error.
int third_agrees(void) {
  extern int v;
  int v(void);
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:7: error: redefinition of 'v' as different kind of symbol
  // CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-3]]:14: note: previous definition is here
  extern int v;
  return v;
}

int declared_in_block_first(void) {
  extern int later_function;
  return later_function;
}
int later_function(void);
// CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-1]]:5: error: redefinition of 'later_function' as different kind of symbol
// CHECK: {{^.*}}redefinition-different-kind.c:[[@LINE-5]]:14: note: previous definition is here

int main(void) { return variable + function; }
// CHECK-NOT: error:
// CHECK: 8 errors generated.
// CHECK: exit=1
