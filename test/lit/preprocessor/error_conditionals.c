// Misplaced and unterminated conditionals, reported at the directive name.
// RUN: not %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="error:"

#if 1
#else
#else
// CHECK: error_conditionals.c:[[@LINE-1]]:2: error: #else after #else
// CHECK-NEXT: {{^}}#else{{$}}
// CHECK-NEXT: {{^}} ^~~~{{$}}
#elif 1
// CHECK: error_conditionals.c:[[@LINE-1]]:2: error: #elif after #else
#endif
#endif
// CHECK: error_conditionals.c:[[@LINE-1]]:2: error: #endif without #if
#else
// CHECK: error_conditionals.c:[[@LINE-1]]:2: error: #else without #if
#elif 2
// CHECK: error_conditionals.c:[[@LINE-1]]:2: error: #elif without #if
#ifdef
// CHECK: error_conditionals.c:[[@LINE-1]]:7: error: macro name missing
#endif
#ifndef 3
// CHECK: error_conditionals.c:[[@LINE-1]]:9: error: macro name must be an identifier
#endif
  #  if 1
// CHECK: error_conditionals.c:[[@LINE-1]]:6: error: unterminated conditional directive
// CHECK-NEXT: {{^}}  #  if 1{{$}}
// CHECK-NEXT: {{^}}     ^~{{$}}
