// -g: a .loc line where each statement's code begins, in clang's form
// (".file 0 DIR NAME" for DWARF 5's file 0, then ".loc FILE LINE COLUMN").
// The function's first line (column 0) covers the prologue; the first body
// line is prologue_end. A for loop's condition and step have lines of their
// own; the epilogue is at the closing brace. A nested block's code lies
// between two labels for its DW_TAG_lexical_block.
// REQUIRES: unoptimized
// RUN: %minicc -g %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %cc -c %t.s -o %t.o
// Without -g there is none of it.
// RUN: %minicc %s | FileCheck %s --check-prefix=PLAIN
// PLAIN-NOT: .loc
// PLAIN-NOT: .file
// PLAIN-NOT: .debug_

// CHECK-LABEL: sum:
// CHECK:      .file 0 "{{.+}}" "{{.*}}line-table.c"
// CHECK-NEXT: .loc 0 [[@LINE+2]] 0
// CHECK-NOT:  .loc
int sum(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += i;
  return s;
}
// CHECK:      .loc 0 [[@LINE-5]] 3 prologue_end
// CHECK-NEXT: {{mov.*}}
// CHECK-NEXT: .loc 0 [[@LINE-6]] 8
// CHECK-NEXT: .Ltmp0_0:
// CHECK-NEXT: {{mov.*}}
// CHECK-NEXT: .loc 0 [[@LINE-9]] 19
// CHECK:      .LBB0_{{[0-9]+}}:
// CHECK-NEXT: .loc 0 [[@LINE-10]] 5
// CHECK:      .loc 0 [[@LINE-12]] 26
// CHECK:      .loc 0 [[@LINE-13]] 19
// CHECK:      .Ltmp0_1:
// CHECK-NEXT: .loc 0 [[@LINE-13]] 3
// CHECK:      .loc 0 [[@LINE-13]] 1
// CHECK-NEXT: {{pop.*}}

// while and do-while conditions get their line back each time round (a
// while's test is copied to the loop's bottom, with its line).
// CHECK-LABEL: loops:
int loops(int n) {
  while (n > 10)
    n = n - 1;
  do
    n = n + 2;
  while (n < 5);
  return n;
}
// CHECK:      .loc 0 [[@LINE-7]] 3 prologue_end
// CHECK-NEXT: .loc 0 [[@LINE-8]] 10
// CHECK:      .LBB1_{{[0-9]+}}:
// CHECK-NEXT: .loc 0 [[@LINE-9]] 5
// CHECK:      .loc 0 [[@LINE-11]] 10
// CHECK:      .loc 0 [[@LINE-10]] 3
// CHECK-NEXT: .LBB1_{{[0-9]+}}:
// CHECK-NEXT: .loc 0 [[@LINE-11]] 5
// CHECK:      .loc 0 [[@LINE-11]] 10
// CHECK:      .loc 0 [[@LINE-11]] 3

// With no parameter to store, only the prologue lies between the
// function's line and its body's: the two stay apart, so a breakpoint on
// the function stops after pushq %rbp, where its frame base is right.
// CHECK-LABEL: seven:
// CHECK-NEXT: .cfi_startproc
// CHECK-NEXT: .loc 0 [[@LINE+7]] 0
// CHECK-NEXT: {{push.*}}
// CHECK-NEXT: .cfi_def_cfa_offset 16
// CHECK-NEXT: .cfi_offset
// CHECK-NEXT: {{mov.*}}
// CHECK-NEXT: .cfi_def_cfa_register
// CHECK-NEXT: .loc 0 [[@LINE+1]] 19 prologue_end
int seven(void) { return 7; }
