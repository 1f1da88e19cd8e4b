// Variadic macros: __VA_ARGS__, C11 6.10.3.5 example 7, GNU ", ## __VA_ARGS__"
// and named variadic parameters.
// RUN: %minicc -E %s | FileCheck %s

#define debug(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))
// CHECK: fprintf(stderr, "Flag");
debug("Flag");
// CHECK: fprintf(stderr, "X = %d\n", x);
debug("X = %d\n", x);
// CHECK: puts("The first, second, and third items.");
showlist(The first, second, and third items.);
// CHECK: ((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));
report(x>y, "x is %d but y is %d", x, y);

#define LOG(fmt, ...) printf(fmt, ## __VA_ARGS__)
// CHECK: printf("plain");
LOG("plain");
// CHECK: printf("one %d", 1);
LOG("one %d", 1);
// CHECK: printf("two %d %d", 1, 2);
LOG("two %d %d", 1, 2);
#define NAMED(fmt, rest...) printf(fmt, rest)
// CHECK: printf("%d%d", 3, 4);
NAMED("%d%d", 3, 4);
// The variable part may be left out.
#define FIRST(a, ...) a
// CHECK: int only = 5;
int only = FIRST(5);
