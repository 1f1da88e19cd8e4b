// Structures and unions used wrongly, reported as clang-14 reports them
// (words, line and column), each once and without cascades: tags of the
// wrong kind, redefinitions, duplicate and incomplete members, unknown
// members (with a suggestion when one name is close), '.' for '->' and the
// reverse, records where scalars are needed, incompatible assignments,
// arguments and results, bad designators; and bit-fields, which minicc
// does not have yet.
// RUN: not %minicc -ferror-limit=0 %s -o /dev/null 2> %t.err
// RUN: FileCheck %s < %t.err
struct point { int x, y; };
struct point;
union num { int i; long l; };
struct list;
struct point { int z; };
// CHECK: errors.c:[[@LINE-1]]:8: error: redefinition of 'point'
// CHECK: errors.c:[[@LINE-6]]:8: note: previous definition is here
union point *up;
// CHECK: errors.c:[[@LINE-1]]:1: error: use of 'point' with tag type that does not match previous declaration
// CHECK: errors.c:[[@LINE-8]]:8: note: previous use is here
struct dup { int a; char a; };
// CHECK: errors.c:[[@LINE-1]]:26: error: duplicate member 'a'
// CHECK: errors.c:[[@LINE-2]]:18: note: previous declaration is here
struct bad { struct list l; int f(void); };
// CHECK: errors.c:[[@LINE-1]]:26: error: field has incomplete type 'struct list'
// CHECK: errors.c:[[@LINE-12]]:8: note: forward declaration of 'struct list'
// CHECK: errors.c:[[@LINE-3]]:33: error: field 'f' declared as a function
struct flex { char data[]; };
// CHECK: errors.c:[[@LINE-1]]:20: error: flexible array member 'data' not allowed in otherwise empty struct
struct list *head;
int f1(void) { return head->value; }
// CHECK: errors.c:[[@LINE-1]]:27: error: incomplete definition of type 'struct list'
// CHECK: errors.c:[[@LINE-19]]:8: note: forward declaration of 'struct list'
int f2(struct point p) { return p.z; }
// CHECK: errors.c:[[@LINE-1]]:35: error: no member named 'z' in 'struct point'
int f4(struct point *p) { return p.x; }
// CHECK: errors.c:[[@LINE-1]]:35: error: member reference type 'struct point *' is a pointer; did you mean to use '->'?
int f5(struct point p) { return p->x; }
// CHECK: errors.c:[[@LINE-1]]:34: error: member reference type 'struct point' is not a pointer; did you mean to use '.'?
int f6(int i) { return i.x; }
// CHECK: errors.c:[[@LINE-1]]:25: error: member reference base type 'int' is not a structure or union
int f7(struct point p) { if (p) return 1; return p + 1; }
// CHECK: errors.c:[[@LINE-1]]:26: error: statement requires expression of scalar type ('struct point' invalid)
// CHECK: errors.c:[[@LINE-2]]:52: error: invalid operands to binary expression ('struct point' and 'int')
int f8(void) { struct list l; return 0; }
// CHECK: errors.c:[[@LINE-1]]:28: error: variable has incomplete type 'struct list'
// CHECK: errors.c:[[@LINE-33]]:8: note: forward declaration of 'struct list'
int f9(struct point p, union num n) { p = n; return (int)p; }
// CHECK: errors.c:[[@LINE-1]]:41: error: assigning to 'struct point' from incompatible type 'union num'
// CHECK: errors.c:[[@LINE-2]]:58: error: operand of type 'struct point' where arithmetic or pointer type is required
int f10(struct point p) { return f2(1); }
// CHECK: errors.c:[[@LINE-1]]:37: error: passing 'int' to parameter of incompatible type 'struct point'
// CHECK: errors.c:[[@LINE-19]]:21: note: passing argument to parameter 'p' here
int f11(void) { struct point q = {.w = 1}; struct point r = {1, 2, 3}; return q.x + r.x; }
// CHECK: errors.c:[[@LINE-1]]:36: error: field designator 'w' does not refer to any field in type 'struct point'
// CHECK: errors.c:[[@LINE-2]]:68: warning: excess elements in struct initializer [-Wexcess-initializers]
struct point f12(void) { return 3; }
// CHECK: errors.c:[[@LINE-1]]:33: error: returning 'int' from a function with incompatible result type 'struct point'
int f13(struct point a, struct point b) { return a == b; }
// CHECK: errors.c:[[@LINE-1]]:52: error: invalid operands to binary expression ('struct point' and 'struct point')
struct length { int length; int width; };
int f14(struct length *l) { return l->lenght; }
// CHECK: errors.c:[[@LINE-1]]:39: error: no member named 'lenght' in 'struct length'; did you mean 'length'?
// CHECK: errors.c:[[@LINE-3]]:21: note: 'length' declared here
int f15(struct point p) { while (p) {} return p ? 1 : 2; }
// CHECK: errors.c:[[@LINE-1]]:27: error: statement requires expression of scalar type ('struct point' invalid)
// CHECK: errors.c:[[@LINE-2]]:49: error: used type 'struct point' where arithmetic or pointer type is required
int f16(struct point p) { p++; return -p; }
// CHECK: errors.c:[[@LINE-1]]:28: error: cannot increment value of type 'struct point'
// CHECK: errors.c:[[@LINE-2]]:39: error: invalid argument type 'struct point' to unary expression
int f17(void) { return sizeof(struct nothere); }
// CHECK: errors.c:[[@LINE-1]]:24: error: invalid application of 'sizeof' to an incomplete type 'struct nothere'
// CHECK: errors.c:[[@LINE-2]]:38: note: forward declaration of 'struct nothere'
struct bits { int a : 3; int b; };
// CHECK: errors.c:[[@LINE-1]]:21: error: bit-fields are not supported by minicc yet
// CHECK-NOT: {{error|warning}}:
// CHECK: 1 warning and 27 errors generated.
