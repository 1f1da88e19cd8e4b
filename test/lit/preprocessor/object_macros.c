// Object-like macros: expansion, rescanning, #undef, identical redefinition.
// RUN: %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not=warning

#define ONE 1
#define TWO (ONE + ONE)
#define EMPTY
#define SELF SELF + 1
#define A B
#define B A
#define ONE 1
// CHECK: int a = (1 + 1);
int a = TWO;
// A macro never expands inside its own expansion, directly or indirectly.
// CHECK: int b = SELF + 1;
int b = SELF;
// CHECK: int c = A; int d = B;
int c = A; int d = B;
// CHECK: int e = ;
int e = EMPTY EMPTY;
#undef TWO
// CHECK: int f = TWO;
int f = TWO;
// Keywords are identifiers to the preprocessor.
#define int char
// CHECK: char g;
int g;
