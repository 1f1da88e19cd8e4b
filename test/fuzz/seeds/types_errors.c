int f(int);
int f(long);
int g;
char g;
int arr[-1];
int n = 3;
int vla[n];
int a2[2] = {1, 2, 3};
char s2[2] = "abc";
void t(void) {
  int x = 5;
  void *vp = &x;
  int y = *vp;
  vp + 1;
  int a[3];
  a++;
  &(x + 1);
  int *p = 0;
  p[1.5 > 0 ? 0 : 0] = 1;
  switch (x) { case n: break; }
  int z = sizeof(t);
  int idx[2] = {[3] = 1};
}
