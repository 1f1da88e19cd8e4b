// #include errors: missing files (quoted and angled, at the header name),
// bad syntax, and an include cycle stopped at the depth limit.
// RUN: not %minicc -E -I %S/Inputs %s 2>&1 | FileCheck %s --implicit-check-not="error:"

#include "missing.h"
// CHECK: error_include.c:[[@LINE-1]]:10: error: 'missing.h' file not found
// CHECK-NEXT: {{^}}#include "missing.h"{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~~~~{{$}}
#include <foo.h>
// CHECK: error_include.c:[[@LINE-1]]:10: error: 'foo.h' file not found
#include
// CHECK: error_include.c:[[@LINE-1]]:9: error: expected "FILENAME" or <FILENAME>
#include nothing
// CHECK: error_include.c:[[@LINE-1]]:10: error: expected "FILENAME" or <FILENAME>
#include <stdio.h
// CHECK: error_include.c:[[@LINE-1]]:18: error: expected '>'
#include "cycle_a.h"
// CHECK: cycle_{{a|b}}.h:1:2: error: #include nested too deeply (more than 200 levels); is there an include cycle?
