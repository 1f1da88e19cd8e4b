// Malformed #define and #undef lines.
// RUN: not %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="error:"

#define
// CHECK: error_define.c:[[@LINE-1]]:8: error: macro name missing
#define 42 x
// CHECK: error_define.c:[[@LINE-1]]:9: error: macro name must be an identifier
#define defined
// CHECK: error_define.c:[[@LINE-1]]:9: error: 'defined' cannot be used as a macro name
#define F(a, a) a
// CHECK: error_define.c:[[@LINE-1]]:14: error: duplicate macro parameter name 'a'
#define G(a b) a
// CHECK: error_define.c:[[@LINE-1]]:13: error: expected comma in macro parameter list
#define H(a, 1) a
// CHECK: error_define.c:[[@LINE-1]]:14: error: invalid token in macro parameter list
#define I(a
// CHECK: error_define.c:[[@LINE-1]]:12: error: missing ')' in macro parameter list
#define J(a) #b
// CHECK: error_define.c:[[@LINE-1]]:14: error: '#' is not followed by a macro parameter
#define K ## x
// CHECK: error_define.c:[[@LINE-1]]:11: error: '##' cannot appear at either end of a macro expansion
#define L(x) x ##
// CHECK: error_define.c:[[@LINE-1]]:16: error: '##' cannot appear at either end of a macro expansion
#undef
// CHECK: error_define.c:[[@LINE-1]]:7: error: macro name missing
#define P(a, b) a ## b
P(+, /)
// CHECK: error_define.c:[[@LINE-1]]:1: error: pasting formed '+/', an invalid preprocessing token
