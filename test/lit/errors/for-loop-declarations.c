// The declaration in a for loop's first clause may declare only objects with
// automatic storage (C17 6.8.5p3): no function, nothing static or extern.
// clang's wording; the uses in the loop are not errors of their own.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int main(void) {
  for (int f(void); ;)
    // CHECK: {{^.*}}for-loop-declarations.c:[[@LINE-1]]:12: error: non-variable declaration in 'for' loop
    // CHECK-NEXT: {{^}}  for (int f(void); ;){{$}}
    // CHECK-NEXT: {{^}}           ^{{$}}
    return f();

  for (static int counter = 0; counter < 3; counter++)
    // CHECK: {{^.*}}for-loop-declarations.c:[[@LINE-1]]:19: error: declaration of non-local variable in 'for' loop
    // CHECK-NEXT: {{^}}  for (static int counter = 0; counter < 3; counter++){{$}}
    // CHECK-NEXT: {{^}}                  ^~~~~~~{{$}}
    ;

  for (extern int outside; outside < 3; outside++)
    // CHECK: {{^.*}}for-loop-declarations.c:[[@LINE-1]]:19: error: declaration of non-local variable in 'for' loop
    // CHECK-NEXT: {{^}}  for (extern int outside; outside < 3; outside++){{$}}
    // CHECK-NEXT: {{^}}                  ^~~~~~~{{$}}
    ;

  for (static int i = 0, j = 1; i < j; i++)
    // CHECK: {{^.*}}for-loop-declarations.c:[[@LINE-1]]:19: error: declaration of non-local variable in 'for' loop
    // CHECK: {{^.*}}for-loop-declarations.c:[[@LINE-2]]:26: error: declaration of non-local variable in 'for' loop
    ;

  for (int k = 0; k < 3; k++)
    ;
  return 0;
}
// CHECK-NOT: error:
// CHECK: 5 errors generated.
// CHECK: exit=1
