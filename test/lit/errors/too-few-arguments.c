// Too few arguments: an error on the call's line with the expected and
// actual counts, and a note at the declaration. (The exact column is pinned
// in too-few-arguments-column.c.)
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int add(int a, int b);
int main(void) {
  return add(1);
  // CHECK: {{^.*}}too-few-arguments.c:[[@LINE-1]]:{{[0-9]+}}: error: too few arguments to function call, expected 2, have 1
  // CHECK-NEXT: {{^}}  return add(1);{{$}}
  // CHECK-NEXT: {{^}} {{ +}}^{{~*$}}
  // CHECK-NEXT: {{^.*}}too-few-arguments.c:[[@LINE-6]]:5: note: 'add' declared here
}
// CHECK: exit=1
