// Passes over a function's instructions, between selection and printing.
// Each takes the function as selection (or the pass before) left it and
// keeps its meaning; the optimiser and debug-line tables go here later.
#pragma once

#include "codegen/machine.h"

namespace minicc {

// A jump to the block that comes next anyway is dropped.
void removeJumpsToNextBlock(mach::MachineFunction& f);

// Marks the blocks something jumps to, so printers label only those.
void markReferencedBlocks(mach::MachineFunction& f);

// All of them, in order.
void runPasses(mach::MachineFunction& f);

}  // namespace minicc
