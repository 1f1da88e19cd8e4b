int f(void) { return x; }
int g(void) { return 1 }
int h(void) { return y; }
