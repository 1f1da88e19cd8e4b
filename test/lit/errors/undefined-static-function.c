// A static function that is called but defined nowhere could only fail at
// link time: minicc warns at its declaration, as gcc and clang do. Declared
// and never called, it is fine. Calling a variable is one error, and does
// not also make the variable "unused".
// RUN: %minicc %s -o /dev/null 2>&1 | FileCheck %s
// RUN: printf 'int main(void) { int v = 3; return v(); }\n' > %t.c
// RUN: not %minicc %t.c -o /dev/null 2>&1 | FileCheck %s --check-prefix=CALLVAR

static int helper(int x);
// CHECK: undefined-static-function.c:[[@LINE-1]]:12: warning: function 'helper' has internal linkage but is not defined [-Wundefined-internal]
static int unused_helper(void);
// CHECK-NOT: unused_helper
int main(void) { return helper(1); }
// CHECK: 1 warning generated.

// CALLVAR: error: called object type 'int' is not a function or function pointer
// CALLVAR-NOT: unused variable
// CALLVAR: 1 error generated.
