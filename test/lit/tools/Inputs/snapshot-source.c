int printf(const char *, ...);
int puts(const char *);
int putchar(int);
static int counter;
int calls = 0;
int ack(int m, int n) { calls = calls + 1; if (m == 0) return n + 1; if (n == 0) return ack(m - 1, 1); return ack(m - 1, ack(m, n - 1)); }
int sum9(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return a + b + c + d + e + f + g + h + i; }
int fun1(int a, int b) { int c = 10; return a + b + c; }
int main(int argc, char *argv[]) {
  int x = 0x1f, y = 017, z = 'a';
  if (x > y) { if (z != 'b') puts("nested"); else putchar('\n'); } else if (x == y) puts("eq");
  while (counter < 3) { counter = counter + 1; printf("%d %d\n", counter, sum9(1,2,3,4,5,6,7,8,counter)); }
  printf("fun1: %d\n", fun1(1, 2));
  printf("Hello %s!\n", "Richard");
  printf("ack %d calls %d %d\n", ack(2, 3), calls, -x % 7 + +y / 2);
  return 0;
}
