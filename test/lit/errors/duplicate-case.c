// Two case labels with the same value and two defaults
// in one switch: error at the second label,
// note at the first.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  int x = 4;
  switch (x) {
  case 4:
    break;
  case 4:
    // CHECK: {{^.*}}duplicate-case.c:[[@LINE-1]]:8: error: duplicate case value '4'
    // CHECK-NEXT: {{^}}  case 4:{{$}}
    // CHECK-NEXT: {{^}}       ^{{$}}
    // CHECK-NEXT: {{^.*}}duplicate-case.c:[[@LINE-6]]:8: note: previous case defined here
    break;
  default:
    break;
  default:
    // CHECK: {{^.*}}duplicate-case.c:[[@LINE-1]]:3: error: multiple default labels in one switch
    // CHECK: {{^.*}}duplicate-case.c:[[@LINE-4]]:3: note: previous case defined here
    break;
  }
  switch (x) {
  case 4:
    break;
  }
  return 0;
}
// CHECK-NOT: error:
// CHECK: exit=1
