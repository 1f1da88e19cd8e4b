// A compare made again with nothing between that changes the flags or what
// it reads goes (-O). Branchless adds (conditional_add.cpp) leave the flags
// of one test standing across a lea and a cmov, so lattice's
//
//   cmpl $49000000, %esi; leal 1(%r10), %ecx; cmovlel %ecx, %r10d
//   cmpl $49000000, %esi; leal 1(%r11), %ecx; cmovel %ecx, %r11d
//
// needs the second compare no more.
#include "codegen/optimize/optimize.h"

#include <vector>

#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;

bool isCompare(const Inst& inst) { return inst.op == Opcode::Cmp || inst.op == Opcode::Test; }

// Instructions that leave the flags as they were (Intel SDM vol. 1,
// appendix A); any other may change them.
bool keepsFlags(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movsx: case Opcode::Movzx: case Opcode::Movabs: case Opcode::Lea:
    case Opcode::Setcc: case Opcode::Cmov: case Opcode::Jcc: case Opcode::Push: case Opcode::Pop:
      return true;
    default:
      return inst.isPseudo();
  }
}

}  // namespace

void removeRepeatedCompares(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    std::vector<Inst>& insts = b.insts;
    const Inst* standing = nullptr;  // the compare whose flags still stand
    RegisterSet reads = 0;
    bool inMemory = false;
    for (size_t i = 0; i < insts.size(); ++i) {
      const Inst& inst = insts[i];
      if (standing && isCompare(inst) && mach::sameInstruction(*standing, inst)) {
        insts.erase(insts.begin() + static_cast<long>(i--));
        continue;
      }
      if (isCompare(inst)) {
        standing = &inst;
        reads = namedRegisters(inst);
        inMemory = readsMemory(inst);
        continue;
      }
      const bool changesInput = (namedRegisters(inst) | effectOf(inst).defs) & reads;
      if (!keepsFlags(inst) || changesInput || (inMemory && (writesMemory(inst) || inst.op == Opcode::Push)))
        standing = nullptr;
    }
  }
}

}  // namespace optimize
}  // namespace minicc
