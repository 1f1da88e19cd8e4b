// Block-scope extern declarations (C17 6.2.2p4, 6.7p3): one may be repeated
// in the same block, may hide a local of the same name, and refers to the
// file-scope variable, static or not, even one defined further down.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
// The system cc's build of the same source must agree:
// RUN: %cc %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
int printf(const char *format, ...);

int foo = 3;
static int hidden = 5;

int repeated(void) {
  int foo = 4;
  {
    extern int foo;
    extern int foo;
    return foo;
  }
}

int internal(void) {
  extern int hidden;
  extern int hidden;
  return hidden;
}

int later(void) {
  extern int defined_below;
  extern int defined_below;
  defined_below++;
  return defined_below;
}

int twice(void) {
  extern int twice_declared(void);
  int twice_declared(void);
  return twice_declared();
}

int defined_below = 10;
int twice_declared(void) { return 7; }

int main(void) {
  printf("%d %d %d %d\n", repeated(), internal(), later(), twice());
  return repeated();
}
// CHECK: 3 5 11 7
// CHECK-NEXT: exit=3
