// Takeuchi's function: three-argument recursion, compares and subtractions only.
#include <stdio.h>

int tak(int x, int y, int z) {
  if (y < x)
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
  return z;
}

int main(void) {
  // The results are small; the number of calls grows steeply with x - z.
  printf("tak(30, 20, 10) + tak(28, 20, 10) = %d\n", tak(30, 20, 10) + tak(28, 20, 10));
  return 0;
}
