// Function-like macros: arguments, nesting, rescanning, and C11 6.10.3.5
// example 3 (the standard's own expected output).
// RUN: %minicc -E %s | FileCheck %s

#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
// CHECK: f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
// CHECK: f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
// CHECK: int i[] = { 1, 23, 4, 5, };
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
// CHECK: char c[2][6] = { "hello", "" };
char c[2][6] = { str(hello), str() };

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define ADD(a, b) ((a) + (b))
// Nested invocations and parentheses/commas inside arguments.
// CHECK: int n = ((((1) + (2))) > ((3,4)) ? (((1) + (2))) : ((3,4)));
int n = MAX(ADD(1, 2), (3,4));
// A function-like macro name without '(' is left alone.
// CHECK: int MAX = 1;
int MAX = 1;
// The '(' may come on a later line, or from the rest of the text after an expansion.
#define CALL_ADD ADD
// CHECK: int o = ((5) + (6));
int o = CALL_ADD
  (5, 6);
// An argument is fully expanded before substitution, except next to # and ##.
#define ID(v) v
#define TWICE(v) ID(v) ID(v)
// CHECK: int p2 = 2 2;
int p2 = TWICE(x);
// A macro name that came out of its own expansion stays unexpanded for
// good ("painted blue"), even when a '(' follows later.
#define foo(v) bar v
// CHECK: int bar foo (2);
int foo(foo) (2);
// Hide sets are per token: G_1 is expanded once it meets its '(' after NIL.
#define NIL(v) v
#define G_0(arg) NIL(G_1)(arg)
#define G_1(arg) NIL(arg)
// CHECK: int g0 = 42;
int g0 = G_0(42);
