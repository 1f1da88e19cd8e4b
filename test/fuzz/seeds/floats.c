#include <math.h>
#include <float.h>
#include <stdarg.h>
#include <stdio.h>
struct v2 { double x, y; };
struct mix { float f; int i; double d; };
static double third = 1.0 / 3;
float gf = 0x1.8p1f;
double sum(int n, ...) {
  va_list ap;
  double s = 0;
  va_start(ap, n);
  while (n--) s += va_arg(ap, double);
  va_end(ap);
  return s;
}
struct v2 add(struct v2 a, struct v2 b) { struct v2 r = {a.x + b.x, a.y - b.y}; return r; }
int main(void) {
  double x = 1.5, n = NAN;
  float f = 2.5f;
  unsigned long big = 18446744073709551615ul;
  int i = x * 3;
  x += i; f *= 2; x++; --f;
  struct mix m = {f, i, -x};
  struct v2 a = {x, f}, b = add(a, a);
  if (x != x || n == n || !x || (x < 2.0 && f > 1)) i = 0;
  printf("%.17g %g %d %lu %f %f\n", sum(3, x, (double)f, 1e-3), b.x, i, (unsigned long)(double)(big >> 1),
         sqrt(m.d * m.d), third + DBL_EPSILON);
  return (int)(x - f) % 3;
}
