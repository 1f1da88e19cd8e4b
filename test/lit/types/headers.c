// minicc's own headers with real prototypes: stdlib (calloc, realloc, qsort,
// strtol, labs), string (strcpy, strcat, strchr, memset), stdint, stddef,
// limits and ctype, against the system cc's build with the system headers.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
// CHECK: 1 5
// CHECK: abcdef 0 3
// CHECK: exit=0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>
#include <ctype.h>
int by_value(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void) {
  int *xs = calloc(5, sizeof(int));
  for (int i = 0; i < 5; i++) xs[i] = 5 - i;
  qsort(xs, 5, sizeof *xs, by_value);
  printf("%d %d\n", xs[0], xs[4]);
  char *copy = malloc(strlen("abc") + 1);
  strcpy(copy, "abc");
  copy = realloc(copy, 10);
  strcat(copy, "def");
  printf("%s %d %d\n", copy, strcmp(copy, "abcdef"), (int)(strchr(copy, 'd') - copy));
  memset(copy, 'x', 2);
  printf("%s\n", copy);
  free(copy);
  free(xs);
  int64_t big = INT64_MAX;
  uint8_t small = UINT8_MAX;
  printf("%ld %d %lu %d\n", big, small, (unsigned long)SIZE_MAX, INT_MIN);
  printf("%ld %lu %d %ld\n", LONG_MIN, ULONG_MAX, toupper('q'), labs(-7L));
  size_t n = 3;
  ptrdiff_t d = -2;
  printf("%lu %ld %d\n", n, d, NULL == 0);
  char buf[32];
  snprintf(buf, sizeof buf, "%d-%s", 42, "ok");
  puts(buf);
  printf("%ld\n", strtol("123", NULL, 10) + atoi("7"));
  return 0;
}
