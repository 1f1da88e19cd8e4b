// -g describes structures and unions to gdb: a struct local prints by
// member, a list is followed through its next pointers, ptype lists the
// members, a nested member is reached by name, a union shows each member
// over the same bytes, and info locals prints them all. A struct of up to
// 16 bytes arrives in registers and one over 16 bytes on the stack (psABI
// 3.2.3); both print as parameters, and finish shows the struct a
// function returns, in registers or through the hidden pointer.
// REQUIRES: gdb, unoptimized
// RUN: %minicc -g %s -o %t
// RUN: %gdb -ex 'break done' -ex run -ex up -ex 'print p' -ex 'print *list' -ex 'print *list->next' \
// RUN:      -ex 'print list->next->next->value' -ex 'ptype struct point' -ex 'print r.a.x' \
// RUN:      -ex 'print r' -ex 'print n' -ex 'ptype union number' -ex 'info locals' \
// RUN:      -ex 'break make' -ex 'break triple' -ex 'break width' -ex 'break total' \
// RUN:      -ex continue -ex finish -ex continue -ex finish -ex continue -ex 'print r' \
// RUN:      -ex continue -ex 'print b' -ex 'print b.c' %t 2>&1 | FileCheck %s
// RUN: %minicc -g -c %s -o %t.o && llvm-dwarfdump-14 --verify %t.o | FileCheck --check-prefix=VERIFY %s
// VERIFY: No errors.

// CHECK:      $1 = {x = 1, y = 2}
// CHECK-NEXT: $2 = {value = 1, next = 0x{{[0-9a-f]+}}}
// CHECK-NEXT: $3 = {value = 2, next = 0x{{[0-9a-f]+}}}
// CHECK-NEXT: $4 = 3
// CHECK-NEXT: type = struct point {
// CHECK-NEXT:     int x;
// CHECK-NEXT:     int y;
// CHECK-NEXT: }
// CHECK-NEXT: $5 = 1
// CHECK-NEXT: $6 = {a = {x = 1, y = 2}, b = {x = 5, y = 7}}
// CHECK-NEXT: $7 = {i = 65, c = 65 'A'}
// CHECK-NEXT: type = union number {
// CHECK-NEXT:     int i;
// CHECK-NEXT:     char c;
// CHECK-NEXT: }
// CHECK-NEXT: p = {x = 1, y = 2}
// CHECK-NEXT: r = {a = {x = 1, y = 2}, b = {x = 5, y = 7}}
// CHECK-NEXT: c = {value = 3, next = 0x0}
// CHECK-NEXT: b = {value = 2, next = 0x{{[0-9a-f]+}}}
// CHECK-NEXT: a = {value = 1, next = 0x{{[0-9a-f]+}}}
// CHECK-NEXT: list = 0x{{[0-9a-f]+}}
// CHECK-NEXT: n = {i = 65, c = 65 'A'}
// CHECK-NEXT: big = {a = 1, b = 2, c = 3}

// CHECK:      Breakpoint 2, make (x=8, y=9) at
// CHECK:      in main () at
// CHECK:      Value returned is $8 = {x = 8, y = 9}
// CHECK:      Breakpoint 3, triple (x=5) at
// CHECK:      main () at
// CHECK:      Value returned is $9 = {a = 5, b = 10, c = 15}
// CHECK:      Breakpoint 4, width (r=...) at
// CHECK:      $10 = {a = {x = 1, y = 2}, b = {x = 5, y = 7}}
// CHECK:      Breakpoint 5, total (b=...) at
// CHECK:      $11 = {a = 1, b = 2, c = 3}
// CHECK-NEXT: $12 = 3
struct point { int x, y; };
struct rect { struct point a, b; };
struct node { int value; struct node *next; };
union number { int i; char c; };
struct big { long a, b, c; };

int done(int x) { return x; }
int width(struct rect r) { return r.b.x - r.a.x; }
long total(struct big b) { return b.a + b.b + b.c; }
struct point make(int x, int y) {
  struct point p = {x, y};
  return p;
}
struct big triple(long x) {
  struct big r = {x, 2 * x, 3 * x};
  return r;
}

int main(void) {
  struct point p = {1, 2};
  struct rect r = {{1, 2}, {5, 7}};
  struct node c = {3, 0}, b = {2, &c}, a = {1, &b};
  struct node *list = &a;
  union number n;
  struct big big = {1, 2, 3};
  n.i = 65;
  done(0);
  struct point q = make(8, 9);
  struct big t = triple(5);
  // 4 + 6 + 17 + 15 - 42 = 0
  return width(r) + (int)total(big) + q.x + q.y + (int)t.c - 42;
}
