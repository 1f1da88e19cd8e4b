// The object-file symbol of a C declaration: a function's name, or a
// variable's assembler name ("counter", "main.calls" for a static local),
// file-local when it has internal linkage. One rule for selection, data and
// debug information.
#pragma once

#include "codegen/machine.h"
#include "parser/ast.h"

namespace minicc {

mach::Symbol symbolOf(const Decl* decl);

}  // namespace minicc
