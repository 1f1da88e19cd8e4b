// break outside any loop or switch, and continue outside a loop (a switch
// does not count for continue) are errors; every one is reported.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  int x = 0;
  if (x)
    break;
  // CHECK: {{^.*}}break-continue-outside.c:[[@LINE-1]]:5: error: 'break' statement not in loop or switch statement
  // CHECK-NEXT: {{^}}    break;{{$}}
  // CHECK-NEXT: {{^}}    ^~~~~{{$}}
  continue;
  // CHECK: {{^.*}}break-continue-outside.c:[[@LINE-1]]:3: error: 'continue' statement not in loop statement
  switch (x) {
  case 0:
    continue;
    // CHECK: {{^.*}}break-continue-outside.c:[[@LINE-1]]:5: error: 'continue' statement not in loop statement
  case 1:
    break;
  }
  return 0;
}
// CHECK-NOT: error:
// CHECK: 3 errors generated.
// CHECK: exit=1
