// A missing ';' is reported right after the previous token (where the ';'
// belongs), with the source line and a caret there: after an expression
// statement, a declaration and a return value, also when the next token is
// on the next line. Parsing goes on, so each function reports its own.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int expr(int a) {
  a = a + 2
  // CHECK: {{^.*}}missing-semicolon.c:[[@LINE-1]]:12: error: expected ';' after expression
  // CHECK-NEXT: {{^}}  a = a + 2{{$}}
  // CHECK-NEXT: {{^}}           ^{{$}}
  return a;
}

int decl(int a) {
  int b = a * 10
  // CHECK: {{^.*}}missing-semicolon.c:[[@LINE-1]]:17: error: expected ';' at end of declaration
  // CHECK-NEXT: {{^}}  int b = a * 10{{$}}
  // CHECK-NEXT: {{^}}                ^{{$}}
  return b;
}

int ret(int a) { return a + 10 }
// CHECK: {{^.*}}missing-semicolon.c:[[@LINE-1]]:31: error: expected ';' after return statement
// CHECK-NEXT: {{^}}int ret(int a) { return a + 10 }{{$}}
// CHECK-NEXT: {{^}}                              ^{{$}}
// CHECK-NOT: error:
// CHECK: 3 errors generated.
// CHECK: exit=1
