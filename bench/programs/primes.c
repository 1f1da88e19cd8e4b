// Primes by trial division: % by a changing divisor in a loop that ends early.
#include <stdio.h>

int is_prime(int n) {
  int d;
  if (n < 2)
    return 0;
  if (n % 2 == 0)
    return n == 2;
  for (d = 3; d <= n / d; d += 2)
    if (n % d == 0)
      return 0;
  return 1;
}

int main(void) {
  int limit = 2000000;
  int count = 0;
  int last = 0;
  int n;
  for (n = 0; n < limit; n++) {
    if (is_prime(n)) {
      count++;
      last = n;
    }
  }
  printf("%d primes below %d, the largest %d\n", count, limit, last);
  return 0;
}
