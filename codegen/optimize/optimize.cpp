#include "codegen/optimize/optimize.h"

#include "codegen/passes.h"

namespace minicc {
namespace optimize {

namespace {

// A variable whose register the clean-ups removed from the code altogether
// (its value only ever passed through %eax) lives nowhere (a register
// named in an address, as lea's are, counts as named): the debugger
// says "optimized out" rather than read a register that never held it.
void forgetVanishedHomes(mach::MachineFunction& f) {
  bool named[static_cast<int>(mach::Reg::XMM15) + 1] = {};  // by Reg, %xmm ones included
  for (const mach::Block& b : f.blocks)
    for (const mach::Inst& inst : b.insts)
      for (int i = 0; i < inst.operandCount; ++i) {
        const mach::Operand& o = inst.operand(i);
        if (o.isRegister() || o.kind == mach::Operand::Kind::Memory) named[static_cast<int>(o.reg)] = true;
        if (o.kind == mach::Operand::Kind::Memory && o.scale) named[static_cast<int>(o.index)] = true;
      }
  for (mach::FrameSlot& slot : f.slots)
    if (slot.home && !named[static_cast<int>(*slot.home)]) {
      slot.home.reset();
      slot.optimizedOut = true;
    }
}

}  // namespace

// Constants first, so that promotion finds the variables they leave
// unread; promotion turns slot traffic into register moves, some of which
// then copy a value onto itself or only pass through %eax. The jump passes
// (which run at every level, codegen/passes.h) copy conditions and join
// blocks, after which the local clean-ups find more to do, so they run again.
void optimizeFunction(mach::MachineFunction& f, const OptimizeOptions& options) {
  shortenVectorCount(f);  // a whole write of %eax: the value before is not needed
  propagateConstants(f);
  promoteVariables(f, options.forDebugger ? Homes::WholeFunction : Homes::LiveRanges);
  auto cleanUp = [&f] {
    removeRedundantMoves(f);
    foldAccumulatorRoundTrips(f);
    removeRedundantMoves(f);
    foldConstants(f);
    recomputeHeldValues(f);
    removeDeadRegisterWrites(f);
  };
  cleanUp();
  simplifyJumps(f);
  joinFallThroughBlocks(f);
  cleanUp();
  removeRepeatedRuns(f);
  hoistLoopInvariants(f);
  addWithoutBranching(f);
  joinFallThroughBlocks(f);   // the blocks the jumps over the adds began
  removeRepeatedCompares(f);  // the flags of one test now stand across the branchless adds
  formLeaArithmetic(f);  // last: the patterns above look for the copy and the add
  testInsteadOfCompareWithZero(f);
  if (!options.forDebugger) layOutBlocks(f);
  forgetVanishedHomes(f);
}

}  // namespace optimize
}  // namespace minicc
