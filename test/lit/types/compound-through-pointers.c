// Compound assignments through pointers on narrow and unsigned types (the
// operation in int, the result stored back narrowed), 64-bit shifts and
// division, signed char wrap-around, pointers walking down an array, and
// ?: mixing long and int; against the system cc's build.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
// CHECK: 4 246 248 126
// CHECK: exit=0
int printf(const char *, ...);
unsigned char uc_arr[4] = {250, 251, 252, 253};
short sh_arr[3] = {-1, 30000, -30000};
long total(long *p, int n) { long t = 0; while (n--) t += *p++; return t; }
int main(void) {
  unsigned char *u = uc_arr;
  *u += 10;
  u[1] *= 2;
  u[2] <<= 1;
  u[3] >>= 1;
  printf("%d %d %d %d\n", uc_arr[0], uc_arr[1], uc_arr[2], uc_arr[3]);
  short *s = sh_arr;
  s[1] += 5000;
  *s /= 2;
  s[2] %= 7;
  printf("%d %d %d\n", sh_arr[0], sh_arr[1], sh_arr[2]);
  long ls[4] = {-7, 8, 9, 1L << 40};
  printf("%ld %ld %ld\n", total(ls, 4), ls[0] / 2, ls[0] % 3);
  unsigned long ul = 1;
  int sh = 63;
  printf("%lu %lu\n", ul << sh, (ul << sh) >> 62);
  signed char sc = -128;
  sc--;
  printf("%d\n", sc);
  int x = 10;
  int *px = &x;
  *px += *px * 2;
  (*px)--;
  printf("%d\n", x);
  unsigned char small = 200;
  int cmp = small > -1;
  printf("%d %d\n", cmp, (unsigned)small > 100u);
  long l = x > 5 ? 3000000000L : -1;
  printf("%ld\n", l);
  int arr[5] = {1, 2, 3, 4, 5};
  int *end = arr + 5;
  int count = 0;
  for (int *p = end; p-- != arr;) count += *p;
  printf("%d\n", count);
  unsigned int ui = 0;
  ui--;
  printf("%u %d\n", ui, (int)(ui >> 31));
  long long big = 1;
  for (int i = 0; i < 62; i++) big *= 2;
  printf("%lld\n", big + (big - 1));
  char str[10] = "hello";
  char *q = str;
  while (*q) *q++ -= 32;
  printf("%s\n", str);
  int neg = -17;
  printf("%d %d %u\n", neg >> 2, neg / 4, (unsigned)neg >> 28);
  return 0;
}
