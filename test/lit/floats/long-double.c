// REQUIRES: minicc-floats
// long double: a compiler that has it builds this program and prints what
// cc's build prints; one that does not (minicc may not) says so once, at the
// first use, in an error naming 'long double' and "not supported", and the
// later uses add nothing.  Either way the test checks what happened.
// RUN: if %cut -c %s -o %t.o 2> %t.err; then \
// RUN:   %cc %t.o -o %t.exe && %t.exe > %t.out && \
// RUN:   %cc -w %s -o %t.ref.exe && %t.ref.exe > %t.ref.out && diff %t.ref.out %t.out && \
// RUN:   FileCheck %s --check-prefix=RUNS < %t.out; \
// RUN: else FileCheck %s --check-prefix=REJECTED < %t.err; fi
#include <stdio.h>

long double third = 1.0L / 3;
// REJECTED: long-double.c:[[@LINE-1]]:{{[0-9]+}}: error: {{.*}}'long double'{{.*}} not supported
long double twice(long double x) { return 2 * x; }

int main(void) {
  long double x = twice(third);
  printf("%d %.17g\n", x > 0.6L && x < 0.7L, (double)x);
  // RUNS: 1 0.66666666666666663
  return 0;
}
// REJECTED-NOT: error:
// REJECTED: 1 error generated.
