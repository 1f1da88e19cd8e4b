/* newton-sqrt.c: square roots by Newton's method, against sqrt from <math.h>.
 *
 * To find r with r * r == a, Newton's method improves a guess x by
 * following the tangent of f(x) = x*x - a down to zero:
 *
 *     x' = x - f(x) / f'(x) = x - (x*x - a) / (2x) = (x + a/x) / 2
 *
 * Each step about doubles the number of correct digits, so a few steps
 * from a rough start reach the nearest double.  Build with -lm (for sqrt).
 */
#include <math.h>
#include <stdio.h>

/* Newton's iteration for a >= 0; *steps gets the number of steps taken. */
static double newton_sqrt(double a, int *steps) {
  *steps = 0;
  if (a == 0.0 || a != a || a == INFINITY)
    return a; /* 0, NaN and infinity are their own roots */
  /* Scale a by powers of 4 into [1, 4), so that sqrt(a) = scale * sqrt(m):
   * multiplying by a power of two is exact, and from m the iteration needs
   * only a few steps, however large or small a is. */
  double m = a, scale = 1.0;
  while (m >= 4.0) {
    m *= 0.25;
    scale *= 2.0;
  }
  while (m < 1.0) {
    m *= 4.0;
    scale *= 0.5;
  }
  /* Start above the root (m >= sqrt(m) for m >= 1): from there each step
   * goes down, in exact arithmetic; once rounding stops it going down, x is
   * as close as the iteration gets. */
  double x = m;
  for (;;) {
    double next = 0.5 * (x + m / x);
    ++*steps;
    if (next >= x)
      return x * scale;
    x = next;
  }
}

int main(void) {
  double values[] = {2.0, 0.25, 10.0, 1e-10, 12345.678, 1e300, 3.0, 0.1};
  int n = sizeof values / sizeof values[0];
  int agree = 0;
  for (int i = 0; i < n; i++) {
    int steps;
    double mine = newton_sqrt(values[i], &steps);
    double libm = sqrt(values[i]);
    /* %.17g prints enough digits to tell any two doubles apart; the
     * iteration may end one unit in the last place off the exact root. */
    printf("sqrt(%.17g) = %.17g after %d steps; libm: %.17g, relative difference %.3g\n",
           values[i], mine, steps, libm, (mine - libm) / libm);
    if (mine == libm)
      agree++;
  }
  printf("%d of %d agree to the last bit\n", agree, n);
  return 0;
}
