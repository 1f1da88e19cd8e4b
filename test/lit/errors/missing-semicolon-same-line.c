// A missing ';' followed by another statement on the same line: the caret
// still belongs right after the previous token, as clang puts it and as
// minicc does when the next token is on the next line (missing-semicolon.c).
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int decl(void) {
  int a = 1 return a;
  // CHECK: {{^.*}}missing-semicolon-same-line.c:[[@LINE-1]]:12: error: expected ';' at end of declaration
  // CHECK-NEXT: {{^}}  int a = 1 return a;{{$}}
  // CHECK-NEXT: {{^}}           ^{{$}}
}

int expr(int a) {
  a = 1 return a;
  // CHECK: {{^.*}}missing-semicolon-same-line.c:[[@LINE-1]]:8: error: expected ';' after expression
  // CHECK-NEXT: {{^}}  a = 1 return a;{{$}}
  // CHECK-NEXT: {{^}}       ^{{$}}
}
// CHECK: exit=1
