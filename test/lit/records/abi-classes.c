// How the System V psABI (3.2.3) passes and returns structures, as minicc
// selects it: up to 16 bytes in INTEGER registers, an eightbyte each; a
// structure that needs two registers when one is left goes on the stack,
// and a later int still takes the register; more than 16 bytes on the
// stack (MEMORY); results of up to 16 bytes in %rax:%rdx, larger ones
// through the hidden pointer in %rdi, which comes back in %rax.
// RUN: %minicc -fno-asynchronous-unwind-tables %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s

struct s8 { int a, b; };
struct s12 { int a, b, c; };
struct s16 { long a, b; };
struct s24 { long a, b, c; };
struct s3 { char a, b, c; };

// CHECK-LABEL: take8:
// CHECK: movq %rdi, -8(%rbp)
// CHECK-NEXT: movslq -4(%rbp), %rax
long take8(struct s8 x) { return x.b; }

// CHECK-LABEL: take16:
// CHECK: movq %rdi, -16(%rbp)
// CHECK-NEXT: movq %rsi, -8(%rbp)
// CHECK-NEXT: movq -8(%rbp), %rax
long take16(struct s16 x) { return x.b; }

// A MEMORY argument stays where the caller copied it, above the return address.
// CHECK-LABEL: take24:
// CHECK-NOT: %rdi
// CHECK: movq 32(%rbp), %rax
long take24(struct s24 x) { return x.c; }

// CHECK-LABEL: edge:
// CHECK: movl %r8d, -20(%rbp)
// CHECK-NEXT: movl %r9d, -24(%rbp)
// CHECK: movq 16(%rbp), %rax
long edge(int a, int b, int c, int d, int e, struct s16 x, int f) { return x.a + f; }

// Twelve bytes come back in %rax (the first eight) and %edx (the last four).
// CHECK-LABEL: give12:
// CHECK: movl -8(%rbp), %edx
// CHECK-NEXT: movq -16(%rbp), %rax
// CHECK-NEXT: popq %rbp
struct s12 give12(int v) { struct s12 r = {v, v, v}; return r; }

// CHECK-LABEL: give24:
// CHECK: movq %rdi, [[RESULT:-[0-9]+]](%rbp)
// CHECK: movq [[RESULT]](%rbp), %rcx
// CHECK-NEXT: movq [[R:-[0-9]+]](%rbp), %rdx
// CHECK-NEXT: movq %rdx, (%rcx)
// CHECK: movq %rdx, 16(%rcx)
// CHECK-NEXT: movq %rcx, %rax
struct s24 give24(long v) { struct s24 r = {v, v, v}; return r; }

// Three bytes: loaded without reading past them, in two overlapping halves.
// CHECK-LABEL: give3:
// CHECK: movzwl -7(%rbp), %ecx
// CHECK-NEXT: movzwl -8(%rbp), %eax
// CHECK-NEXT: shll $8, %ecx
// CHECK-NEXT: orl %ecx, %eax
struct s3 give3(struct s3 x) { return x; }

// The caller's side: the 16-byte structure pushed last eightbyte first, the
// int in %r9d; a buffer's address in %rdi for the 24-byte result; the
// 12-byte result stored from %rax and %rdx into a slot.
// CHECK-LABEL: use:
// CHECK: pushq -8(%rbp)
// CHECK-NEXT: pushq -16(%rbp)
// CHECK: movl $5, %r8d
// CHECK-NEXT: movl $6, %r9d
// CHECK-NEXT: callq edge
// CHECK-NEXT: addq $16, %rsp
// CHECK: movq 16(%rbp), %rsi
// CHECK-NEXT: leaq {{-[0-9]+}}(%rbp), %rdi
// CHECK-NEXT: callq give24
// CHECK: movq 16(%rax), %rax
// CHECK: callq give12
// CHECK: movq %rax, [[SLOT:-[0-9]+]](%rbp)
// CHECK-NEXT: movq %rdx, {{-[0-9]+}}(%rbp)
// CHECK-NEXT: leaq [[SLOT]](%rbp), %rax
long use(struct s16 x, struct s24 y) { return edge(1, 2, 3, 4, 5, x, 6) + give24(y.a).c + give12(1).c; }
