// minicc compiles a function at a time and releases its tree once its code
// is printed; what outlives the body must not go with it. Static locals
// (their data is written at the end of the file, initialisers and strings
// included), an implicitly declared library function, block-scope
// declarations with linkage — each made inside one body and used after
// later bodies have reused the memory.
// RUN: %minicc %s -o %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out
// RUN: FileCheck %s < %t.out
// The same at -O and with -g, whose debug information names the statics.
// RUN: %minicc -O -g %s -o %t-O.s
// RUN: %cc %t-O.s -o %t-O.exe
// RUN: %t-O.exe | FileCheck %s
// RUN: FileCheck --check-prefix=DATA %s < %t.s
#include <stdio.h>

struct pair { int a; const char *name; };

const char *greeting(void) {
  static const char *words[] = {"hello", "from", "a", "static", "local"};
  static char buffer[32] = "kept";
  static struct pair p = {7, "seven"};
  static int calls;
  calls++;
  return calls == 1 ? words[0] : calls == 2 ? buffer : p.name;
}

int *counter(void) {
  static int count = 100;
  static int *self = &count;  // the address of another static local
  return self;
}

void declare_inside(void) {
  int shared_total(int amount);  // a block-scope declaration with linkage
  extern int total;
  total = shared_total(2);
}

int total;

// Later bodies, large enough to reuse the released memory.
int busy(int x) {
  int a = x * 3 + 1, b = a / 7, c = a % 5, d = (a + b) * (c - 2);
  for (int i = 0; i < 10; i++) d += i * (a - b) + (c ^ i);
  return d + (a > b ? a : b) + (c < d ? c : d);
}

int shared_total(int amount) { return amount + busy(amount) - busy(amount); }

int main(void) {
  printf("%s %s %s\n", greeting(), greeting(), greeting());
  *counter() += 1;
  printf("count %d\n", *counter());
  declare_inside();
  printf("total %d busy %d\n", total, busy(5));
  return 0;
}

// CHECK: hello kept seven
// CHECK-NEXT: count 101
// CHECK-NEXT: total 2 busy 674

// DATA: greeting.words:
// DATA: greeting.buffer:
// DATA: .asciz "kept"
// DATA: greeting.p:
// DATA: counter.self:
// DATA-NEXT: .quad counter.count
// DATA: .L.str.3:
// DATA-NEXT: .asciz "hello"
// DATA: .L.str.8:
// DATA-NEXT: .asciz "seven"
