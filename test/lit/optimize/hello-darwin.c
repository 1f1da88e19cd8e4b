// With -O for macOS, the notes' hello.c is the note's listing instruction
// for instruction: the unused argc and argv are never stored, %al is
// cleared with xorl, and the epilogue has no CFI line on Mach-O.
// RUN: %{minicc-binary} -O --target=x86_64-apple-darwin %examples/hello.c -o %t.s
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.s

//      CHECK:_main:
// CHECK-NEXT:	.cfi_startproc
// CHECK-NEXT:	pushq	%rbp
// CHECK-NEXT:	.cfi_def_cfa_offset 16
// CHECK-NEXT:	.cfi_offset %rbp, -16
// CHECK-NEXT:	movq	%rsp, %rbp
// CHECK-NEXT:	.cfi_def_cfa_register %rbp
// CHECK-NEXT:	leaq	L_.str(%rip), %rdi
// CHECK-NEXT:	leaq	L_.str.1(%rip), %rsi
// CHECK-NEXT:	xorl	%eax, %eax
// CHECK-NEXT:	callq	_printf
// CHECK-NEXT:	xorl	%eax, %eax
// CHECK-NEXT:	popq	%rbp
// CHECK-NEXT:	retq
// CHECK-NEXT:	.cfi_endproc
