// offsetof used wrongly, each reported once at the offsetof as clang-14
// reports it (clang names the record 'point' here; minicc writes its type
// as everywhere else), and no second error for the initialiser it stands in.
// RUN: not %minicc %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err
#include <stddef.h>
struct point { int x, y; };
struct later;
unsigned long a = offsetof(struct point, w);
// CHECK: offsetof-errors.c:[[@LINE-1]]:19: error: no member named 'w' in 'struct point'
unsigned long b = offsetof(int, x);
// CHECK: offsetof-errors.c:[[@LINE-1]]:19: error: offsetof requires struct, union, or class type, 'int' invalid
unsigned long c = offsetof(struct later, x);
// CHECK: offsetof-errors.c:[[@LINE-1]]:19: error: offsetof of incomplete type 'struct later'
// CHECK-NOT: {{error|warning}}:
// CHECK: 3 errors generated.
