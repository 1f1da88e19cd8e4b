// -fverbose-asm shows each structure's and union's layout once in a
// function, on the first instruction that touches a variable of its type
// (a local, a parameter, a global, or a pointer to one): every member's
// offset and size, and the padding alignment leaves between and after them
// (psABI 3.1.2); a record nested by value follows its container's layout.
// The words end an instruction's line, never a line of their own.
// RUN: %minicc -fverbose-asm %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
// RUN: not grep -nE '^[[:space:]]*#' %t.s
// RUN: %cc %t.s -o %t && %t | FileCheck %s --check-prefix=OUT
// RUN: %minicc -masm=intel -fverbose-asm %s | FileCheck %s --check-prefix=INTEL
// RUN: %minicc -masm=plan9 -fverbose-asm %s | FileCheck %s --check-prefix=PLAN9
// RUN: %minicc %s | FileCheck %s --check-prefix=PLAIN
// OUT: 103 6 3 7
// PLAIN-NOT: bytes padding
int printf(const char *, ...);
struct point { int x, y; };
struct padded { char c; int i; char d; };
struct rect { struct point a, b; };
union number { int i; char c[5]; };
struct node { int value; struct node *next; };
struct tagged { int kind; union { int i; char c; }; };
struct point origin = {3, 4};

// CHECK-LABEL: padded:
// CHECK:       movw $0, -11(%rbp) # {{.*}}.c:[[@LINE+8]]: struct padded p = {'a', 5, 'b'}; | p; struct padded (12 bytes): c at 0 (1), 3 bytes padding, i at 4 (4), d at 8 (1), 3 bytes padding{{$}}
// CHECK-NOT:   struct padded (
// CHECK:       .size padded
// INTEL-LABEL: padded:
// INTEL:       mov word ptr [rbp - 11], 0 # {{.*}} | p; struct padded (12 bytes): c at 0 (1), 3 bytes padding, i at 4 (4), d at 8 (1), 3 bytes padding{{$}}
// PLAN9-LABEL: TEXT ·padded(SB)
// PLAN9:       MOVW $0, -11(BP) // {{.*}} | p; struct padded (12 bytes): c at 0 (1), 3 bytes padding, i at 4 (4), d at 8 (1), 3 bytes padding{{$}}
int padded(void) {
  struct padded p = {'a', 5, 'b'};
  struct padded q = p;
  return p.i + q.d;
}

// A parameter's layout comes on the store of its registers, the nested
// struct point's after struct rect's.
// CHECK-LABEL: area:
// CHECK:       movq %rdi, -16(%rbp) # r; struct rect (16 bytes): a at 0 (8), b at 8 (8); struct point (8 bytes): x at 0 (4), y at 4 (4){{$}}
// CHECK-NOT:   struct point (
// CHECK:       .size area
int area(struct rect r) { return (r.b.x - r.a.x) * (r.b.y - r.a.y); }

// Through a pointer: the record it points at.
// CHECK-LABEL: walk:
// CHECK:       movq %rdi, -8(%rbp) # list; struct node (16 bytes): value at 0 (4), 4 bytes padding, next at 8 (8){{$}}
// CHECK-NOT:   struct node (
// CHECK:       .size walk
int walk(struct node *list) {
  int n = 0;
  for (; list; list = list->next) n += list->value;
  return n;
}

// A union's members all start at 0; its size is its widest member's,
// rounded up to its alignment. An anonymous member is "(unnamed union)",
// and its own layout follows. A global is known by its symbol.
// CHECK-LABEL: misc:
// CHECK:       movl $1, -8(%rbp) # {{.*}} | u; union number (8 bytes): i at 0 (4), c at 0 (5), 3 bytes padding{{$}}
// CHECK-NEXT:  movl $2, -16(%rbp) # {{.*}} | t; struct tagged (8 bytes): kind at 0 (4), (unnamed union) at 4 (4); union (unnamed union at {{.*}}verbose-asm-structs.c:{{[0-9]+}}:27) (4 bytes): i at 0 (4), c at 0 (1){{$}}
// CHECK:       addl origin(%rip), %eax # origin; struct point (8 bytes): x at 0 (4), y at 4 (4){{$}}
int misc(void) {
  union number u;
  struct tagged t;
  u.i = 1;
  t.kind = 2;
  t.i = 3;
  return u.c[0] + t.i + origin.x;
}

// An array of structures: its elements' layout.
// CHECK-LABEL: corners:
// CHECK:       # {{.*}} | pts; struct point (8 bytes): x at 0 (4), y at 4 (4){{$}}
// CHECK-NOT:   struct point (
// CHECK:       .size corners
int corners(void) {
  struct point pts[2] = {{1, 2}, {3, 4}};
  return pts[1].y;
}

// Each function says it again: a reader may see only one of them.
// CHECK-LABEL: main:
// CHECK:       # {{.*}} | r; struct rect (16 bytes): a at 0 (8), b at 8 (8); struct point (8 bytes): x at 0 (4), y at 4 (4){{$}}
// CHECK:       # {{.*}} | b; struct node (16 bytes): value at 0 (4), 4 bytes padding, next at 8 (8){{$}}
int main(void) {
  struct rect r = {{0, 0}, {2, 3}};
  struct node b = {2, 0}, a = {1, &b};
  printf("%d %d %d %d\n", padded(), area(r), walk(&a), misc());
  return 0;
}
