// minicc's own standard headers declare what a program needs: it compiles
// without any system header, links against the C library and runs.
// RUN: %minicc %s -o %t.s
// RUN: %cc -o %t %t.s
// RUN: %t | FileCheck %s
// The -E output is itself a program minicc compiles to the same result:
// RUN: %minicc -E %s > %t.pre.c
// RUN: %minicc %t.pre.c -o %t.pre.s
// RUN: %cc -o %t.pre %t.pre.s
// RUN: %t.pre | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

int main(void) {
  // CHECK: abs 5 atoi 123 strlen 5 strcmp 1
  printf("abs %d atoi %d strlen %d strcmp %d\n", abs(-5), atoi("123"), strlen("hello"),
         strcmp("b", "a") > 0);
  // CHECK-NEXT: digit 1 alpha 0 upper A lower z
  printf("digit %d alpha %d upper %c lower %c\n", isdigit('7') != 0, isalpha('7') != 0,
         toupper('a'), tolower('Z'));
  // CHECK-NEXT: INT_MAX 2147483647 INT_MIN -2147483648 CHAR_BIT 8 RAND_MAX 2147483647
  printf("INT_MAX %d INT_MIN %d CHAR_BIT %d RAND_MAX %d\n", INT_MAX, INT_MIN, CHAR_BIT, RAND_MAX);
  // CHECK-NEXT: EOF -1 NULL 0 true 1 false 0 success 0 failure 1
  printf("EOF %d NULL %d true %d false %d success %d failure %d\n", EOF, NULL, true, false,
         EXIT_SUCCESS, EXIT_FAILURE);
  char *buffer = malloc(32);
  strcpy(buffer, "mini");
  strcat(buffer, "cc");
  // CHECK-NEXT: {{^}}minicc{{$}}
  // CHECK-NEXT: {{^}}6{{$}}
  puts(buffer);
  printf("%d\n", strlen(buffer));
  free(buffer);
  bool done = true;
  srand(1);
  int r = rand();
  // CHECK-NEXT: rand ok
  if (done && r >= 0 && r <= RAND_MAX) puts("rand ok");
  putchar('!');
  putchar('\n');
  // CHECK-NEXT: !
  exit(EXIT_SUCCESS);
}
