#define PLUS +
#define HASH #
#define EMPTY
#define ID(x) x
int a = 1 PLUS+2;
int b = -ID(-)3;
HASH define X 1
ID(#) define Y 2
   EMPTY int c;
#if 0
skipped
#endif
void f(void) {
	return ID(
	  0);
}
// -E output: one output line per source line, indentation kept, no token
// merged with its neighbour, and a '#' made by a macro is no directive.
// (The code comes first, so that its lines are the first lines of the file.)
// RUN: %minicc -E %s | FileCheck %s --strict-whitespace --match-full-lines
// The first code line is line 5, as in the source:
// RUN: %minicc -E %s | sed -n 5p | FileCheck %s --check-prefix=LINE5
// LINE5: int a = 1 + +2;
// CHECK:int a = 1 + +2;
// CHECK-NEXT:int b = - -3;
// CHECK-NEXT:# define X 1
// CHECK-NEXT:# define Y 2
// CHECK-NEXT:   int c;
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:void f(void) {
// CHECK-NEXT:{{^}}	return 0;
// CHECK-EMPTY:
// CHECK-NEXT:}
