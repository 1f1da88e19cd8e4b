// -g: the DWARF 5 entries minicc writes, as llvm-dwarfdump reads them back
// from the object file: the unit, types by need, globals and statics at
// their symbols (DW_OP_addr), each function's pc range and %rbp frame base,
// parameters and locals at their frame offsets (DW_OP_fbreg; the 7th
// argument at 16(%rbp)), and a lexical block for each nested block that
// declares something.
// REQUIRES: llvm-dwarfdump, unoptimized
// RUN: %minicc -g -c %s -o %t.o
// RUN: llvm-dwarfdump --debug-info %t.o | FileCheck %s
// RUN: llvm-dwarfdump --verify %t.o

// CHECK:      DW_TAG_compile_unit
// CHECK-NEXT:   DW_AT_producer ("minicc")
// CHECK-NEXT:   DW_AT_language (DW_LANG_C11)
// CHECK-NEXT:   DW_AT_name ("{{.*}}dies.c")
// CHECK-NEXT:   DW_AT_stmt_list (0x00000000)
// CHECK-NEXT:   DW_AT_comp_dir ("{{.+}}")
// CHECK-NEXT:   DW_AT_low_pc (0x0000000000000000)
// CHECK-NEXT:   DW_AT_high_pc (0x{{[0-9a-f]+}})

// CHECK:      DW_TAG_subprogram
// CHECK-NEXT:   DW_AT_low_pc
// CHECK-NEXT:   DW_AT_high_pc
// CHECK-NEXT:   DW_AT_frame_base (DW_OP_reg6 RBP)
// CHECK-NEXT:   DW_AT_name ("count")
// CHECK-NEXT:   DW_AT_decl_file ("{{.*}}dies.c")
// CHECK-NEXT:   DW_AT_decl_line ([[@LINE+10]])
// CHECK-NEXT:   DW_AT_prototyped (true)
// CHECK-NEXT:   DW_AT_type ([[INT:0x[0-9a-f]+]] "int")
// CHECK-NEXT:   DW_AT_external (true)
// CHECK:        DW_TAG_variable
// CHECK-NEXT:     DW_AT_name ("calls")
// CHECK-NEXT:     DW_AT_decl_file
// CHECK-NEXT:     DW_AT_decl_line ([[@LINE+4]])
// CHECK-NEXT:     DW_AT_type ([[INT]] "int")
// CHECK-NEXT:     DW_AT_location (DW_OP_addr 0x0)
int count(void) {
  static int calls;
  return ++calls;
}

// CHECK:      DW_TAG_base_type
// CHECK-NEXT:   DW_AT_name ("int")
// CHECK-NEXT:   DW_AT_encoding (DW_ATE_signed)
// CHECK-NEXT:   DW_AT_byte_size (0x04)

// CHECK:      DW_TAG_subprogram
// CHECK:        DW_AT_name ("seven")
// CHECK-NOT:    DW_AT_type
// CHECK-NOT:    DW_AT_external
// CHECK:        DW_TAG_formal_parameter
// CHECK-NEXT:     DW_AT_name ("a")
// CHECK-NEXT:     DW_AT_decl_file
// CHECK-NEXT:     DW_AT_decl_line
// CHECK-NEXT:     DW_AT_type ([[INT]] "int")
// CHECK-NEXT:     DW_AT_location (DW_OP_fbreg -4)
// CHECK:          DW_AT_name ("g")
// CHECK:          DW_AT_location (DW_OP_fbreg +16)
// CHECK:        DW_TAG_variable
// CHECK-NEXT:     DW_AT_name ("x")
// CHECK:          DW_AT_location (DW_OP_fbreg -28)
// CHECK:        DW_TAG_lexical_block
// CHECK-NEXT:     DW_AT_low_pc
// CHECK-NEXT:     DW_AT_high_pc
// CHECK:          DW_TAG_variable
// CHECK-NEXT:       DW_AT_name ("x")
// CHECK:            DW_AT_location (DW_OP_fbreg -32)
// CHECK:          NULL
// CHECK-NOT:    DW_TAG_lexical_block
// CHECK:        NULL
static void seven(int a, int b, int c, int d, int e, int f, int g) {
  int x = a + b + c + d + e + f + g;
  {
    int x = 2;
    x = x + 1;
  }
  {
    x = x + 1;  // declares nothing: no block of its own
  }
}

// CHECK:      DW_TAG_variable
// CHECK-NEXT:   DW_AT_name ("greeting")
// CHECK-NEXT:   DW_AT_type ([[CHARP:0x[0-9a-f]+]] "char *")
// CHECK-NEXT:   DW_AT_external (true)
// CHECK-NEXT:   DW_AT_decl_file
// CHECK-NEXT:   DW_AT_decl_line ([[@LINE+17]])
// CHECK-NEXT:   DW_AT_location (DW_OP_addr 0x0)
// CHECK:      [[CHARP]]: DW_TAG_pointer_type
// CHECK-NEXT:   DW_AT_type ([[CHAR:0x[0-9a-f]+]] "char")
// CHECK:      [[CHAR]]: DW_TAG_base_type
// CHECK-NEXT:   DW_AT_name ("char")
// CHECK-NEXT:   DW_AT_encoding (DW_ATE_signed_char)
// CHECK-NEXT:   DW_AT_byte_size (0x01)
// A static global is not external.
// CHECK:      DW_TAG_variable
// CHECK-NEXT:   DW_AT_name ("hidden")
// CHECK-NEXT:   DW_AT_type ([[INT]] "int")
// CHECK-NEXT:   DW_AT_decl_file
// CHECK-NEXT:   DW_AT_decl_line
// CHECK-NEXT:   DW_AT_location (DW_OP_addr 0x0)
// CHECK-EMPTY:
// CHECK-NEXT: NULL
char *greeting = "hi";
static int hidden = 3;

int main(void) {
  seven(1, 2, 3, 4, 5, 6, 7);
  return count() + hidden - 4;
}
