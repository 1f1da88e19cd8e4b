// A literal above INT_MAX does not fit minicc's only type, int. For a
// decimal literal minicc warns that it keeps the low 32 bits; a hex or octal
// literal of the same size (unsigned int in C, so gcc compares it as
// unsigned: 0xFFFFFFFF > 0 is 1 with gcc, 0 with minicc) must be diagnosed
// the same way instead of silently becoming negative.
// RUN: %minicc %s -o /dev/null 2>&1 | FileCheck %s

int main(void) {
  int d = 4294967295;
  // CHECK: hex-literal-out-of-range.c:[[@LINE-1]]:11: warning: integer literal '4294967295' does not fit in 'int'
  int h = 0xFFFFFFFF;
  // CHECK: hex-literal-out-of-range.c:[[@LINE-1]]:11: warning: integer literal '0xFFFFFFFF' does not fit in 'int'
  int s = 0x80000000 >> 31;
  // CHECK: hex-literal-out-of-range.c:[[@LINE-1]]:11: warning: integer literal '0x80000000' does not fit in 'int'
  int o = 037777777777;
  // CHECK: hex-literal-out-of-range.c:[[@LINE-1]]:11: warning: integer literal '037777777777' does not fit in 'int'
  return d + h + s + o;
}
