// -masm=intel: the same instructions in Intel syntax, spelled as clang
// -masm=intel spells them — destination first, bare registers and numbers,
// "dword ptr [rbp - 4]" for memory, no size suffixes — with the same
// directives, labels and call-frame information as the AT&T listing. The
// listing assembles with cc (ELF) and llvm-mc (Mach-O), and runs.
// RUN: %minicc -masm=intel %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %cc %t.s -o %t && %t | FileCheck --check-prefix=OUT %s
// RUN: %minicc -masm=intel --target=x86_64-apple-darwin %s -o %t.darwin.s
// RUN: FileCheck --check-prefix=DARWIN %s < %t.darwin.s
// RUN: llvm-mc-14 -triple=x86_64-apple-macosx -filetype=obj %t.darwin.s -o %t.darwin.o
// RUN: %minicc -masm=att %s | FileCheck --check-prefix=ATT %s

int printf(const char *, ...);
int counter = 5;

// CHECK: .text
// CHECK-NEXT: .intel_syntax noprefix
// CHECK-LABEL: pick:
// CHECK-NEXT: .cfi_startproc
// CHECK-NEXT: push rbp
// CHECK-NEXT: .cfi_def_cfa_offset 16
// CHECK-NEXT: .cfi_offset rbp, -16
// CHECK-NEXT: mov rbp, rsp
// CHECK-NEXT: .cfi_def_cfa_register rbp
// CHECK-NEXT: mov dword ptr [rbp - 4], edi
// CHECK-NEXT: mov eax, dword ptr [rbp - 4]
// CHECK-NEXT: cmp eax, 3
// CHECK-NEXT: ja .LBB0_[[#]]
// CHECK-NEXT: lea rcx, [rip + .LJTI0_0]
// CHECK-NEXT: movsxd rax, dword ptr [rcx + 4*rax]
// CHECK-NEXT: add rax, rcx
// CHECK-NEXT: jmp rax
// CHECK: mov eax, -1
// CHECK: pop rbp
// CHECK-NEXT: .cfi_def_cfa rsp, 8
// CHECK-NEXT: ret
// CHECK: .LJTI0_0:
// CHECK-NEXT: .long .LBB0_{{[0-9]+}}-.LJTI0_0
int pick(int k) {
  switch (k) { case 0: return 10; case 1: return 20; case 2: return 30; case 3: return 40; }
  return -1;
}

// CHECK-LABEL: f:
// CHECK: sub rsp, 16
// CHECK-NEXT: mov dword ptr [rbp - 4], edi
// CHECK-NEXT: mov byte ptr [rbp - 5], sil
// CHECK-NEXT: add dword ptr [rip + f.calls], 1
// CHECK: imul eax, eax, 10
// CHECK-NEXT: movsx ecx, byte ptr [rbp - 5]
// CHECK: cmp dword ptr [rbp - 12], 3
// CHECK-NEXT: jge .LBB1_[[#]]
// CHECK: movsxd rcx, eax
// CHECK-NEXT: imul rcx, rcx, -1840700269
// CHECK: lea rdi, [rip + .L.str]
// CHECK: mov edx, dword ptr [rip + counter]
// CHECK-NEXT: mov al, 0
// CHECK-NEXT: call printf
// CHECK: mov ecx, dword ptr [rbp - 4]
// CHECK-NEXT: shl eax, cl
// CHECK: add rsp, 16
int f(int a, char b) {
  static int calls;
  calls++;
  int x = a * 10 + b;
  if (x < 3) x = x / 7 % 3;
  printf("%d %d\n", x, counter);
  return x << a;
}

// CHECK-LABEL: main:
// CHECK: call f
// CHECK: .section .rodata.str1.1,"aMS",@progbits,1
// CHECK: .L.str:
// CHECK-NEXT: .asciz "%d %d\n"
// CHECK: .L.str.1:
// CHECK-NEXT: .asciz "%d\n"
int main(void) { printf("%d\n", f(1, 2) + pick(2)); return 0; }

// OUT: 12 5
// OUT-NEXT: 54

// DARWIN: .section __TEXT,__text,regular,pure_instructions
// DARWIN-NEXT: .intel_syntax noprefix
// DARWIN: lea rdi, [rip + L_.str]
// DARWIN: call _printf
// DARWIN: .subsections_via_symbols

// ATT-NOT: .intel_syntax
// ATT: movl %edi, -4(%rbp)
