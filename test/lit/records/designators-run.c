// Designations of any length (C17 6.7.9p17-19): ".x.a[1] = 5, 6" sets
// x.a[1] and goes on with x.a[2]; "[1][2] = 5" in a 2-D array; a union
// member's element; a later designation overriding part of an earlier one;
// for globals and locals, against the system cc's build.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
#include <stdio.h>
struct in { int a[4]; char c; };
struct out { struct in x; struct in y[2]; int z; };
union u { int i; char b[4]; };
struct w { union u v; int k; };
struct out g = {.x.a[1] = 5, 6, .y[1].c = 'q', .y[0] = {{1}}, .z = 9, .x.c = 'g'};
struct w gw = {.v.b[2] = 3, 4};
int main(void) {
  struct out l = {.y[1].a[2] = 7, 8, .x = {.a = {1, 2}}, .x.a[3] = 4};
  int arr[2][3] = {[1][2] = 5, [0][1] = 3, 4};
  printf("%d %d %d %c %d %d %c\n", g.x.a[1], g.x.a[2], g.y[0].a[0], g.y[1].c, g.z, g.x.a[0], g.x.c);
  printf("%d %d %d %d %d %d\n", l.y[1].a[2], l.y[1].a[3], l.x.a[0], l.x.a[1], l.x.a[3], l.z);
  printf("%d %d %d %d\n", arr[1][2], arr[0][1], arr[0][2], arr[1][0]);
  printf("%d %d\n", gw.v.b[2], gw.v.b[3]);
  return 0;
}
