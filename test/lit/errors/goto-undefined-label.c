// goto to a label that does not exist in the function is an error at the
// label name; labels of other functions do not count.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int other(void) {
done:
  return 0;
}

int main(void) {
  goto done;
  // CHECK: {{^.*}}goto-undefined-label.c:[[@LINE-1]]:8: error: use of undeclared label 'done'
  // CHECK-NEXT: {{^}}  goto done;{{$}}
  // CHECK-NEXT: {{^}}       ^~~~{{$}}
  return 1;
}
// CHECK-NOT: error:
// CHECK: exit=1
