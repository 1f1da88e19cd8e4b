// '##': pasting into identifiers and numbers, placemarkers for empty
// arguments (C11 6.10.3.5 example 5), and the result rescanned.
// RUN: %minicc -E %s | FileCheck %s

#define t(x,y,z) x ## y ## z
// CHECK: int j[] = { 123, 45, 67, 89,
// CHECK-NEXT: 10, 11, 12, };
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };

#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define PREFIX my_
#define counter_value 7
// CHECK: int my_counter = 7;
int XCAT(PREFIX, counter) = CAT(counter_, value);
// A pasted name is rescanned, and a pasted keyword is a keyword.
// CHECK: int x; int y;
CAT(in, t) x; CAT(i, nt) y;
// Operands of ## are not expanded first.
// CHECK: PREFIXcounter
CAT(PREFIX, counter)
// Pasting makes punctuators too.
// CHECK: a += b; c <<= d;
a CAT(+, =) b; c CAT(<<, =) d;
// ## in an object-like macro.
#define JOINED abc ## def
// CHECK: abcdef
JOINED
