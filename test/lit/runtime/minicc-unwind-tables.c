// Call-frame information works: glibc's backtrace() unwinds through every
// minicc-built frame using the .eh_frame tables built from the .cfi_*
// directives, and stops at the first frame without them when they are
// left out. readelf lists one FDE (frame description) per function.
// RUN: %minicc %s -o %t.s
// RUN: %cc -rdynamic %t.s %runtime/unwind_check.c -o %t
// RUN: %t | FileCheck %s
// RUN: %cc -c %t.s -o %t.o && readelf --debug-dump=frames %t.o | FileCheck --check-prefix=FDE %s
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o %t.plain.s
// RUN: %cc -rdynamic %t.plain.s %runtime/unwind_check.c -o %t.plain
// RUN: %t.plain | FileCheck --check-prefix=PLAIN %s
// RUN: %cc -c %t.plain.s -o %t.plain.o && readelf --debug-dump=frames %t.plain.o | FileCheck --check-prefix=NOFDE --allow-empty %s

void unwind_print_callers(void);

void c(int x) { if (x) unwind_print_callers(); }
void b(int x) { c(x); }
void a(int x) { b(x); }
int main(void) { a(1); return 0; }

// CHECK: frame 1: c
// CHECK-NEXT: frame 2: b
// CHECK-NEXT: frame 3: a
// CHECK-NEXT: frame 4: main

// FDE-COUNT-4: FDE cie=
// FDE-NOT: FDE cie=

// PLAIN: frame 1: c
// PLAIN-NOT: frame 2: b

// NOFDE-NOT: FDE cie=
