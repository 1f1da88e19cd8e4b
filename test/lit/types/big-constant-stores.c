// 64-bit constants that no 32-bit immediate holds, stored through computed
// addresses (a[i], p[i - 1]): the constant must not go through a register
// the address uses.
// RUN: %minicc %s -o %t.s && %cc %t.s -o %t.exe && %t.exe | FileCheck %s
// CHECK: 5000000000 -4294967296 1099511627776
int printf(const char *, ...);
long table[4];
int main(void) {
  long local[4];
  int i = 2;
  local[i] = 5000000000L;
  table[i + 1] = -4294967296L;
  long *p = local;
  p[i - 1] = 1L << 40;
  printf("%ld %ld %ld\n", local[2], table[3], local[1]);
  return 0;
}
