// Code generation for one function body: statements and expressions.
#pragma once

#include "codegen/asm_writer.h"
#include "codegen/codegen.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"
#include "parser/ast.h"

namespace minicc {

// Appends `fn` (a definition) to `out`: directives, label, prologue, body,
// one epilogue. `index` numbers the function's local labels (.LBB<index>_N).
void generateFunction(const FunctionDecl& fn, int index, const TargetInfo& target,
                      const CodegenOptions& options, StringTable& strings, AsmWriter& out);

}  // namespace minicc
