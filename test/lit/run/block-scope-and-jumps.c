// Block-scope declarations and jumps: a function prototype and an extern
// declaration inside main (both defined after main), a for-loop variable
// shadowed by a declaration in the body, goto into a nested block, a switch
// nested in a switch, continue from a switch inside a while, a deep
// recursion (Ackermann), character escapes, and ?: with a postfix ++ as
// its condition.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>
int later_fn(int x);
int sq(int);
int ack(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
int main(void) {
  int twice(int x);
  extern int gl;
  for (int i = 0; i < 2; i++) { int i = 5; printf("inner i=%d\n", i); }
  printf("ack=%d\n", ack(2, 3));
  printf("twice=%d gl=%d\n", twice(21), gl);
  int n = 0;
  goto inside;
  {
    int skipped = 7;
    n = skipped;
  inside:
    n = 1;
  }
  printf("n=%d\n", n);
  switch (2) {
  case 2:
    switch (3) { case 3: printf("inner 3\n"); break; default: printf("no\n"); }
    printf("after inner\n");
    break;
  }
  int k = 0;
  while (1) { switch (k) { case 0: k = 5; continue; case 5: break; } break; }
  printf("k=%d\n", k);
  printf("%d %d %d\n", '\x41', '\101', '\t');
  printf("%d\n", 0x7fffffff + 0);
  int big = 0xFFFFFFFF;
  printf("big=%d\n", big);
  printf("%d\n", -1 < 0);
  int m = 10;
  m = m++ ? 1 : 2;
  printf("m=%d\n", m);
  int z = 3;
  z = -z * -z;
  printf("z=%d\n", z);
  printf("%d\n", ~-1 == 0);
  printf("%d\n", (1, 2, 3) + (4, 5));
  return 0;
}
int twice(int x) { return 2 * x; }
int gl = 99;

// gcc's build prints:
// CHECK: inner i=5
// CHECK-NEXT: inner i=5
// CHECK-NEXT: ack=9
// CHECK-NEXT: twice=42 gl=99
// CHECK-NEXT: n=1
// CHECK-NEXT: inner 3
// CHECK-NEXT: after inner
// CHECK-NEXT: k=5
// CHECK-NEXT: 65 65 9
// CHECK-NEXT: 2147483647
// CHECK-NEXT: big=-1
// CHECK-NEXT: 1
// CHECK-NEXT: m=1
// CHECK-NEXT: z=9
// CHECK-NEXT: 1
// CHECK-NEXT: 8
// CHECK-NEXT: exit=0
