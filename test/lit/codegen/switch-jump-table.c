// A dense switch of four or more cases dispatches through a jump table of
// 32-bit offsets relative to the table (position-independent); a sparse one,
// or -fno-jump-tables, uses a chain of compares.
// RUN: %minicc %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %style-check %t.s
// RUN: %minicc -fno-jump-tables %s | FileCheck %s --check-prefix=CHAIN
// RUN: %minicc --target=x86_64-apple-darwin %s | FileCheck %s --check-prefix=DARWIN
// RUN: %cc %t.s -o %t && %t | FileCheck %s --check-prefix=OUT

int printf(const char *fmt, ...);

// CHECK-LABEL: dense:
// CHECK:       subl	$2, %eax
// CHECK-NEXT:  cmpl	$4, %eax
// CHECK-NEXT:  ja	.LBB0_[[DEFAULT:[0-9]+]]
// CHECK-NEXT:  leaq	.LJTI0_0(%rip), %rcx
// CHECK-NEXT:  movslq	(%rcx,%rax,4), %rax
// CHECK-NEXT:  addq	%rcx, %rax
// CHECK-NEXT:  jmpq	*%rax
// CHECK:       .section	.rodata,"a",@progbits
// CHECK-NEXT:  .p2align	2
// CHECK-NEXT:  .LJTI0_0:
// CHECK-NEXT:  .long	.LBB0_{{[0-9]+}}-.LJTI0_0
// CHECK-NEXT:  .long	.LBB0_{{[0-9]+}}-.LJTI0_0
// CHECK-NEXT:  .long	.LBB0_[[DEFAULT]]-.LJTI0_0
// CHECK-NEXT:  .long	.LBB0_{{[0-9]+}}-.LJTI0_0
// CHECK-NEXT:  .long	.LBB0_{{[0-9]+}}-.LJTI0_0
// CHECK-NEXT:  .text
// CHAIN-LABEL: dense:
// CHAIN-NOT:   jmpq
// CHAIN:       cmpl	$2, %eax
// CHAIN-NEXT:  je
// DARWIN:      .data_region	jt32
// DARWIN-NEXT: LJTI0_0:
// DARWIN-NEXT: .long	LBB0_{{[0-9]+}}-LJTI0_0
int dense(int x) {
  switch (x) {
    case 2: return 20;
    case 3: return 30;
    case 5: return 50;
    case 6: return 60;
    default: return -1;
  }
}

// CHECK-LABEL: sparse:
// CHECK-NOT:   jmpq
// CHECK:       cmpl	$1000, %eax
int sparse(int x) {
  switch (x) {
    case 1: return 1;
    case 1000: return 2;
    case -50000: return 3;
    case 77: return 4;
  }
  return 0;
}

// OUT: 20 30 -1 50 60 -1 -1 / 2 3 1 0
int main(void) {
  printf("%d %d %d %d %d %d %d / ", dense(2), dense(3), dense(4), dense(5), dense(6), dense(1), dense(-2147483647));
  printf("%d %d %d %d\n", sparse(1000), sparse(-50000), sparse(1), sparse(5));
  return 0;
}
