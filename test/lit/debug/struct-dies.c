// -g: structures and unions as clang describes them (DWARF 5 5.7): the
// tag's name, the size, where it was declared, and a DW_TAG_member per
// member with its type and byte offset; an anonymous member has no name; a
// struct that points at itself refers back to its own entry; one never
// defined is a declaration; a typedef names an untagged struct; arrays of
// structs and structs of arrays. llvm-dwarfdump's checks pass.
// REQUIRES: llvm-dwarfdump
// RUN: %minicc -g -c %s -o %t.o
// RUN: llvm-dwarfdump --debug-info %t.o | FileCheck %s
// RUN: llvm-dwarfdump --verify %t.o | FileCheck --check-prefix=VERIFY %s
// VERIFY: No errors.

// A tag declared again in an inner scope names another type, though it is
// spelled the same (C17 6.7.2.3p4): each pointer leads to its own.
// CHECK:      DW_AT_name ("inner")
// CHECK:        DW_AT_name ("p")
// CHECK-NEXT:   DW_AT_decl_file
// CHECK-NEXT:   DW_AT_decl_line
// CHECK-NEXT:   DW_AT_type ([[INNERP:0x[0-9a-f]+]] "s *")
// CHECK:      [[INNERP]]: DW_TAG_pointer_type
// CHECK-NEXT:   DW_AT_type ([[INNER:0x[0-9a-f]+]] "s")
// CHECK:      [[INNER]]: DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("s")
// CHECK:          DW_AT_name ("b")
// CHECK:      DW_AT_name ("outer")
// CHECK-NEXT: DW_AT_type ([[OUTERP:0x[0-9a-f]+]] "s *")
// CHECK:      [[OUTERP]]: DW_TAG_pointer_type
// CHECK-NEXT:   DW_AT_type ([[OUTER:0x[0-9a-f]+]] "s")
// CHECK:      [[OUTER]]: DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("s")
// CHECK:          DW_AT_name ("a")
struct s { int a; } *outer;
int inner(void) {
  struct s { long b; } *p, v = {1};
  p = &v;
  return (int)p->b;
}

// CHECK:      DW_TAG_variable
// CHECK-NEXT:   DW_AT_name ("origin")
// CHECK-NEXT:   DW_AT_type ([[POINT:0x[0-9a-f]+]] "point")
// CHECK:      [[POINT]]: DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("point")
// CHECK-NEXT:   DW_AT_byte_size (0x08)
// CHECK-NEXT:   DW_AT_decl_file ("{{.*}}struct-dies.c")
// CHECK-NEXT:   DW_AT_decl_line ([[@LINE+11]])
// CHECK:        DW_TAG_member
// CHECK-NEXT:     DW_AT_name ("x")
// CHECK-NEXT:     DW_AT_type ([[INT:0x[0-9a-f]+]] "int")
// CHECK-NEXT:     DW_AT_decl_file
// CHECK-NEXT:     DW_AT_decl_line ([[@LINE+7]])
// CHECK-NEXT:     DW_AT_data_member_location (0x00)
// CHECK:        DW_TAG_member
// CHECK-NEXT:     DW_AT_name ("y")
// CHECK:          DW_AT_data_member_location (0x04)
// CHECK:        NULL
struct point {
  int x;
  int y;
} origin;

// CHECK:      DW_AT_name ("head")
// CHECK-NEXT: DW_AT_type ([[NODEP:0x[0-9a-f]+]] "node *")
// CHECK:      [[NODEP]]: DW_TAG_pointer_type
// CHECK-NEXT:   DW_AT_type ([[NODE:0x[0-9a-f]+]] "node")
// CHECK:      [[NODE]]: DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("node")
// CHECK-NEXT:   DW_AT_byte_size (0x10)
// CHECK:        DW_AT_name ("value")
// CHECK:        DW_AT_name ("next")
// CHECK-NEXT:   DW_AT_type ([[NODEP]] "node *")
// CHECK:          DW_AT_data_member_location (0x08)
struct node {
  int value;
  struct node *next;
} *head;

// CHECK:      DW_AT_name ("number")
// CHECK-NEXT: DW_AT_type ([[NUMBER:0x[0-9a-f]+]] "number")
// CHECK:      [[NUMBER]]: DW_TAG_union_type
// CHECK-NEXT:   DW_AT_name ("number")
// CHECK-NEXT:   DW_AT_byte_size (0x08)
// CHECK:        DW_AT_name ("i")
// CHECK:        DW_AT_data_member_location (0x00)
// CHECK:        DW_AT_name ("l")
// CHECK:        DW_AT_data_member_location (0x00)
union number {
  int i;
  long l;
} number;

// CHECK:      DW_AT_name ("hidden")
// CHECK-NEXT: DW_AT_type ([[OPAQUEP:0x[0-9a-f]+]] "opaque *")
// CHECK:      [[OPAQUEP]]: DW_TAG_pointer_type
// CHECK-NEXT:   DW_AT_type ([[OPAQUE:0x[0-9a-f]+]] "opaque")
// CHECK:      [[OPAQUE]]: DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("opaque")
// CHECK-NEXT:   DW_AT_declaration (true)
// CHECK-NOT:    DW_AT_byte_size
// CHECK:      DW_TAG_
struct opaque *hidden;

// CHECK:      DW_AT_name ("extent")
// CHECK-NEXT: DW_AT_type ([[SIZE2:0x[0-9a-f]+]] "size2")
// CHECK:      [[SIZE2]]: DW_TAG_typedef
// CHECK-NEXT:   DW_AT_name ("size2")
// CHECK-NEXT:   DW_AT_type ([[UNTAGGED:0x[0-9a-f]+]] "structure ")
// CHECK:      [[UNTAGGED]]: DW_TAG_structure_type
// CHECK-NOT:    DW_AT_name
// CHECK:        DW_AT_byte_size (0x08)
typedef struct { int w, h; } size2;
size2 extent;

// CHECK:      DW_AT_name ("shelf")
// CHECK-NEXT: DW_AT_type ([[HOLDER:0x[0-9a-f]+]] "holder[3]")
// CHECK:      [[HOLDER]]: DW_TAG_array_type
// CHECK-NEXT:   DW_AT_type ([[HOLDERS:0x[0-9a-f]+]] "holder")
// CHECK:          DW_AT_count (3)
// CHECK:      [[HOLDERS]]: DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("holder")
// CHECK-NEXT:   DW_AT_byte_size (0x18)
// CHECK:        DW_AT_name ("kind")
// CHECK:        DW_TAG_member
// CHECK-NOT:      DW_AT_name
// CHECK:          DW_AT_type ({{0x[0-9a-f]+}} "union ")
// CHECK:          DW_AT_data_member_location (0x04)
// CHECK:        DW_TAG_member
// CHECK-NEXT:     DW_AT_name ("corners")
// CHECK-NEXT:     DW_AT_type ({{0x[0-9a-f]+}} "point[2]")
// CHECK:          DW_AT_data_member_location (0x08)
struct holder {
  int kind;
  union { int i; char c; };
  struct point corners[2];
} shelf[3];

// A size past 255 bytes takes a wider form.
// CHECK:      DW_TAG_structure_type
// CHECK-NEXT:   DW_AT_name ("wide")
// CHECK-NEXT:   DW_AT_byte_size (0x0190)
// CHECK:        DW_AT_name ("last")
// CHECK:        DW_AT_data_member_location (0x018c)
struct wide { int cells[99]; int last; } wide;
