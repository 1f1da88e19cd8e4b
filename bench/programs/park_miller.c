// The Park-Miller "minimal standard" generator, x = 16807 x mod (2^31 - 1),
// computed with Schrage's method so that no product passes 2^31; its random
// points estimate pi.
#include <stdio.h>

int next_random(int x) {
  // 2^31 - 1 = 16807 * 127773 + 2836.
  int hi = x / 127773;
  int lo = x % 127773;
  x = 16807 * lo - 2836 * hi;
  if (x <= 0)
    x += 2147483647;
  return x;
}

int main(void) {
  int x = 1;
  int i;
  int inside = 0;
  int samples = 24000000;
  // Park and Miller's check: from 1, the 10,000th value is 1043618065.
  for (i = 0; i < 10000; i++)
    x = next_random(x);
  printf("x[10000] = %d\n", x);
  for (i = 0; i < samples; i++) {
    int px, py;
    x = next_random(x);
    px = x % 10000;
    x = next_random(x);
    py = x % 10000;
    if (px * px + py * py < 100000000)
      inside++;
  }
  printf("%d of %d points inside the quarter circle: pi ~ %d/10000\n", inside, samples,
         inside / (samples / 40000));
  return 0;
}
