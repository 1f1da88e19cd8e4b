#include "codegen/optimize/optimize.h"

#include "codegen/passes.h"

namespace minicc {
namespace optimize {

// Constants first, so that promotion finds the variables they leave
// unread; promotion turns slot traffic into register moves, some of which
// then copy a value onto itself or only pass through %eax. The jump passes
// (which run at every level, codegen/passes.h) copy conditions and join
// blocks, after which the local clean-ups find more to do, so they run again.
void optimizeFunction(mach::MachineFunction& f) {
  shortenVectorCount(f);  // a whole write of %eax: the value before is not needed
  propagateConstants(f);
  promoteVariables(f);
  auto cleanUp = [&f] {
    removeRedundantMoves(f);
    foldAccumulatorRoundTrips(f);
    removeRedundantMoves(f);
    foldConstants(f);
    removeDeadRegisterWrites(f);
  };
  cleanUp();
  simplifyJumps(f);
  cleanUp();
}

}  // namespace optimize
}  // namespace minicc
