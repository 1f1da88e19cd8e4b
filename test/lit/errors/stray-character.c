// A character that cannot start a token is an error at that character.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  int a = 1;
  @
  // CHECK: {{^.*}}stray-character.c:[[@LINE-1]]:3: error: unexpected character '@'
  // CHECK-NEXT: {{^}}  @{{$}}
  // CHECK-NEXT: {{^}}  ^{{$}}
  return a;
}
// CHECK: exit=1
