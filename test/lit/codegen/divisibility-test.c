// A condition "x % 2^k == 0" (or != 0) tests x's low k bits in place, with
// no division: the remainder is zero exactly when they are, for negative x
// too. Other divisors, and remainders used as values, still divide.
// RUN: %minicc %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe; test $? -eq 0

// CHECK-LABEL: even:
// CHECK:       testl $1, -4(%rbp)
// CHECK-NEXT:  jne
int even(int x) {
  if (x % 2 == 0) return 1;
  return 0;
}

// CHECK-LABEL: not_multiple_of_8:
// CHECK:       testq $7, -8(%rbp)
// CHECK-NEXT:  je
long not_multiple_of_8(long y) {
  if (y % 8 != 0) return 1;
  return 0;
}

// CHECK-LABEL: of_a_sum:
// CHECK:       addl -8(%rbp), %eax
// CHECK-NEXT:  testl $3, %eax
int of_a_sum(int a, int b) { return (a + b) % 4 == 0 ? 1 : 0; }

// CHECK-LABEL: by_three:
// CHECK-NOT:   test
// CHECK:       retq
int by_three(int x) { return x % 3 == 0; }

int main(void) {
  int failures = 0;
  failures += even(-6) != 1 || even(-7) != 0 || even(0) != 1;
  failures += not_multiple_of_8(-16) != 0 || not_multiple_of_8(-15) != 1;
  failures += of_a_sum(-3, -5) != 1 || of_a_sum(1, 2) != 0;
  failures += by_three(-9) != 1;
  return failures;
}
