// -O: passes over a selected function's instructions that make it faster
// and keep its meaning. They run after instruction selection and before the
// general passes and frame layout (codegen/passes.h, codegen/frame_layout.h),
// so they still see frame slots as slots, not yet as %rbp offsets.
//
// There is no separate layer of virtual registers: selection gives every
// parameter and local a frame slot, and the slots of scalars whose address
// is never taken are the allocator's virtual registers. Each file below is
// one idea.
#pragma once

#include <vector>

#include "codegen/machine.h"

namespace minicc {
namespace optimize {

// A variable set to a constant once, before anything jumps, and never
// changed is read as that constant (propagate_constants.cpp).
void propagateConstants(mach::MachineFunction& f);

// Arithmetic on registers of known value is done now (fold_constants.cpp).
void foldConstants(mach::MachineFunction& f);

// Where promoted variables may live: in a register for the whole function
// (what -g describes with one location), or also in one shared with other
// values outside the variable's live range.
enum class Homes { WholeFunction, LiveRanges };

// Variables that nothing reads lose their stores and their slot; the others
// whose address is never taken move into registers, by priority
// (promote_variables.cpp).
void promoteVariables(mach::MachineFunction& f, Homes homes);

// A value that goes into %eax only to come back out is worked on where it
// is, when nothing reads %eax after (accumulator_folding.cpp, liveness.h).
void foldAccumulatorRoundTrips(mach::MachineFunction& f);

// An instruction that only writes a register nothing reads goes (dead_code.cpp).
void removeDeadRegisterWrites(mach::MachineFunction& f);

// A move that copies a value to where it already is goes (redundant_moves.cpp).
void removeRedundantMoves(mach::MachineFunction& f);

// "movb $0, %al" before a variadic call becomes "xorl %eax, %eax" (vector_count.cpp).
void shortenVectorCount(mach::MachineFunction& f);

// A value held in a callee-saved register across a call, computed from
// registers the call leaves alone, is computed after the call instead
// (recompute_held_values.cpp).
void recomputeHeldValues(mach::MachineFunction& f);

// A computation of the same value on every round of a loop is done once
// before it, into a register the loop leaves free (hoist_invariants.cpp).
void hoistLoopInvariants(mach::MachineFunction& f);

// "if (x <= 0) x += k;" adds with lea and cmov instead of a jump (conditional_add.cpp).
void addWithoutBranching(mach::MachineFunction& f);

// "movl %ebx, %edi; subl $1, %edi" becomes "leal -1(%rbx), %edi" (lea_arithmetic.cpp).
void formLeaArithmetic(mach::MachineFunction& f);

// A run of instructions done again with its inputs and results unchanged
// is done once: x / c, then x % c, multiply by the same magic number once
// (repeated_runs.cpp).
void removeRepeatedRuns(mach::MachineFunction& f);

// A compare whose flags still stand from the same compare before goes
// (repeated_compare.cpp).
void removeRepeatedCompares(mach::MachineFunction& f);

// "cmpl $0, %reg" becomes "testl %reg, %reg" (compare_with_zero.cpp).
void testInsteadOfCompareWithZero(mach::MachineFunction& f);

// The entry's test of its parameters and the return it may lead to, done
// before the frame is set up, from the argument registers; jumping to
// `slowLabel`, the function as before, when it does not return (frame
// layout places them; quick_return.cpp). Empty when the function does not
// begin that way.
std::vector<mach::Inst> quickReturnPath(const mach::MachineFunction& f, int slowLabel);

// Blocks move so that the usual way round a loop takes one jump: a short
// block ending in the loop's jump back is copied into a block that jumps
// to it, and an early return inside a loop moves out of the way
// (block_layout.cpp).
void layOutBlocks(mach::MachineFunction& f);

// -g: the debug information describes each variable with one location
// and follows the source's order of blocks, so some passes hold back.
struct OptimizeOptions {
  bool forDebugger = false;
};

// All of them, in order.
void optimizeFunction(mach::MachineFunction& f, const OptimizeOptions& options);

}  // namespace optimize
}  // namespace minicc
