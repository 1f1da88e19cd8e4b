// Redefining a macro with another body warns (with a note at the first
// definition); the same body again, even spaced differently, does not.
// RUN: %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not="warning:"
// RUN: %minicc -E -Wno-macro-redefined %s 2>&1 | FileCheck %s --check-prefix=QUIET
// RUN: not %minicc -E -Werror %s 2>&1 | FileCheck %s --check-prefix=WERROR

#define SAME(a) ((a) + 1)
#define SAME(a) ((a)   +   1)
#define SAME(a) /* comment */ ((a) + 1)
#define VALUE 1
#define VALUE 2
// CHECK: redefinition.c:[[@LINE-1]]:9: warning: 'VALUE' macro redefined [-Wmacro-redefined]
// CHECK-NEXT: {{^}}#define VALUE 2{{$}}
// CHECK-NEXT: {{^}}        ^~~~~{{$}}
// CHECK-NEXT: redefinition.c:[[@LINE-5]]:9: note: previous definition is here
#define F(a) a
#define F(b) b
// CHECK: redefinition.c:[[@LINE-1]]:9: warning: 'F' macro redefined
#define G 1+1
#define G 1 + 1
// CHECK: redefinition.c:[[@LINE-1]]:9: warning: 'G' macro redefined
// CHECK: value 2
value VALUE
// QUIET-NOT: warning
// QUIET: value 2
// WERROR: error: 'VALUE' macro redefined [-Werror,-Wmacro-redefined]
