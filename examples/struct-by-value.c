// A small struct passed and returned by value: struct point is 8 bytes of
// integers, so the System V ABI packs it into one register both ways, x in
// the low half and y in the high half: in %rdi for the argument, in %rax for
// the result.  The callee works on its own copy; the caller's p is unchanged.
#include <stdio.h>

struct point {
  int x;
  int y;
};

struct point move(struct point p, int dx, int dy) {
  p.x = p.x + dx;
  p.y = p.y + dy;
  return p;
}

int main(void) {
  struct point p = {1, 2};
  struct point q = move(p, 10, 20);
  printf("p = (%d, %d), q = (%d, %d)\n", p.x, p.y, q.x, q.y);
  return 0;
}
