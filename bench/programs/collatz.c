// Collatz chains: a tight loop of % 2, / 2 and 3n + 1, with data-dependent branches.
#include <limits.h>
#include <stdio.h>

// Steps from n down to 1. Below 113383 no chain passes INT_MAX, but the
// guard keeps the program free of overflow whatever the limit.
int chain_length(int n) {
  int steps = 0;
  while (n != 1) {
    if (n % 2 == 0) {
      n = n / 2;
    } else {
      if (n > (INT_MAX - 1) / 3) {
        printf("overflow\n");
        return -1;
      }
      n = 3 * n + 1;
    }
    steps++;
  }
  return steps;
}

int main(void) {
  int longest = 0;
  int longest_start = 1;
  int total = 0;
  int pass;
  // Ten passes over slightly different ranges: the same work, never the same answer.
  for (pass = 0; pass < 10; pass++) {
    int limit = 100000 + pass * 1000;
    int n;
    for (n = 1 + pass; n < limit; n++) {
      int steps = chain_length(n);
      total = (total + steps) % 1000000007;
      if (steps > longest) {
        longest = steps;
        longest_start = n;
      }
    }
  }
  printf("longest chain starts at %d (%d steps); total %d\n", longest_start, longest, total);
  return 0;
}
