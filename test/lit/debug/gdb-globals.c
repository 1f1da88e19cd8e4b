// -g: gdb finds globals, static globals and static locals at their symbols
// (DW_OP_addr) and a 7th argument that the caller pushed (16(%rbp)).
// REQUIRES: gdb
// RUN: %minicc -g %s -o %t
// RUN: %gdb -ex 'break seven' -ex run -ex 'print g' -ex 'print greeting' \
// RUN:      -ex 'print hidden' -ex 'break count' -ex continue -ex finish -ex 'print count::calls' \
// RUN:      -ex 'ptype count' %t 2>&1 | FileCheck %s
// CHECK: Breakpoint 1, seven (a=1, b=2, c=3, d=4, e=5, f=6, g=7) at {{.*}}gdb-globals.c:[[@LINE+17]]
// CHECK: $1 = 7
// CHECK: $2 = 0x{{[0-9a-f]+}} "hi"
// CHECK: $3 = 3
// CHECK: Breakpoint 2, count () at {{.*}}gdb-globals.c:[[@LINE+9]]
// CHECK: Value returned is $4 = 1
// CHECK: $5 = 1
// CHECK: type = int (void)
char *greeting = "hi";
static int hidden = 3;

int count(void) {
  static int calls;
  return ++calls;
}

static int seven(int a, int b, int c, int d, int e, int f, int g) {
  return a + b + c + d + e + f + g;
}

int main(void) {
  seven(1, 2, 3, 4, 5, 6, 7);
  return count() + hidden - 4;
}
