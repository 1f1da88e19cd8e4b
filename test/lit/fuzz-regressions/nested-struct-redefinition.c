// Fuzzer finding (parser): a struct defined again inside its own body,
// `struct list { ... struct list { }; ... }`, was taken as the same record's
// definition, and sema then read an unnamed member of a type with no record:
// SEGV (UBSan: reference binding to null pointer of type 'const
// minicc::Record' at records.cpp). Now clang-14's error, and exit 1.
//
// RUN: %minicc %S/Inputs/crash-ff82a27b-nested-struct-redefinition.input > /dev/null 2> %t.err; test $? -eq 1
// RUN: FileCheck %s --check-prefix=FOUND --input-file %t.err
// FOUND: error: nested redefinition of 'list'
//
// Reduced (clang reads its stray braces differently and so never meets the
// inner definition), then plain forms, reported as clang-14 reports them,
// with no warning that the inner declaration declares nothing:
// RUN: not %minicc %s -o /dev/null 2> %t.err2
// RUN: FileCheck %s --input-file %t.err2 --implicit-check-not=warning:
struct list { { } struct list { }; typedef struct { { } }; };
// CHECK: nested-struct-redefinition.c:[[@LINE-1]]:15: error: expected member declaration: a type such as 'int'
// CHECK: nested-struct-redefinition.c:[[@LINE-2]]:26: error: nested redefinition of 'list'
// CHECK: nested-struct-redefinition.c:[[@LINE-3]]:8: note: previous definition is here
struct a { struct a { int x; }; int y; };
// CHECK: nested-struct-redefinition.c:[[@LINE-1]]:19: error: nested redefinition of 'a'
// CHECK: nested-struct-redefinition.c:[[@LINE-2]]:8: note: previous definition is here
union u { struct v { union u { int i; } m; } n; };
// CHECK: nested-struct-redefinition.c:[[@LINE-1]]:28: error: nested redefinition of 'u'
// CHECK: nested-struct-redefinition.c:[[@LINE-2]]:7: note: previous definition is here
struct a sa = {1};
int main(void) { return sa.y; }
