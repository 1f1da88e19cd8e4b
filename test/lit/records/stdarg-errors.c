// <stdarg.h> used wrongly, reported at clang-14's lines and columns: va_start
// in a function with fixed arguments, a second argument that is not the last
// named parameter, a promotable or incomplete type for va_arg, and a first
// argument that is no va_list (clang words it so for va_arg; for the others
// it only warns of an int-to-pointer conversion, minicc refuses them the same way).
// RUN: not %minicc %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err
#include <stdarg.h>

int fixed(int n) { va_list ap; va_start(ap, n); va_end(ap); return 0; }
// CHECK: stdarg-errors.c:[[@LINE-1]]:32: error: 'va_start' used in function with fixed args
int notlast(int a, int b, ...) { va_list ap; va_start(ap, a); va_end(ap); return 0; }
// CHECK: stdarg-errors.c:[[@LINE-1]]:59: warning: second argument to 'va_start' is not the last named parameter [-Wvarargs]
int promoted(int n, ...) { va_list ap; va_start(ap, n); char c = va_arg(ap, char); va_end(ap); return c; }
// CHECK: stdarg-errors.c:[[@LINE-1]]:77: warning: second argument to 'va_arg' is of promotable type 'char'; this va_arg has undefined behavior because arguments will be promoted to 'int' [-Wvarargs]
int incomplete(int n, ...) { va_list ap; va_start(ap, n); va_arg(ap, struct nope); va_end(ap); return 0; }
// CHECK: stdarg-errors.c:[[@LINE-1]]:70: error: second argument to 'va_arg' is of incomplete type 'struct nope'
int notalist(int n, ...) { int x = 0; va_arg(x, int); va_end(x); return 0; }
// CHECK: stdarg-errors.c:[[@LINE-1]]:46: error: first argument to 'va_arg' is of type 'int' and not 'va_list'
// CHECK: stdarg-errors.c:[[@LINE-2]]:62: error: first argument to 'va_end' is of type 'int' and not 'va_list'
// CHECK-NOT: {{error|warning}}:
// CHECK: 2 warnings and 4 errors generated.
