int printf(const char *, ...);
void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
long sum(const long *xs, long n) { long s = 0; for (long i = 0; i < n; i++) s += xs[i]; return s; }
int len(const char *s) { const char *p = s; while (*p) p++; return p - s; }
void reverse(char *s) { char *e = s + len(s) - 1; while (s < e) { char t = *s; *s++ = *e; *e-- = t; } }
int grid[3][4];
int primes[] = {2, 3, 5, 7, 11};
char greeting[16] = "hello";
const char *names[] = {"zero", "one", "two"};
int *pp = &primes[2];
static int counter;
int twice(int x) { return 2 * x; }
int thrice(int x) { return 3 * x; }
int (*ops[2])(int) = {twice, thrice};
int apply(int (*f)(int), int v) { return f(v); }
typedef unsigned long size_t;
typedef int (*binop)(int, int);
enum color { RED, GREEN = 5, BLUE };
int add(int a, int b) { return a + b; }
int main(int argc, char **argv) {
  int a = 1, b = 2;
  swap(&a, &b);
  printf("%d %d\n", a, b);
  long xs[5] = {1, 2, 3, 4, 5};
  printf("%ld\n", sum(xs, 5));
  char s[] = "minicc";
  reverse(s);
  printf("%s %d\n", s, (int)sizeof s);
  for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
  printf("%d %d %d\n", grid[2][3], grid[1][0], *(*(grid + 1) + 2));
  printf("%d %d %d\n", primes[4], *pp, pp[-1]);
  printf("%s %s %c\n", greeting, names[2], names[1][1]);
  printf("%d %d\n", ops[0](5), ops[1](5));
  printf("%d\n", apply(twice, 21));
  binop f = add;
  printf("%d %d\n", f(2, 3), (*f)(4, 5));
  printf("%d %d %d\n", RED, GREEN, BLUE);
  enum color c = BLUE;
  printf("%d\n", c);
  size_t n = sizeof(primes) / sizeof(primes[0]);
  printf("%lu %lu %lu\n", n, sizeof(grid), sizeof(grid[0]));
  int *p = primes;
  p += 2;
  printf("%d %d\n", *p, p[1]);
  printf("%ld\n", &primes[4] - &primes[1]);
  char *q = (char *)p;
  printf("%d\n", (int)(q - (char *)primes));
  int local[4] = {1, [2] = 7};
  printf("%d %d %d %d\n", local[0], local[1], local[2], local[3]);
  int m[2][3] = {1, 2, 3, 4, 5};
  printf("%d %d %d\n", m[0][2], m[1][1], m[1][2]);
  for (int i = 0; i < argc; i++) printf("%c", argv[i][0]);
  printf("\n");
  void *vp = &a;
  int *ip = vp;
  printf("%d\n", *ip);
  counter += 3;
  int *cp = &counter;
  (*cp)++;
  printf("%d\n", counter);
  unsigned char bytes[4] = {255, 1, 2, 3};
  unsigned char *bp = bytes;
  printf("%d %d\n", *bp + 1, bp[3]);
  return 0;
}
