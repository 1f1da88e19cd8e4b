// A program built from macros and conditional compilation, compiled and run.
// RUN: %minicc -DSCALE=3 -DVERBOSE %s -o %t.s
// RUN: %cc -o %t %t.s
// RUN: %t | FileCheck %s
// RUN: %minicc -DSCALE=2 %s -o %t2.s
// RUN: %cc -o %t2 %t2.s
// RUN: %t2 | FileCheck %s --check-prefix=QUIET

#include <stdio.h>

#ifndef SCALE
#error SCALE must be defined
#endif

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define FIELD(name) int name##_value = SCALE * __LINE__;
#define SHOW(expr) printf("%s = %d\n", #expr, (expr))
#ifdef VERBOSE
#define LOG(...) printf(__VA_ARGS__)
#else
#define LOG(...) 0
#endif

FIELD(first)

int main(void) {
  // CHECK: SQUARE(SCALE + 1) = 16
  // QUIET: SQUARE(SCALE + 1) = 9
  SHOW(SQUARE(SCALE + 1));
  // CHECK-NEXT: MAX(SCALE, 2) = 3
  SHOW(MAX(SCALE, 2));
  // CHECK-NEXT: first_value = 81
  SHOW(first_value);
  // CHECK-NEXT: scale is 3
  // QUIET-NOT: scale is
  LOG("scale is %s\n", XSTR(SCALE));
#if SCALE * 2 > 5 && defined(VERBOSE)
  puts("big and verbose");
#elif SCALE == 2
  puts("two");
#else
  puts("other");
#endif
  // CHECK-NEXT: big and verbose
  // QUIET: two
  // CHECK-NEXT: line [[@LINE+1]]
  printf("line %d\n", __LINE__);
  return 0;
}
