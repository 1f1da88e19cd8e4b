// Errors in #if expressions point at the offending token; the group is skipped.
// RUN: not %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="error:" --implicit-check-not=wrong

#if 1 / 0
// CHECK: error_if_expression.c:[[@LINE-1]]:7: error: division by zero in preprocessor expression
wrong_after_division
#endif
#if 4 % (2 - 2)
// CHECK: error_if_expression.c:[[@LINE-1]]:7: error: division by zero in preprocessor expression
#endif
#if
// CHECK: error_if_expression.c:[[@LINE-1]]:4: error: #if with no expression
#endif
#if (1 + 2
// CHECK: error_if_expression.c:[[@LINE-1]]:11: error: expected ')' in preprocessor expression
// CHECK: error_if_expression.c:[[@LINE-2]]:5: note: to match this '('
#endif
#if 1 +
// CHECK: error_if_expression.c:[[@LINE-1]]:8: error: expected value in expression
#endif
#if 1 2
// CHECK: error_if_expression.c:[[@LINE-1]]:7: error: token is not a valid binary operator in a preprocessor subexpression
#endif
#if "string"
// CHECK: error_if_expression.c:[[@LINE-1]]:5: error: invalid token at start of a preprocessor expression
#endif
#if defined(
// CHECK: error_if_expression.c:[[@LINE-1]]:13: error: macro name must be an identifier
#endif
#if 1 ? 2
// CHECK: error_if_expression.c:[[@LINE-1]]:10: error: expected ':' in preprocessor expression
#endif
#if 1
#elif 1/0
#endif
#if 18446744073709551616
// CHECK: error_if_expression.c:[[@LINE-1]]:5: error: integer literal is too large to be represented in any integer type
#endif
