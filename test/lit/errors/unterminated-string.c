// A string literal without its closing quote is an error at the opening
// quote.
// RUN: %minicc %s > %t.out 2> %t.err; echo "exit=$?" >> %t.err
// RUN: FileCheck --strict-whitespace %s < %t.err
// RUN: count 0 < %t.out

int puts(const char *s);
int main(void) {
  puts("no end);
  // CHECK: {{^.*}}unterminated-string.c:[[@LINE-1]]:8: error: missing terminating '"' character
  // CHECK-NEXT: {{^}}  puts("no end);{{$}}
  // CHECK-NEXT: {{^}}       ^{{$}}
  return 0;
}
// CHECK: exit=1
