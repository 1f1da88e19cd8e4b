// -g at -O: a variable in a register has a DWARF register location
// (DW_OP_reg3 is %rbx), so gdb prints it; one set once to a constant is
// that constant (DW_OP_consts, DW_OP_stack_value) even where nothing holds
// it; one that nothing reads lives nowhere, and gdb says "optimized out".
// The entries still verify.
// REQUIRES: gdb, llvm-dwarfdump
// RUN: %{minicc-binary} -O -g -w %s -o %t
// RUN: %gdb -ex 'break done' -ex run -ex up -ex 'print total' -ex 'print n' \
// RUN:      -ex 'print unused' -ex 'print seven' %t 2>&1 | FileCheck %s
// RUN: %{minicc-binary} -O -g -w -c %s -o %t.o
// RUN: llvm-dwarfdump-14 --debug-info %t.o | FileCheck --check-prefix=DIES %s
// RUN: llvm-dwarfdump-14 --verify %t.o | FileCheck --check-prefix=VERIFY %s
// CHECK: $1 = 45
// CHECK-NEXT: $2 = 10
// CHECK-NEXT: $3 = <optimized out>
// CHECK-NEXT: $4 = 7
// DIES:      DW_AT_name ("unused")
// DIES-NOT:  DW_AT_location
// DIES:      DW_TAG_variable
// DIES-NEXT: DW_AT_name ("seven")
// DIES-NOT:  DW_TAG
// DIES:      DW_AT_location (DW_OP_consts +7, DW_OP_stack_value)
// DIES:      DW_TAG_variable
// DIES-NEXT: DW_AT_name ("total")
// DIES-NOT:  DW_TAG
// DIES:      DW_AT_location (DW_OP_reg{{[0-9]+}} {{R[A-Z0-9]+}})
// VERIFY: No errors.
void done(int value) {}

int sum(int n) {
  int unused = n * 3;
  int seven = 7;
  int total = 0;
  int i;
  for (i = 0; i < n; i++) total += i;
  done(total);
  return total;
}

int main(void) { return sum(10) == 45 ? 0 : 1; }
