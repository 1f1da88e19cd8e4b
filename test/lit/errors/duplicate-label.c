// The same label twice in one function is an error with a note; the same
// label name in another function is fine.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int other(void) {
again:
  return 0;
}

int main(void) {
again:
  ;
again:
  // CHECK: {{^.*}}duplicate-label.c:[[@LINE-1]]:1: error: redefinition of label 'again'
  // CHECK-NEXT: {{^}}again:{{$}}
  // CHECK-NEXT: {{^}}^~~~~{{$}}
  // CHECK-NEXT: {{^.*}}duplicate-label.c:[[@LINE-6]]:1: note: previous definition is here
  return 0;
}
// CHECK-NOT: error:
// CHECK: exit=1
