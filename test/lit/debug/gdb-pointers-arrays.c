// -g describes C's types to gdb: a pointer parameter (print *p, p[2],
// ptype p), a local array (print, ptype, an element), a global array, an
// unsigned long, a pointer to pointer and a two-dimensional array; the
// DWARF passes llvm-dwarfdump's checks.
// REQUIRES: gdb
// RUN: %minicc -g %s -o %t
// RUN: %gdb -ex 'break sum' -ex run -ex 'print *p' -ex 'print p[2]' -ex 'ptype p' -ex up \
// RUN:      -ex 'print local' -ex 'ptype local' -ex 'print local[2]' -ex 'print big' \
// RUN:      -ex 'ptype big' -ex 'print table' -ex 'print grid[1]' -ex 'ptype grid' \
// RUN:      -ex 'print **names' -ex 'ptype names' -ex 'ptype c' %t 2>&1 | FileCheck %s
// RUN: %minicc -g -c %s -o %t.o && llvm-dwarfdump-14 --verify %t.o | FileCheck --check-prefix=VERIFY %s
// CHECK: Breakpoint 1, sum (p={{0x[0-9a-f]+}} <table>, n=4) at {{.*}}gdb-pointers-arrays.c:[[@LINE+21]]
// CHECK: $1 = 10
// CHECK: $2 = 30
// CHECK: type = int *
// CHECK: $3 = {7, 8, 9}
// CHECK: type = int [3]
// CHECK: $4 = 9
// CHECK: $5 = 5000000000
// CHECK: type = unsigned long
// CHECK: $6 = {10, 20, 30, 40}
// CHECK: $7 = {3, 4}
// CHECK: type = short [2][2]
// CHECK: $8 = 120 'x'
// CHECK: type = const char **
// CHECK: type = unsigned char
// VERIFY: No errors.
int printf(const char *, ...);
int table[4] = {10, 20, 30, 40};
short grid[2][2] = {{1, 2}, {3, 4}};

int sum(int *p, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) total += p[i];
  return total;
}

int main(void) {
  int local[3] = {7, 8, 9};
  unsigned long big = 5000000000ul;
  const char *words[] = {"x", "y"};
  const char **names = words;
  unsigned char c = 200;
  printf("%d %lu %s %d\n", sum(table, 4), big, *names, c);
  return local[0] - 7;
}
