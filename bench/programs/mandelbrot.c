// The Mandelbrot set in 12-bit fixed point: multiplies and divisions by constants.
#include <stdio.h>

// 1.0 is 4096. Before a point escapes |zr|, |zi| <= 2, so after one more step
// they are at most 6 (24576) and every product stays below 2^31.
int escape_time(int cr, int ci, int max_iterations) {
  int zr = 0;
  int zi = 0;
  int i;
  for (i = 0; i < max_iterations; i++) {
    int zr2 = zr * zr / 4096;
    int zi2 = zi * zi / 4096;
    if (zr2 + zi2 > 4 * 4096)
      break;
    zi = zr * zi / 2048 + ci;
    zr = zr2 - zi2 + cr;
  }
  return i;
}

int main(void) {
  int width = 1200;
  int height = 900;
  int total = 0;
  int inside = 0;
  int y;
  for (y = 0; y < height; y++) {
    int ci = -4915 + y * 9830 / height;  // -1.2 .. 1.2
    int x;
    for (x = 0; x < width; x++) {
      int cr = -8192 + x * 10240 / width;  // -2.0 .. 0.5
      int n = escape_time(cr, ci, 300);
      total = (total + n * (x % 7 + 1)) % 1000000007;
      if (n == 300)
        inside++;
    }
  }
  printf("mandelbrot %dx%d: %d points inside, checksum %d\n", width, height, inside, total);
  return 0;
}
