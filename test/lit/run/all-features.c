// One program using the whole int language together (issue 3's "done
// when"): globals of every kind, static functions and locals, loops with
// break/continue, switch with fall-through, goto, short-circuit logic,
// bitwise ops, ?:, comma, compound assignment, ++/--, void functions, many
// arguments, and a main without return.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

int steps_total;
int limit = 10 * 3 - 3;
static int calls;
extern int checksum;

static int collatz(int n) {
  int steps = 0;
  calls++;
  while (n != 1) {
    n = n % 2 ? 3 * n + 1 : n >> 1;
    ++steps;
  }
  steps_total += steps;
  return steps;
}

int popcount(int x) {
  int c = 0;
  for (; x; x &= x - 1)
    c++;
  return c;
}

int kind(int n) {
  int score = 0;
  switch (n % 4) {
  case 0:
    score += 100;
  case 1:
    score += 10;
    break;
  case -1:
  case -3:
    score = -1;
    break;
  default:
    score |= 1;
  }
  return score;
}

void record(int v) {
  static int seen;
  if (v < 0)
    return;
  seen = seen * 31 + v;
  checksum ^= seen;
}

int mix(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
  return (a - b) * c + (d << 2) - (e & f) + (g | h) - (i ^ 5);
}

int main() {
  int i, best = 0, best_n = 0;
  for (i = 1; i <= limit; i++) {
    if (i % 5 == 0)
      continue;
    int s = collatz(i);
    if (s > best && (best = s, best_n = i))
      ;
    if (i > 20 || s > 100)
      break;
  }
  printf("best %d at %d, total %d, calls %d\n", best, best_n, steps_total, calls);

  for (int n = -3; n < 6; n++) {
    printf("%d:%d:%d ", n, kind(n), popcount(n & 0xff));
    record(n);
  }
  printf("\nchecksum %d\n", checksum);

  int a = 7, b = 3;
  a <<= b--;
  a -= ++b * 2;
  a /= -b;
  a %= 7;
  printf("a=%d b=%d ~a=%d neg>>=%d\n", a, b, ~a, -a * 1000 >> 3);

  int tries = 0;
retry:
  tries++;
  if (tries < 3 && !(tries == 5))
    goto retry;
  printf("tries %d mix %d\n", tries, mix(9, 8, 7, 6, 5, 4, 3, 2, 1));
}

int checksum = 0x1234;

// gcc's build prints:
// CHECK: best 20 at 18, total 168, calls 17
// CHECK-NEXT: -3:-1:7 -2:1:7 -1:-1:8 0:110:0 1:10:1 2:1:1 3:1:2 4:110:1 5:10:2
// CHECK-NEXT: checksum 1009239
// CHECK-NEXT: a=-2 b=3 ~a=1 neg>>=250
// CHECK-NEXT: tries 3 mix 26
// CHECK-NEXT: exit=0
