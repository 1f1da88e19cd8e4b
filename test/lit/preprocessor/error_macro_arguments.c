// Bad macro invocations: wrong argument counts, and an invocation that
// never ends, each with a note at the definition.
// RUN: not %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="error:"

#define PAIR(a, b) a + b
#define NONE() 0
PAIR(1)
// CHECK: error_macro_arguments.c:[[@LINE-1]]:7: error: too few arguments provided to function-like macro invocation
// CHECK-NEXT: {{^}}PAIR(1){{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
// CHECK-NEXT: error_macro_arguments.c:5:9: note: macro 'PAIR' defined here
PAIR(1, 2, 3)
// CHECK: error_macro_arguments.c:[[@LINE-1]]:12: error: too many arguments provided to function-like macro invocation
NONE(x)
// CHECK: error_macro_arguments.c:[[@LINE-1]]:6: error: too many arguments provided to function-like macro invocation
// CHECK: error_macro_arguments.c:6:9: note: macro 'NONE' defined here
#if PAIR(1) == 1
// CHECK: error_macro_arguments.c:[[@LINE-1]]:11: error: too few arguments provided to function-like macro invocation
#endif
#if PAIR(1,
// CHECK: error_macro_arguments.c:[[@LINE-1]]:5: error: unterminated function-like macro invocation
#endif
int x = PAIR((1, 2),
// CHECK: error_macro_arguments.c:[[@LINE-1]]:9: error: unterminated function-like macro invocation
// CHECK-NEXT: {{^}}int x = PAIR((1, 2),{{$}}
// CHECK-NEXT: {{^}}        ^~~~{{$}}
