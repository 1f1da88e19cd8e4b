// Calls with ten arguments: the last four travel on the stack at every call.
#include <stdio.h>

int mix(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
  // Each argument is below 2^16, so the sum stays far below 2^31.
  return (a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j) & 0xffff;
}

// Eight arguments down a recursion: stack arguments passed on, not just received.
int fold(int depth, int a, int b, int c, int d, int e, int f, int g) {
  if (depth == 0)
    return (a ^ b ^ c ^ d ^ e ^ f ^ g) & 0xffff;
  return fold(depth - 1, b, c, d, e, f, g, (a + g) & 0xffff);
}

int main(void) {
  int v = 1;
  int i;
  for (i = 0; i < 50000000; i++)
    v = mix(v, i & 0xffff, v ^ 7, 3, v >> 1, i & 255, 11, v & 31, 13, i & 4095);
  for (i = 0; i < 1000000; i++)
    v = (v + fold(50, v, i & 0xffff, 1, 2, 3, 4, 5)) & 0xffff;
  printf("stack arguments checksum = %d\n", v);
  return 0;
}
