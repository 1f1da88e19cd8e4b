// Structures and unions as C lessons use them: layout (sizeof, offsetof,
// padding), nested records, arrays of them and them of arrays, a linked
// list through "->", copies by "=", by initialisation and by value across
// calls (small ones in registers, big ones through memory), unions read
// through the member last written, anonymous members, designated and
// partial initialisers for locals, statics and globals; the program's
// output against the system cc's build.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct point { int x, y; };
struct padded { char c; int i; short s; long l; char tail; };
struct rect { struct point corner[2]; char label[6]; };
struct three { char a, b, c; };
struct seven { char b[7]; };
struct mixed { short s; char c; int i; };
struct big { long a, b, c, d; };
union word { unsigned int u; unsigned char bytes[4]; short half[2]; };
struct tagged { int kind; union { int i; long l; }; struct { char lo, hi; }; };
struct node { int value; struct node *next; };
typedef struct { int w, h; } size2;

struct point origin = {0, 0};
struct point unit = {.y = 1, .x = 1};
struct padded defaults = {'z', .l = -5};
struct rect frame = {{{1, 2}, {30, 40}}, "frame"};
struct big table[2] = {{1, 2, 3, 4}, [1] = {.c = 7}};
static size2 screen = {640, 480};

struct point make_point(int x, int y) {
  struct point p = {x, y};
  return p;
}
struct point add(struct point a, struct point b) {
  struct point r;
  r.x = a.x + b.x;
  r.y = a.y + b.y;
  return r;
}
struct big make_big(long seed) {
  struct big b = {seed, seed * 2, seed * 3, seed * 4};
  return b;
}
long sum_big(struct big b) { return b.a + b.b + b.c + b.d; }
int sum_three(struct three t) { return t.a * 100 + t.b * 10 + t.c; }
struct three rotate(struct three t) {
  struct three r = {t.b, t.c, t.a};
  return r;
}
struct seven shout(struct seven s) {
  int i;
  for (i = 0; i < 6; i++) s.b[i] = s.b[i] - 32;
  return s;
}
struct mixed bump(struct mixed m) {
  m.s++;
  m.c += 2;
  m.i *= 3;
  return m;
}
// Five ints take five registers; the struct needs two, so it goes on the
// stack and the last int still takes %r9.
struct big_pair { long p, q; };
long boundary(int a, int b, int c, int d, int e, struct big_pair s, int f) {
  return a + b + c + d + e + s.p * 1000 + s.q * 100 + f;
}
int area(const struct rect *r) {
  return (r->corner[1].x - r->corner[0].x) * (r->corner[1].y - r->corner[0].y);
}
void grow(struct rect *r, int by) {
  r->corner[1].x += by;
  r->corner[1].y += by;
}
struct node *push(struct node *list, int value) {
  struct node *n = malloc(sizeof *n);
  n->value = value;
  n->next = list;
  return n;
}

int main(void) {
  struct point p = make_point(3, 4), q = add(p, unit);
  struct three t = {1, 2, 3};
  struct seven s = {"hello!"};
  struct mixed m = {10, 'a', 7};
  struct big b = make_big(5);
  struct node *list = 0, *it;
  union word w;
  struct tagged tg;
  struct rect r = frame;
  struct point pts[3] = {{1, 1}, [2] = {9, 9}};
  size2 sz = screen;
  int i, total = 0;

  printf("sizes %zu %zu %zu %zu %zu %zu %zu %zu\n", sizeof(struct point), sizeof(struct padded),
         sizeof(struct rect), sizeof(struct three), sizeof(struct mixed), sizeof(union word),
         sizeof(struct tagged), sizeof(size2));
  printf("offsets %zu %zu %zu %zu %zu %zu\n", offsetof(struct padded, i), offsetof(struct padded, s),
         offsetof(struct padded, l), offsetof(struct padded, tail), offsetof(struct rect, label),
         offsetof(struct tagged, hi));
  printf("align %zu %zu\n", _Alignof(struct padded), _Alignof(struct three));
  printf("p %d %d q %d %d\n", p.x, p.y, q.x, q.y);
  printf("globals %d %d %c %ld %s %ld %ld %d\n", unit.x, unit.y, defaults.c, defaults.l, frame.label,
         table[0].d, table[1].c, screen.h);
  printf("big %ld %ld\n", sum_big(b), sum_big(make_big(b.d)));
  printf("three %d %d\n", sum_three(t), sum_three(rotate(rotate(t))));
  s = shout(s);
  printf("seven %s\n", s.b);
  m = bump(bump(m));
  printf("mixed %d %c %d\n", m.s, m.c, m.i);
  struct big_pair bp = {4, 5};
  printf("boundary %ld\n", boundary(1, 2, 3, 4, 5, bp, 6));
  grow(&r, 10);
  printf("area %d %d\n", area(&frame), area(&r));
  for (i = 0; i < 5; i++) list = push(list, i * i);
  for (it = list; it; it = it->next) total += it->value;
  printf("list %d head %d\n", total, list->next->value);
  while (list) {
    it = list->next;
    free(list);
    list = it;
  }
  w.u = 0x01020304;
  printf("word %d %d %d\n", w.bytes[0], w.bytes[3], w.half[1]);
  tg.kind = 2;
  tg.l = 1234567890123L;
  tg.lo = 'L';
  tg.hi = 'H';
  printf("tagged %ld %c%c\n", tg.l, tg.lo, tg.hi);
  printf("pts %d %d %d\n", pts[0].x, pts[1].y, pts[2].x + pts[2].y);
  pts[1] = pts[2] = p;
  printf("chain %d %d\n", pts[1].x, pts[2].y);
  sz.w /= 2;
  printf("size %d %d\n", sz.w, sz.h);
  return (q.x == 4 && (&p)->y == 4) ? 0 : 1;
}
