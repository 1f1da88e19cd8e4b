#include "codegen/optimize/optimize.h"

namespace minicc {
namespace optimize {

// Promotion first: it turns slot traffic into register moves, some of
// which then copy a value onto itself; jumps last, once blocks are final.
void optimizeFunction(mach::MachineFunction& f) {
  promoteVariables(f);
  removeRedundantMoves(f);
  shortenVectorCount(f);
  simplifyJumps(f);
}

}  // namespace optimize
}  // namespace minicc
