// Integer literals take the first type that holds them (C17 6.4.4.1): a
// decimal above INT_MAX is a long, so storing it in an int loses bits, and
// clang's -Wconstant-conversion says so; a value that fits the target's width
// signed or unsigned ("unsigned char u = -1") is fine. A decimal literal
// too large for long long is unsigned, with clang's warning.
// RUN: %minicc %s -o /dev/null 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err

int main(void) {
  int d = 4294967297;
  // CHECK: constant-conversion.c:[[@LINE-1]]:11: warning: implicit conversion from 'long' to 'int' changes value from 4294967297 to 1 [-Wconstant-conversion]
  // CHECK-NEXT: {{^}}  int d = 4294967297;{{$}}
  // CHECK-NEXT: {{^}}          ^~~~~~~~~~{{$}}
  char c = 300;
  // CHECK: constant-conversion.c:[[@LINE-1]]:12: warning: implicit conversion from 'int' to 'char' changes value from 300 to 44 [-Wconstant-conversion]
  unsigned char u = -1;
  short s = 70000;
  // CHECK: constant-conversion.c:[[@LINE-1]]:13: warning: implicit conversion from 'int' to 'short' changes value from 70000 to 4464 [-Wconstant-conversion]
  int h = 0xFFFFFFFF;
  long big = 18446744073709551615;
  // CHECK: constant-conversion.c:[[@LINE-1]]:14: warning: integer literal is too large to be represented in a signed integer type, interpreting as unsigned [-Wimplicitly-unsigned-literal]
  return d + c + u + s + h + (int)big;
}
// CHECK-NOT: warning
// CHECK: 4 warnings generated.
// CHECK-NEXT: exit=0
