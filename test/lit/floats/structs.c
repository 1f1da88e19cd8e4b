// REQUIRES: minicc-floats
// Structs with double and float members by value, classified per member
// (System V ABI 3.2.3): {double} and {float, float} in one vector register,
// {double, double} and {float x4} in two, {double, int} and {int, float,
// float} mixing vector and general registers, {double x3} in memory; as
// arguments (also after the vector registers ran out), as results, through
// pointers and arrays, with a callee that changes its copy.  Output against
// cc's build.
// RUN: %cut -c %s -o %t.o
// RUN: %cc %t.o -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w -ffp-contract=off %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.out
#include <stdio.h>

struct d1 { double a; };
struct f2 { float a, b; };
struct dd { double a, b; };
struct f4 { float a, b, c, d; };
struct di { double a; int b; };
struct iff { int a; float b, c; };
struct ld { long a; double b; };
struct d3 { double a, b, c; };
struct point { double x, y; };

static struct dd make_dd(double a, double b) {
  struct dd r = {a, b};
  return r;
}

static struct f4 make_f4(float x) {
  struct f4 r = {x, x * 2, x * 3, x * 4};
  return r;
}

static struct di make_di(double a, int b) {
  struct di r;
  r.a = a;
  r.b = b;
  return r;
}

static struct iff make_iff(int a) {
  struct iff r = {.c = a * 0.25f, .a = a};
  r.b = -r.c;
  return r;
}

static struct d3 make_d3(double x) {
  struct d3 r = {x, x + 1, x + 2};
  return r;
}

// All of them at once: the eight vector registers run out at dd2, which
// then goes on the stack whole; y after it still takes %xmm7.
static double all(struct d1 a, struct f2 b, struct dd c, struct f4 d, struct di e,
                  struct iff f, struct ld g, struct d3 h, struct dd dd2, double y) {
  return a.a + 2 * b.a + 3 * b.b + 4 * c.a + 5 * c.b + 6 * d.a + 7 * d.b + 8 * d.c +
         9 * d.d + 10 * e.a + 11 * e.b + 12 * f.a + 13 * f.b + 14 * f.c + 15 * g.a +
         16 * g.b + 17 * h.a + 18 * h.b + 19 * h.c + 20 * dd2.a + 21 * dd2.b + 22 * y;
}

// Changes its own copy only.
static struct point moved(struct point p, double dx) {
  p.x += dx;
  p.y -= dx;
  return p;
}

static double length2(const struct point *p) { return p->x * p->x + p->y * p->y; }

static struct point centre(struct point *ps, int n) {
  struct point c = {0, 0};
  for (int i = 0; i < n; i++) {
    c.x += ps[i].x;
    c.y += ps[i].y;
  }
  c.x /= n;
  c.y /= n;
  return c;
}

int main(void) {
  struct d1 a = {1.5};
  struct f2 b = {2.25f, -3.5f};
  struct dd c = make_dd(4.125, 5.0625);
  struct f4 d = make_f4(0.75f);
  struct di e = make_di(-6.5, 7);
  struct iff f = make_iff(9);
  struct ld g = {10, 11.5};
  struct d3 h = make_d3(12.25);
  struct dd dd2 = {13.5, 14.75};
  printf("all %.17g\n", all(a, b, c, d, e, f, g, h, dd2, 15.125));
  // CHECK: all 2183.5625
  printf("dd %.17g %.17g\n", c.a, c.b);
  printf("f4 %.9g %.9g %.9g %.9g\n", d.a, d.b, d.c, d.d);
  // CHECK: f4 0.75 1.5 2.25 3
  printf("di %.17g %d\n", e.a, e.b);
  printf("iff %d %.9g %.9g\n", f.a, f.b, f.c);
  // CHECK: iff 9 -2.25 2.25
  printf("d3 %.17g %.17g %.17g\n", h.a, h.b, h.c);
  struct point p = {3, 4};
  struct point q = moved(p, 0.5);
  printf("moved %.17g %.17g from %.17g %.17g\n", q.x, q.y, p.x, p.y);
  // CHECK: moved 3.5 3.5 from 3 4
  printf("length2 %.17g\n", length2(&q));
  struct point ps[3] = {{1, 2}, {3.5, -4}, {0.1, 0.2}};
  struct point m = centre(ps, 3);
  printf("centre %.17g %.17g\n", m.x, m.y);
  struct point r = p.x > q.x ? p : q;
  r = moved(moved(r, 1), 2);
  printf("chained %.17g %.17g\n", r.x, r.y);
  // CHECK: chained 6.5 0.5
  printf("sizes %zu %zu %zu %zu %zu %zu\n", sizeof(struct d1), sizeof(struct f2),
         sizeof(struct di), sizeof(struct iff), sizeof(struct d3), sizeof(struct f4));
  // CHECK: sizes 8 8 16 12 24 16
  return 0;
}
// CHECK: exit=0
