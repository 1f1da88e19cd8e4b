// Global ints: initialised with constant expressions (folded at compile
// time), tentative definitions (zero), a tentative definition completed
// later, extern declarations before the definition, static globals and
// functions, and globals written from several functions.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int answer = 6 * 7;
int mask = (1 << 4) - 1 | 0x100;
int folded = -(10 / 3) + 17 % 5 * 2 + (3 > 2) + (1 ? 20 : 30) + ~0;
int zero;
int later;
int later = 9;
extern int defined_below;
static int hidden = 5;
static int counter;

static int bump(int by) {
  counter += by;
  return counter;
}

void set_zero(int v) { zero = v; }

int main(void) {
  printf("answer=%d mask=%d folded=%d\n", answer, mask, folded);
  printf("zero=%d later=%d below=%d hidden=%d\n", zero, later, defined_below, hidden);
  set_zero(3);
  bump(2);
  bump(hidden);
  printf("zero=%d counter=%d\n", zero, counter);
  extern int defined_below;
  defined_below = defined_below * 2;
  printf("below=%d\n", defined_below);
  return counter;
}

int defined_below = 21;

// gcc's build prints:
// CHECK: answer=42 mask=271 folded=21
// CHECK-NEXT: zero=0 later=9 below=21 hidden=5
// CHECK-NEXT: zero=3 counter=7
// CHECK-NEXT: below=42
// CHECK-NEXT: exit=7
