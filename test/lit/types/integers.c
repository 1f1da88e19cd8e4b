// Every integer type, its promotions and the usual arithmetic conversions
// (C17 6.3.1), unsigned wrap-around, signed and unsigned division, shifts
// and comparisons, and conversions in both directions, against the system
// cc's build of the same program.
// RUN: %minicc -w %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out

int printf(const char *, ...);

unsigned char uc = 200;
signed char sc = -100;
short sh = -30000;
unsigned short us = 60000;
unsigned int ui = 4000000000u;
long lg = -5000000000;
unsigned long ul = 18446744073709551615ul;
long long ll = 9000000000000000000ll;
unsigned long long ull = 0x8000000000000000ull;

long mul(long a, long b) { return a * b; }
unsigned udiv(unsigned a, unsigned b) { return a / b; }
int sdiv(int a, int b) { return a / b; }
unsigned long urem(unsigned long a, unsigned long b) { return a % b; }
long shift_right(long x, int n) { return x >> n; }
unsigned long shift_right_unsigned(unsigned long x, int n) { return x >> n; }
char narrow(int x) { return x; }
unsigned char unarrow(int x) { return x; }
short snarrow(long x) { return (short)x; }

int main(void) {
  printf("%d %d %d %d\n", uc + 100, sc - 100, sh * 2, us + 1);  // promoted to int
  printf("%u %u\n", ui + ui, ui * 3u);                           // wraps modulo 2^32
  printf("%ld %lu\n", lg * 3, ul + 2);                           // 64-bit, and wrap
  printf("%lld %llu\n", ll / 7, ull >> 3);
  printf("%d %d\n", -1 < 1u, -1L < 1u);                          // -1 converts to unsigned int; not to long
  printf("%d %d\n", (unsigned char)300, (signed char)200);
  printf("%ld %ld\n", mul(3000000000, 3), mul(-2, 5000000000));
  printf("%u %d %lu\n", udiv(4000000000u, 3), sdiv(-7, 2), urem(ul, 10));
  printf("%ld %lu\n", shift_right(-1024, 3), shift_right_unsigned(ul, 60));
  printf("%d %d %d\n", narrow(385), unarrow(-3), snarrow(100000));
  int i = -5;
  unsigned int u = i;           // 2^32 - 5
  long fromUnsigned = u;        // zero-extended
  long fromSigned = i;          // sign-extended
  printf("%u %ld %ld\n", u, fromUnsigned, fromSigned);
  unsigned char c = 250;
  c += 10;                      // 260 wraps to 4
  short s = 32767;
  s++;                          // -32768, as gcc converts it
  printf("%d %d\n", c, s);
  long acc = 1;
  for (int k = 0; k < 40; k++) acc *= 2;
  printf("%ld %d\n", acc, acc > 1000000000000L);
  unsigned x = 7;
  x -= 10;
  printf("%u %d\n", x, x > 5);
  printf("%d %d %d\n", sizeof(long) == 8, sizeof(short) + 0 == 2, (int)sizeof(uc + uc));
  return 0;
}
// CHECK: 300 -200 -60000 60001
// CHECK: exit=0
