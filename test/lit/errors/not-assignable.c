// Only variables can be assigned to, incremented or compound-assigned:
// literals, sums, calls and the results of ++ and = are not lvalues. A
// parenthesised variable is still one. (Columns: not-assignable-column.c.)
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int f(void);
int main(void) {
  int a = 0;
  (a) = 1;
  3 = a;
  // CHECK: {{^.*}}not-assignable.c:[[@LINE-1]]:{{[0-9]+}}: error: expression is not assignable
  // CHECK-NEXT: {{^}}  3 = a;{{$}}
  a + 1 = 2;
  // CHECK: {{^.*}}not-assignable.c:[[@LINE-1]]:{{[0-9]+}}: error: expression is not assignable
  f() += 1;
  // CHECK: {{^.*}}not-assignable.c:[[@LINE-1]]:{{[0-9]+}}: error: expression is not assignable
  a++ = 3;
  // CHECK: {{^.*}}not-assignable.c:[[@LINE-1]]:{{[0-9]+}}: error: expression is not assignable
  5++;
  // CHECK: {{^.*}}not-assignable.c:[[@LINE-1]]:{{[0-9]+}}: error: expression is not assignable
  --(a = 1);
  // CHECK: {{^.*}}not-assignable.c:[[@LINE-1]]:{{[0-9]+}}: error: expression is not assignable
  return a;
}
// CHECK-NOT: error:
// CHECK: 6 errors generated.
// CHECK: exit=1
