// A decimal literal above INT_MAX does not fit in int, minicc's only type:
// a warning says that its low 32 bits are kept; it still compiles.
// RUN: %minicc %s -o /dev/null 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err

int main(void) {
  return 4294967297 == 1;
  // CHECK: {{^.*}}decimal-literal-out-of-range.c:[[@LINE-1]]:10: warning: integer literal '4294967297' does not fit in 'int'; minicc keeps its low 32 bits [-Wconstant-conversion]
  // CHECK-NEXT: {{^}}  return 4294967297 == 1;{{$}}
  // CHECK-NEXT: {{^}}         ^~~~~~~~~~{{$}}
}
// CHECK: exit=0
