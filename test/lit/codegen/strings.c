// String literals live in the mergeable read-only string section, named
// .L.str, .L.str.1, ... in order of first use, as .asciz with C escapes;
// the same literal twice is one label. They are addressed %rip-relative.
// The listing ends with the .note.GNU-stack section.
// RUN: %minicc %s -o - | FileCheck %s
// RUN: %minicc %s -o - | %style-check -

int printf(const char *fmt, ...);
int puts(const char *s);

// CHECK-LABEL: main:
// CHECK: leaq .L.str(%rip), %rdi
// CHECK: leaq .L.str.1(%rip), %rdi
// CHECK: leaq .L.str(%rip), %rdi
// CHECK: leaq .L.str.2(%rip), %rdi
// CHECK: leaq .L.str.3(%rip), %rdi
// CHECK-NEXT: callq puts
int main(void) {
  printf("a\tb\n");
  printf("q\"uote\\ %d\n", 1);
  printf("a\tb\n");
  printf("\x41\101\a\033");
  puts("");
  return 0;
}

// CHECK: .section .rodata.str1.1,"aMS",@progbits,1
// CHECK-NEXT: .L.str:
// CHECK-NEXT: .asciz "a\tb\n"
// CHECK-NEXT: .L.str.1:
// CHECK-NEXT: .asciz "q\"uote\\ %d\n"
// CHECK-NEXT: .L.str.2:
// CHECK-NEXT: .asciz "AA\007\033"
// CHECK-NEXT: .L.str.3:
// CHECK-NEXT: .asciz ""
// CHECK-NOT: .L.str.4
// CHECK: .section .note.GNU-stack,"",@progbits
// CHECK-NOT: {{.}}
