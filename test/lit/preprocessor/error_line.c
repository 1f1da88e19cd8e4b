// Malformed #line directives.
// RUN: not %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="error:"

#line
// CHECK: error_line.c:[[@LINE-1]]:2: error: #line directive requires a positive integer argument
#line x
// CHECK: error_line.c:[[@LINE-1]]:7: error: #line directive requires a positive integer argument
#line 0
// CHECK: error_line.c:[[@LINE-1]]:7: error: #line directive requires a positive integer argument
#line 10 name
// CHECK: error_line.c:[[@LINE-1]]:10: error: invalid filename for #line directive
