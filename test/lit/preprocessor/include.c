// #include "...": relative to the including file, then -I; include guards,
// #pragma once, and a header name made by macros.
// RUN: %minicc -E -I %S/Inputs/sub %s 2>&1 | FileCheck %s --implicit-check-not=error
// RUN: cd %S && %minicc -E -I Inputs/sub include.c | FileCheck %s --check-prefix=RELATIVE

#include "Inputs/guarded.h"
#include "Inputs/guarded.h"
#include "Inputs/once.h"
#include "Inputs/once.h"
#include "Inputs/outer.h"
#include "sibling.h"
#define HEADER "Inputs/only_in_dir.h"
#include HEADER
// CHECK: int guarded_declaration;
// CHECK-NOT: guarded_declaration
// CHECK: int once_declaration;
// CHECK-NOT: once_declaration
// CHECK: int from_file = 2; char *name = "{{.*}}Inputs/sub/sibling.h";
// CHECK: int outer_declaration = (41 + 1);
// CHECK: int from_file = 2; char *name = "{{.*}}Inputs/sub/sibling.h";
// CHECK: int found_through_dash_I;
// RELATIVE: char *name = "Inputs/sub/sibling.h";
