// return without a value in an int function and return with a value in a
// void function are errors at the return keyword.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int needs_value(int a) {
  if (a)
    return;
  // CHECK: {{^.*}}return-mismatch.c:[[@LINE-1]]:5: error: non-void function 'needs_value' should return a value
  // CHECK-NEXT: {{^}}    return;{{$}}
  // CHECK-NEXT: {{^}}    ^~~~~~{{$}}
  return a;
}

void no_value(int a) {
  return a + 1;
  // CHECK: {{^.*}}return-mismatch.c:[[@LINE-1]]:3: error: void function 'no_value' should not return a value
  // CHECK-NEXT: {{^}}  return a + 1;{{$}}
  // CHECK-NEXT: {{^}}  ^~~~~~{{$}}
}

int main(void) { return 0; }
// CHECK-NOT: error:
// CHECK: exit=1
