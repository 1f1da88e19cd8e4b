// -g keeps typedef names (DW_TAG_typedef), so gdb's whatis names the
// typedef and ptype what it stands for; an enum lists its constants
// (DW_TAG_enumerator), so gdb prints a value by name.
// REQUIRES: gdb
// RUN: %minicc -g %s -o %t
// RUN: %gdb -ex 'break done' -ex run -ex up -ex 'whatis n' -ex 'ptype n' -ex 'whatis c' \
// RUN:      -ex 'whatis t' -ex 'ptype t' -ex 'whatis shade' -ex 'print shade' %t 2>&1 | FileCheck %s
// RUN: %minicc -g -c %s -o %t.o && llvm-dwarfdump-14 --verify %t.o | FileCheck --check-prefix=VERIFY %s
// CHECK: type = size_t
// CHECK-NEXT: type = unsigned long
// CHECK-NEXT: type = counter
// CHECK-NEXT: type = text
// CHECK-NEXT: type = const char *
// CHECK-NEXT: type = enum color
// CHECK-NEXT: $1 = GREEN
// VERIFY: No errors.
#include <stddef.h>
typedef int counter;
typedef const char *text;
enum color { RED, GREEN = 5 };
int done(int x) { return x; }
int main(void) {
  size_t n = 3;
  counter c = 4;
  text t = "hi";
  enum color shade = GREEN;
  return done(c + (int)n + t[0] + shade) - 114;
}
