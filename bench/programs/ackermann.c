// Ackermann's function: very deep recursion (thousands of frames) and many calls.
#include <stdio.h>

int ackermann(int m, int n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

int main(void) {
  // A(3, n) = 2^(n+3) - 3; A(3, 11) recurses about 16,000 frames deep.
  int n;
  int sum = 0;
  for (n = 1; n <= 11; n++)
    sum += ackermann(3, n);
  printf("sum of ackermann(3, 1..11) = %d\n", sum);
  return 0;
}
