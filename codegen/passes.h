// Passes over a function's instructions, between selection and printing.
// Each takes the function as selection (or the pass before) left it and
// keeps its meaning. -O's passes come before these (codegen/optimize).
#pragma once

#include "codegen/machine.h"

namespace minicc {

// Jumps to jumps go straight to the end of the chain, a conditional jump
// over a jump is the opposite one, a loop tests its condition at the bottom
// too, and blocks nothing reaches are dropped (jumps.cpp).
void simplifyJumps(mach::MachineFunction& f);

// -O: a block nothing jumps to joins the one before it, so that the passes
// that look inside a block see across the seam (jumps.cpp). Printers label
// only referenced blocks anyway, so the listing is the same.
void joinFallThroughBlocks(mach::MachineFunction& f);

// A jump to the block that comes next anyway is dropped.
void removeJumpsToNextBlock(mach::MachineFunction& f);

// Marks the blocks something jumps to, so printers label only those.
void markReferencedBlocks(mach::MachineFunction& f);

// All of them, in order.
void runPasses(mach::MachineFunction& f);

}  // namespace minicc
