#include <stdarg.h>
#include <stddef.h>
struct point { int x, y; };
union u { char c[3]; long l; };
struct list { struct list *next; struct point p[2]; union u v; };
typedef struct { short s; char c; } tiny;
struct point mk(int x, int y) { struct point p = {.y = y, .x = x}; return p; }
tiny twice(tiny t) { t.s *= 2; return t; }
long sum(int n, ...) {
  va_list ap, aq;
  long s = 0;
  va_start(ap, n);
  va_copy(aq, ap);
  while (n--) s += va_arg(ap, struct point).x + va_arg(aq, long);
  va_end(ap);
  va_end(aq);
  return s;
}
int main(void) {
  struct list a = {0, {{1, 2}, [1] = {3}}, {.l = 5}}, b = a;
  struct list *p = &b;
  tiny t = {3, 'c'};
  p->next = &a;
  p->p[1] = mk(offsetof(struct list, v), sizeof(tiny));
  return p->next->p[0].y + twice(t).s + (int)sum(1, p->p[1], 2L);
}
