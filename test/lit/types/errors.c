// The constraints C17 sets on pointers, arrays and declarations, reported
// as clang-14 reports them (words, line and column), each once.
// RUN: not %minicc %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err

int f(int);
int f(long);
// CHECK: errors.c:[[@LINE-1]]:5: error: conflicting types for 'f'
int g;
char g;
// CHECK: errors.c:[[@LINE-1]]:6: error: redefinition of 'g' with a different type: 'char' vs 'int'
int arr[-1];
// CHECK: errors.c:[[@LINE-1]]:9: error: 'arr' declared as an array with a negative size
int n = 3;
int vla[n];
// CHECK: errors.c:[[@LINE-1]]:5: error: variable length array declaration not allowed at file scope
int a2[2] = {1, 2, 3};
// CHECK: errors.c:[[@LINE-1]]:20: warning: excess elements in array initializer [-Wexcess-initializers]
char s2[2] = "abc";
// CHECK: errors.c:[[@LINE-1]]:14: warning: initializer-string for char array is too long [-Wexcess-initializers]
int *ip;
char *cp;
const char *ccp;

void t(void) {
  int x = 5;
  void *vp = &x;
  int y = *vp;
  // CHECK: errors.c:[[@LINE-1]]:7: error: initializing 'int' with an expression of incompatible type 'void'
  int z = *x;
  // CHECK: errors.c:[[@LINE-1]]:11: error: indirection requires pointer operand ('int' invalid)
  vp = vp + 1;
  // CHECK: errors.c:[[@LINE-1]]:11: warning: arithmetic on a pointer to void is a GNU extension [-Wpointer-arith]
  int a[3];
  a = 0;
  // CHECK: errors.c:[[@LINE-1]]:5: error: array type 'int[3]' is not assignable
  a++;
  // CHECK: errors.c:[[@LINE-1]]:4: error: cannot increment value of type 'int[3]'
  const int k = 1;
  k = 2;
  // CHECK: errors.c:[[@LINE-1]]:5: error: cannot assign to variable 'k' with const-qualified type 'const int'
  *ccp = 'a';
  // CHECK: errors.c:[[@LINE-1]]:8: error: read-only variable is not assignable
  ip = &(x + 1);
  // CHECK: errors.c:[[@LINE-1]]:8: error: cannot take the address of an rvalue of type 'int'
  x = x[1];
  // CHECK: errors.c:[[@LINE-1]]:8: error: subscripted value is not an array, pointer, or vector
  ip = cp;
  // CHECK: errors.c:[[@LINE-1]]:6: warning: incompatible pointer types assigning to 'int *' from 'char *' [-Wincompatible-pointer-types]
  x = cp;
  // CHECK: errors.c:[[@LINE-1]]:5: warning: incompatible pointer to integer conversion assigning to 'int' from 'char *' [-Wint-conversion]
  cp = ccp;
  // CHECK: errors.c:[[@LINE-1]]:6: warning: assigning to 'char *' from 'const char *' discards qualifiers [-Wincompatible-pointer-types-discards-qualifiers]
  switch (x) { case n: break; }
  // CHECK: errors.c:[[@LINE-1]]:21: error: expression is not an integer constant expression
  x = sizeof(t);
  // CHECK: errors.c:[[@LINE-1]]:7: error: invalid application of 'sizeof' to a function type
  x = sizeof(void);
  // CHECK: errors.c:[[@LINE-1]]:7: error: invalid application of 'sizeof' to an incomplete type 'void'
  int idx[2] = {[3] = 1};
  // CHECK: errors.c:[[@LINE-1]]:18: error: array designator index (3) exceeds array bounds (2)
  int open[];
  // CHECK: errors.c:[[@LINE-1]]:7: error: definition of variable with array type needs an explicit size or an initializer
  x = ip - cp;
  // CHECK: errors.c:[[@LINE-1]]:10: error: 'int *' and 'char *' are not pointers to compatible types
  x = (int[2])0;
  // CHECK: errors.c:[[@LINE-1]]:7: error: used type 'int[2]' where arithmetic or pointer type is required
  y = z + idx[0] + open[0];
}
// CHECK-NOT: {{error|warning}}:
