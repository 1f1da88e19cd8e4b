// difftest --features floats seed 1024: "(long long)(unsigned int)n" of an int variable n was sign-extended (movslq), its sign taken from n rather than from the unsigned int it had become; "(long)(int)u" the other way round (fixed: the widening reads the type it converts).
#include <stdio.h>

int main(void) {
  int n = -33;
  unsigned u = 4000000000u;
  long long a[1] = {(unsigned int)n};
  long b = (int)u;
  unsigned long c = (unsigned)n;
  long long d = (long long)(unsigned int)n + 1;
  printf("%lld %ld %lu %lld\n", a[0], b, c, d);
  return 0;
}
