// "expression is not assignable" points at the assignment or ++/--
// operator, as in clang whose message minicc uses (the operand is the range).
// RUN: not %minicc %s -o /dev/null 2>&1 | FileCheck %s

int main(void) {
  int a = 0;
  3 = a;
  // CHECK: not-assignable-column.c:[[@LINE-1]]:5: error: expression is not assignable
  a + 1 = 2;
  // CHECK: not-assignable-column.c:[[@LINE-1]]:9: error: expression is not assignable
  a++ = 3;
  // CHECK: not-assignable-column.c:[[@LINE-1]]:7: error: expression is not assignable
  return a;
}
