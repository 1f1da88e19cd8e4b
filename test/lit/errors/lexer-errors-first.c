// Diagnostics come out in source order: a lexical error (here an
// unterminated comment) is reported before the parse error it causes at the
// end of the file, as in clang.
// RUN: not %minicc %s -o /dev/null 2>&1 | FileCheck %s

int main(void) {
  return 0; /* no end
// CHECK: lexer-errors-first.c:[[@LINE-1]]:13: error: unterminated /* comment
// CHECK: error: expected '}'
