// Input of names-and-frames.test: main's frame is exactly 128 bytes (32 ints).
int printf(const char *, ...);
int g(int x) { return x; }
int main(void) {
  int a0=0,a1=1,a2=2,a3=3,a4=4,a5=5,a6=6,a7=7,a8=8,a9=9,b0=0,b1=1,b2=2,b3=3,b4=4,b5=5;
  int c0=0,c1=1,c2=2,c3=3,c4=4,c5=5,c6=6,c7=7,c8=8,c9=9,d0=0,d1=1,d2=2,d3=3,d4=4,d5=5;
  printf("%d\n", g(a0+a1+a2+a3+a4+a5+a6+a7+a8+a9+b0+b1+b2+b3+b4+b5+c0+c1+c2+c3+c4+c5+c6+c7+c8+c9+d0+d1+d2+d3+d4+d5));
  return 0;
}
