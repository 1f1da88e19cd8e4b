#pragma once
#include <stdio.h>
#include <stdlib.h>
#define SQUARE(x) ((x) * (x))
#define CAT(a, b) a##b
#define STR(x) #x
#define LOG(fmt, ...) printf(fmt "\n", __VA_ARGS__)
#define VALUE 42
#if defined(VALUE) && VALUE > 40
int big = 1;
#elif VALUE
int big = 2;
#else
int big = 3;
#endif
#ifndef MISSING
#undef VALUE
#define VALUE 7
#endif
#line 100 "renamed.c"
int CAT(fun, 1)(int a) { return SQUARE(a + 1) + VALUE; }
int main(void) {
  LOG("%s %d %s:%d", STR(hello world), fun1(3), __FILE__, __LINE__);
  return big == 1 ? EXIT_SUCCESS : EXIT_FAILURE;
}
