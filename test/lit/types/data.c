// Data with static storage placed as clang places it: all-zero objects in
// .bss with .zero, const ones without addresses in .rodata, the rest in
// .data; arrays of 16 bytes or more aligned to 16 (psABI 3.1.2); a pointer
// into an array is its symbol plus an offset; a char array from a string is
// .asciz (with .zero for the rest); a tentative "int t[];" has one element.
// RUN: %minicc %s -o %t.s 2> %t.err
// RUN: FileCheck %s < %t.s
// RUN: FileCheck --check-prefix=WARN %s < %t.err
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe && %t.exe; test $? -eq 41
int zeros[100];
int tentative[];
static char small[3] = "ab";
const int limits[4] = {1, 2, 3, 4};
const char *msg = "hi";
long big[2] = {1, -1};
short s[5] = {[4] = 9};
int *ptr = &zeros[10];
char text[8] = "abc";
int main(void) { return zeros[0] + tentative[0] + small[1] + limits[3] + (int)big[0] + s[4] + *ptr + text[2] - 170; }

// WARN: data.c:[[@LINE-10]]:5: warning: tentative array definition assumed to have one element
// CHECK-LABEL: zeros:
// CHECK-NEXT: .zero 400
// CHECK: .bss
// CHECK: tentative:
// CHECK-NEXT: .zero 4
// CHECK: .data
// CHECK-NEXT: small:
// CHECK-NEXT: .asciz "ab"
// CHECK: .section .rodata,"a",@progbits
// CHECK-NEXT: .globl limits
// CHECK-NEXT: .p2align 4
// CHECK: msg:
// CHECK-NEXT: .quad .L.str
// CHECK: big:
// CHECK-NEXT: .quad 1
// CHECK-NEXT: .quad -1
// CHECK: s:
// CHECK-NEXT: .zero 8
// CHECK-NEXT: .short 9
// CHECK: ptr:
// CHECK-NEXT: .quad zeros+40
// CHECK: text:
// CHECK-NEXT: .asciz "abc"
// CHECK-NEXT: .zero 4
