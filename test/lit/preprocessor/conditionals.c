// #if/#ifdef/#ifndef/#elif/#else/#endif, `defined`, nesting, and skipped
// groups that are not lexed for errors (an apostrophe, a stray @).
// RUN: %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not=error --implicit-check-not=warning --implicit-check-not=wrong

#define YES 1
#define ZERO 0
#if YES
// CHECK: kept_if
kept_if
#else
wrong_else
#endif
#if ZERO
wrong_if
#elif YES + 1 == 2
// CHECK: kept_elif
kept_elif
#elif 1
wrong_second_elif
#else
wrong_else
#endif
#ifdef YES
// CHECK: kept_ifdef
kept_ifdef
#endif
#ifndef YES
wrong_ifndef
#else
// CHECK: kept_ifndef_else
kept_ifndef_else
#endif
#if defined YES && defined(ZERO) && !defined NOPE && !defined(NOPE)
// CHECK: kept_defined
kept_defined
#endif
// Skipped groups track nesting but evaluate nothing and lex nothing.
#if 0
it's not code @ `
#if 1/0
wrong_nested
#else
wrong_nested_else
#endif
#error not reached
#include "does-not-exist.h"
#bogus directive
#else
// CHECK: kept_after_nested
kept_after_nested
#endif
// Unknown identifiers are 0; a macro expanding to `defined` works too.
#define IS_DEFINED defined(YES)
#if UNKNOWN_NAME || !IS_DEFINED
wrong_unknown
#elif IS_DEFINED
// CHECK: kept_defined_from_macro
kept_defined_from_macro
#endif
// #elif after a kept group is not evaluated (no division by zero error).
#if 1
// CHECK: kept_first
kept_first
#elif 1/0
wrong
#endif
