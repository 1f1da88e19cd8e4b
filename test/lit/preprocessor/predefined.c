// Predefined macros by target, and -D/-U in command-line order.
// RUN: %minicc -E %s | FileCheck %s --check-prefixes=CHECK,LINUX
// RUN: %minicc -E --target=x86_64-apple-darwin %s | FileCheck %s --check-prefixes=CHECK,DARWIN
// RUN: %minicc -E -DVALUE=5 -DFLAG -UGONE -DGONE -UGONE '-DTWICE(x)=((x)*2)' -D__minicc__=9 -w %s | FileCheck %s --check-prefix=CMDLINE

// CHECK: minicc 1 stdc 1 x86_64 1
minicc __minicc__ stdc __STDC__ x86_64 __x86_64__
#if defined(__linux__) && defined(__unix__) && !defined(__APPLE__)
// LINUX: linux
linux
#elif defined(__APPLE__) && defined(__MACH__) && !defined(__linux__)
// DARWIN: darwin
darwin
#endif
// CMDLINE: value 5 flag 1 twice ((3)*2) minicc 9
value VALUE flag FLAG twice TWICE(3) minicc __minicc__
#ifdef GONE
// CMDLINE-NOT: gone
gone
#endif
