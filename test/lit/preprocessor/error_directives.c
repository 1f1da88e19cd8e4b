// #error stops the compilation with its message; #warning only warns; an
// unknown directive is an error; nothing in a skipped group complains.
// RUN: not %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="error:" --implicit-check-not="warning:"
// RUN: not %minicc -E -w %s 2>&1 | FileCheck %s --check-prefix=NOWARN

#warning "careful", it's a warning
// CHECK: error_directives.c:[[@LINE-1]]:2: warning: "careful", it's a warning [-W#warnings]
// NOWARN-NOT: warning
#error don't compile this: 1/0
// CHECK: error_directives.c:[[@LINE-1]]:2: error: don't compile this: 1/0
// CHECK-NEXT: {{^}}#error don't compile this: 1/0{{$}}
// CHECK-NEXT: {{^}} ^~~~~{{$}}
// NOWARN: error_directives.c:[[@LINE-4]]:2: error: don't compile this
#frobnicate now
// CHECK: error_directives.c:[[@LINE-1]]:2: error: invalid preprocessing directive
#if 0
#error not reached
#frobnicate not reached
#endif
#define EMPTY
# /* the null directive, with a comment */
#
#undef EMPTY extra
// CHECK: error_directives.c:[[@LINE-1]]:14: warning: extra tokens at end of #undef directive [-Wextra-tokens]
_Pragma(once)
// CHECK: error_directives.c:[[@LINE-1]]:1: error: _Pragma takes a parenthesized string literal
