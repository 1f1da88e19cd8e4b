/* primes.c: the primes below LIMIT, by trial division. */
#include <stdio.h>

#define LIMIT 60

static int is_prime(int n) {
  if (n < 2) return 0;
  for (int d = 2; d * d <= n; d++)
    if (n % d == 0) return 0;
  return 1;
}

int main(void) {
  int count = 0;
  for (int n = 2; n < LIMIT; ++n) {
    if (!is_prime(n)) continue;
    printf("%d ", n);
    count++;
  }
  printf("\n%d primes below %d\n", count, LIMIT);
  return 0;
}
