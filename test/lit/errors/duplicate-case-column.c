// A duplicate case value given as an expression: clang reports it at the
// start of the expression (column 8), like every other case diagnostic.
// RUN: not %minicc %s -o /dev/null 2>&1 | FileCheck --strict-whitespace %s

int main(void) {
  switch (4) {
  case 4:
    break;
  case 2 + 2:
    // CHECK: {{^.*}}duplicate-case-column.c:[[@LINE-1]]:8: error: duplicate case value '4'
    // CHECK-NEXT: {{^}}  case 2 + 2:{{$}}
    // CHECK-NEXT: {{^}}       ^{{$}}
    break;
  }
  return 0;
}
