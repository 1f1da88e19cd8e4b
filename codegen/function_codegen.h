// Instruction selection for one function: the checked tree of a function
// definition in, its machine instructions out (codegen/machine.h), with a
// frame slot for every parameter and local still to be laid out.
#pragma once

#include "codegen/codegen.h"
#include "codegen/machine.h"
#include "codegen/string_table.h"
#include "parser/ast.h"

namespace minicc {

// `index` numbers the function's local labels (.LBB<index>_N) and tables;
// the blocks take their storage from `buffers`, when given.
mach::MachineFunction selectInstructions(const FunctionDecl& fn, int index,
                                         const CodegenOptions& options, StringTable& strings,
                                         mach::InstBuffers* buffers = nullptr);

}  // namespace minicc
