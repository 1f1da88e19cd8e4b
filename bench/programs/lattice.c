// Lattice points in a disc and sums of two squares: only + - * and compares.
#include <stdio.h>

int main(void) {
  int r = 7000;
  int inside = 0;
  int on_circle = 0;
  int x, y;
  for (x = -r; x <= r; x++) {
    for (y = -r; y <= r; y++) {
      int d = x * x + y * y;
      if (d <= r * r)
        inside++;
      if (d == r * r)
        on_circle++;
    }
  }
  printf("radius %d: %d lattice points inside, %d on the circle\n", r, inside, on_circle);
  return 0;
}
