// Input of names-and-frames.test: names that meet minicc's made-up Plan 9 names.
int printf(const char *, ...);
static int str = 5;
static int f_n = 7;
int f(void) { static int n = 3; n++; return n + f_n; }
int main(void) { printf("%d %d\n", f(), str); return 0; }
