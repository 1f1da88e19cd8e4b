#include <stdio.h>
int sum_to(int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    if (i % 3 == 0) continue;
    total += i;
    if (total > 1000) break;
  }
  int j = n;
  while (j > 0) { total -= j; j -= 2; }
  do { total ^= 5; --j; } while (j > -3);
  return total;
}
int main(void) {
  printf("%d\n", sum_to(50));
  return sum_to(7) & 0x7f;
}
