extern int printf(const char *format, ...);
static int counter;
int g = 3, h;
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int bump(void) { static int calls = 0; calls++; counter += calls; return calls; }
int mix(int a, int b, int c, int d, int e, int f, int g2, int h2) {
  return (a << 2) | (b >> 1) ^ ~c & d - -e + !f * (g2 % 7) / (h2 | 1);
}
int main(void) {
  char c = 300;
  long big = 2147483647;
  unsigned u = 4000000000u;
  int t = (bump(), bump(), g);
  t = t && h || !counter;
  t += mix(1, 2, 3, 4, 5, 6, 7, 8);
  printf("%d %d %d %d\n", fib(15), c, t, (int)(big + u));
  return 0;
}
