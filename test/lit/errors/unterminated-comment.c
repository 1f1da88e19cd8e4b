// An unterminated /* comment is an error at its start; the file ends
// inside it, so the function's '}' is missing too (with a note at its '{').
// The order of the two errors is checked in lexer-errors-first.c.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: FileCheck --check-prefix=BRACE %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  int a = 1;
  return a; /* no end
// CHECK: {{^.*}}unterminated-comment.c:[[@LINE-1]]:13: error: unterminated /* comment
// CHECK-NEXT: {{^}}  return a; /* no end{{$}}
// CHECK-NEXT: {{^}}            ^~{{$}}
// BRACE: error: expected '}'
// BRACE: {{^.*}}unterminated-comment.c:[[@LINE-7]]:16: note: to match this '{'
// CHECK: exit=1
