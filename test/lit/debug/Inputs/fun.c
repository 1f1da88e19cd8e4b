int printf(const char *, ...);

int fun1(int a, int b) {
  int c = a + b;
  return c;
}

int twice(int n) {
  int r = fun1(n, n);
  return r;
}

int main(int argc, char **argv) {
  int x = fun1(1, 2);
  for (int i = 0; i < 2; i++) {
    int x = i * 10;
    {
      int y = x + 1;
      printf("%d %d\n", x, y);
    }
  }
  return twice(x) - 6 + argc - 1;
}
