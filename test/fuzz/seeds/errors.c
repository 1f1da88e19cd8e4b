int f(int a, int b);
int x;
int x = 1;
int x = 2;
int g(void) { return y; }
int h(void) { int unused; if (x = 3) return f(1); }
int main(void) {
  return 1 / 0
}
int k( { 'unterminated
"also unterminated
/* never closed
