// Moves that leave every register and slot as it was. Promotion makes them:
// a parameter that stays in its arrival register is "stored" with
// "movl %edi, %edi", and "movl %eax, %ebx; movl %ebx, %eax" writes back
// what %eax holds. Selection makes the second kind too, through the slots
// that remain: "movl %eax, -4(%rbp); movl -4(%rbp), %eax".
#include "codegen/optimize/optimize.h"

#include <vector>

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

bool sameRegister(const Operand& a, const Operand& b) {
  return a.isRegister() && b.isRegister() && a.reg == b.reg && a.width == b.width;
}

bool sameSlot(const Operand& a, const Operand& b) {
  return a.kind == Operand::Kind::FrameSlot && b.kind == Operand::Kind::FrameSlot &&
         a.slot == b.slot && a.value == b.value;
}

bool sameLocation(const Operand& a, const Operand& b) { return sameRegister(a, b) || sameSlot(a, b); }

bool isHome(const mach::MachineFunction& f, const Operand& o) {
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.home == o.reg) return true;
  return false;
}

// "mov %r, %r": nothing, except that a 32-bit move clears the upper half
// (Intel SDM vol. 1, 3.4.1.1), which selection uses to zero-extend. A
// variable's home is only ever read at the variable's width, so there the
// upper half does not matter.
bool movesOntoItself(const mach::MachineFunction& f, const Inst& inst) {
  if (inst.op != Opcode::Mov || !sameRegister(inst.operand(0), inst.operand(1))) return false;
  return inst.width == Width::Q || isHome(f, inst.operand(0));
}

// "mov a, b" right after "mov b, a" of the same width: b holds a already.
// Only 32- and 64-bit moves, which write a whole register's value, and only
// registers and frame slots, whose places no address computation depends on.
bool movesBack(const Inst& previous, const Inst& inst) {
  return previous.op == Opcode::Mov && inst.op == Opcode::Mov && previous.width == inst.width &&
         (inst.width == Width::L || inst.width == Width::Q) &&
         sameLocation(previous.operand(0), inst.operand(1)) &&
         sameLocation(previous.operand(1), inst.operand(0));
}

}  // namespace

void removeRedundantMoves(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    std::vector<Inst> kept;
    kept.reserve(b.insts.size());
    const Inst* previous = nullptr;  // the last real instruction kept
    std::string_view orphanedSource;  // -fverbose-asm: a dropped statement start's words
    for (Inst& inst : b.insts) {
      if (!inst.isPseudo()) {
        if (movesOntoItself(f, inst) || (previous && movesBack(*previous, inst))) {
          if (!inst.sourceLine.empty()) orphanedSource = inst.sourceLine;
          continue;
        }
        if (!orphanedSource.empty() && inst.sourceLine.empty()) inst.sourceLine = orphanedSource;
        orphanedSource = {};
      }
      kept.push_back(inst);
      if (!kept.back().isPseudo()) previous = &kept.back();
    }
    b.insts = std::move(kept);
  }
}

}  // namespace optimize
}  // namespace minicc
