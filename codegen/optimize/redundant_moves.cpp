// Moves that leave every register and slot as it was. Promotion makes them:
// a parameter that stays in its arrival register is "stored" with
// "movl %edi, %edi", and "movl %eax, %ebx; movl %ebx, %eax" writes back
// what %eax holds. Selection makes the second kind too, through the slots
// that remain: "movl %eax, -4(%rbp); movl -4(%rbp), %eax".
#include "codegen/optimize/optimize.h"

#include <vector>

#include "codegen/optimize/liveness.h"

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
    if (slot.home == o.reg && !slot.homeOnlyWhileLive) return true;
  return false;
}

// `written` (the instruction before) wrote all of register r, at r's width.
bool wroteWhole(const Inst* written, const Operand& r) {
  return written && written->operandCount > 0 && (effectOf(*written).defs & bit(r.reg)) &&
         sameRegister(written->operand(written->operandCount - 1), r);
}

// What follows in the block reads r only as a 32-bit register or less,
// until an instruction writes it at 32 bits, which clears its upper half:
// that half is never read.
bool upperHalfRewritten(const std::vector<Inst>& insts, size_t from, const Operand& r) {
  for (size_t k = from; k < insts.size(); ++k) {
    const Inst& inst = insts[k];
    if (inst.isPseudo()) continue;
    if (inst.op == Opcode::Jmp || inst.op == Opcode::Jcc || inst.op == Opcode::JmpIndirect) return false;
    const RegisterEffect e = effectOf(inst);
    if (!((e.uses | e.defs) & bit(r.reg))) continue;
    if (inst.op == Opcode::SignExtendAx && inst.width == Width::L) {
      if (r.reg == mach::Reg::DX) return true;  // cltd writes %edx whole ...
      continue;                           // ... and reads only %eax
    }
    bool named = false;
    for (int i = 0; i < inst.operandCount; ++i) {
      const Operand& o = inst.operand(i);
      if (o.kind == Operand::Kind::Memory && (o.reg == r.reg || (o.scale && o.index == r.reg))) return false;
      if (o.isRegister(r.reg)) {
        if (o.width == Width::Q) return false;
        named = true;
      }
    }
    if (!named) return false;  // read unnamed, as a call reads its arguments
    const Operand& last = inst.operand(inst.operandCount - 1);
    if ((e.defs & bit(r.reg)) && last.isRegister(r.reg) && last.width == Width::L) return true;
  }
  return false;
}

// "mov %r, %r": nothing, except that a 32-bit move clears the upper half
// (Intel SDM vol. 1, 3.4.1.1), which selection uses to zero-extend. A
// variable's home for the whole function is only ever read at the
// variable's width, so there the upper half does not matter; nor where the
// instruction before wrote the register at 32 bits, which cleared it, or
// where nothing reads that half before it is cleared.
bool movesOntoItself(const mach::MachineFunction& f, const Inst* previous, const Inst& inst,
                     const std::vector<Inst>& insts, size_t after) {
  if (inst.op != Opcode::Mov || !sameRegister(inst.operand(0), inst.operand(1))) return false;
  return inst.width == Width::Q || isHome(f, inst.operand(0)) ||
         (inst.width == Width::L &&
          (wroteWhole(previous, inst.operand(1)) || upperHalfRewritten(insts, after, inst.operand(1))));
}

// "mov a, b" right after "mov b, a" of the same width: b holds a already.
// Only 32- and 64-bit moves, which write a whole register's value, and only
// registers and frame slots, whose places no address computation depends on.
// A 32-bit move back into a register also clears its upper half, which
// "movl %eax, slot" of a 64-bit %rax leaves set: it goes only where that
// half is known clear or never read: in a variable's home (read at the
// variable's width), a register the instruction before wrote at 32 bits,
// or one that what follows reads only at 32 bits until it rewrites it.
bool movesBack(const mach::MachineFunction& f, const Inst* written, const Inst& previous,
               const Inst& inst, const std::vector<Inst>& insts, size_t after) {
  if (previous.op != Opcode::Mov || inst.op != Opcode::Mov || previous.width != inst.width ||
      (inst.width != Width::L && inst.width != Width::Q) ||
      !sameLocation(previous.operand(0), inst.operand(1)) ||
      !sameLocation(previous.operand(1), inst.operand(0)))
    return false;
  const Operand& to = inst.operand(1);
  if (inst.width == Width::Q || !to.isRegister() || isHome(f, to) || upperHalfRewritten(insts, after, to))
    return true;
  return wroteWhole(written, to);
}

}  // namespace

void removeRedundantMoves(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    std::vector<Inst> kept;
    kept.reserve(b.insts.size());
    const Inst* previous = nullptr;  // the last real instruction kept
    const Inst* beforePrevious = nullptr;  // and the one before it
    std::string_view orphanedSource;  // -fverbose-asm: a dropped statement start's words
    for (size_t i = 0; i < b.insts.size(); ++i) {
      Inst& inst = b.insts[i];
      if (!inst.isPseudo()) {
        if (movesOntoItself(f, previous, inst, b.insts, i + 1) ||
            (previous && movesBack(f, beforePrevious, *previous, inst, b.insts, i + 1))) {
          if (!inst.sourceLine.empty()) orphanedSource = inst.sourceLine;
          continue;
        }
        if (!orphanedSource.empty() && inst.sourceLine.empty()) inst.sourceLine = orphanedSource;
        orphanedSource = {};
      }
      kept.push_back(inst);
      if (!kept.back().isPseudo()) {
        beforePrevious = previous;
        previous = &kept.back();
      }
    }
    b.insts = std::move(kept);
  }
}

}  // namespace optimize
}  // namespace minicc
