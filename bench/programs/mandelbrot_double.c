// The Mandelbrot set in double precision: floating multiplies, adds and
// compares in a tight loop, and an int-to-double conversion per point.
#include <stdio.h>

int escape_time(double cr, double ci, int max_iterations) {
  double zr = 0.0;
  double zi = 0.0;
  int i;
  for (i = 0; i < max_iterations; i++) {
    double zr2 = zr * zr;
    double zi2 = zi * zi;
    if (zr2 + zi2 > 4.0)
      break;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return i;
}

int main(void) {
  const int width = 1000, height = 750, max_iterations = 300;
  long total = 0;
  for (int y = 0; y < height; y++) {
    double ci = -1.2 + 2.4 * y / height;
    for (int x = 0; x < width; x++) {
      double cr = -2.2 + 3.2 * x / width;
      total += escape_time(cr, ci, max_iterations);
    }
  }
  printf("%ld\n", total);
  return 0;
}
