// An instruction whose only effect is a register value nothing reads is
// dropped (-O): "movl $7000, %ecx" right before "movl $49000000, %ecx", or
// a copy that folding left unused. Moves and address computations qualify
// whenever their register is dead (liveness.h); arithmetic only when its
// flags are not read either. Division stays: it may trap.
#include "codegen/optimize/optimize.h"

#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;

enum class Kind { Keep, Move, Arithmetic };

// Liveness follows the general registers only, so only a write to one of
// them can be seen to be dead (the SSE operations are never among these).
Kind kindOf(const Inst& inst) {
  if (inst.operandCount == 0 || !inst.operands[inst.operandCount - 1].isRegister() ||
      !mach::isGeneral(inst.operands[inst.operandCount - 1].reg))
    return Kind::Keep;
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movabs: case Opcode::Movsx: case Opcode::Movzx: case Opcode::Lea:
      return Kind::Move;
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr: case Opcode::Neg: case Opcode::Not:
    case Opcode::Imul:
      return Kind::Arithmetic;
    default:
      return Kind::Keep;
  }
}

// One round; true when something went.
bool removeOnce(mach::MachineFunction& f) {
  const auto liveAfter = liveAfterEachInstruction(f);
  bool removed = false;
  for (size_t b = 0; b < f.blocks.size(); ++b) {
    auto& insts = f.blocks[b].insts;
    std::vector<Inst> kept;
    kept.reserve(insts.size());
    for (size_t i = 0; i < insts.size(); ++i) {
      const Inst& inst = insts[i];
      const Kind kind = kindOf(inst);
      const mach::Reg written = inst.operands[inst.operandCount ? inst.operandCount - 1 : 0].reg;
      const bool dead = kind != Kind::Keep && written != mach::Reg::SP && written != mach::Reg::BP &&
                        !(liveAfter[b][i] & bit(written)) &&
                        (kind == Kind::Move || !flagsReadAfter(insts, i));
      if (dead) {
        removed = true;
        continue;
      }
      kept.push_back(inst);
    }
    insts = std::move(kept);
  }
  return removed;
}

}  // namespace

void removeDeadRegisterWrites(mach::MachineFunction& f) {
  for (int round = 0; round < 4 && removeOnce(f); ++round) {}
}

}  // namespace optimize
}  // namespace minicc
