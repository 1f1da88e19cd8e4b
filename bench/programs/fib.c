// Doubly recursive Fibonacci: call overhead, with almost no work per call.
#include <stdio.h>

int fib(int n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  // fib(38) = 39088169 fits easily in an int; about 126 million calls.
  printf("fib(38) = %d\n", fib(38));
  return 0;
}
