// A value that waits across a call in a callee-saved register is computed
// after the call instead, when it comes from registers the call leaves
// alone (-O). Selection computes "m - 1" of f(m - 1, f(m, n - 1)) first and
// holds it in %r15 while the inner call runs:
//
//   movl %ebx, %eax; subl $1, %eax; movq %rax, %r15   (computed and held)
//   ... callq f ...
//   movq %r15, %rdi                                    (taken back)
//
// becomes "movl %ebx, %edi; subl $1, %edi" in place of the last move, so
// the function saves and restores one register fewer on every call.
//
// The computation must read only registers and constants (a call may change
// memory), none of them written between it and the move back, and its
// flags and %rax must be read by nothing else; the held register must be
// read by nothing but the move back, with no jump in between, and must be
// no variable's home (the debugger reads a variable there all the time).
#include "codegen/optimize/optimize.h"

#include <algorithm>
#include <vector>

#include "codegen/abi.h"
#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

constexpr Reg kAccumulator = abi::kReturnRegister;
constexpr size_t kLongestComputation = 4;  // instructions

bool isCalleeSaved(Reg r) {
  return r != Reg::BP && std::find(std::begin(abi::kCalleeSaved), std::end(abi::kCalleeSaved), r) !=
                             std::end(abi::kCalleeSaved);
}

// An instruction that computes into %rax from registers and constants only
// (an address that lea takes counts: it reads no memory).
bool computesAccumulatorPurely(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movabs: case Opcode::Movsx: case Opcode::Movzx: case Opcode::Lea:
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr: case Opcode::Neg: case Opcode::Not:
    case Opcode::Imul:
      break;
    default:
      return false;
  }
  const int last = inst.operandCount - 1;
  if (last < 0 || !inst.operand(last).isRegister(kAccumulator)) return false;
  for (int i = 0; i < last; ++i) {
    const Operand& o = inst.operand(i);
    const bool address = inst.op == Opcode::Lea && o.isMemory();
    if (!address && !o.isImmediate() && !(o.isRegister() && mach::isGeneral(o.reg))) return false;
  }
  return true;
}

// Writes all of %rax (32 or 64 bits) without reading it: a value starts here.
bool startsAccumulatorValue(const Inst& inst) {
  const RegisterEffect e = effectOf(inst);
  return (e.defs & bit(kAccumulator)) && !(e.uses & bit(kAccumulator));
}

bool isJump(const Inst& inst) {
  return inst.op == Opcode::Jmp || inst.op == Opcode::Jcc || inst.op == Opcode::JmpIndirect ||
         inst.op == Opcode::Ret;
}

// The computation, retargeted from %rax to `to`.
Inst retargeted(Inst inst, Reg to) {
  for (int i = 0; i < inst.operandCount; ++i) {
    Operand& o = inst.operands[i];
    if (o.isRegister(kAccumulator)) o.reg = to;
    if (o.kind == Operand::Kind::Memory) {
      if (o.reg == kAccumulator) o.reg = to;
      if (o.scale && o.index == kAccumulator) o.index = to;
    }
  }
  inst.note = {};
  inst.sourceLine = {};
  return inst;
}

// Tries the held value saved at insts[hold]; true when it moved.
bool recompute(std::vector<Inst>& insts, const std::vector<RegisterSet>& liveAfter, RegisterSet homes,
               size_t hold) {
  const Inst& save = insts[hold];
  if (save.op != Opcode::Mov || save.width != Width::Q || !save.operand(0).isRegister(kAccumulator) ||
      !save.operand(1).isRegister() || !isCalleeSaved(save.operand(1).reg) || (homes & bit(save.operand(1).reg)))
    return false;
  const Reg held = save.operand(1).reg;
  if (liveAfter[hold] & bit(kAccumulator)) return false;

  // The computation: back from the save to where %rax's value starts.
  size_t start = hold;
  for (size_t k = hold; k-- > 0 && hold - k <= kLongestComputation;) {
    if (!computesAccumulatorPurely(insts[k])) break;
    if (startsAccumulatorValue(insts[k])) {
      start = k;
      break;
    }
  }
  if (start == hold || flagsReadAfter(insts, hold - 1)) return false;
  RegisterSet reads = 0;
  for (size_t k = start; k < hold; ++k) reads |= effectOf(insts[k]).uses;
  reads &= ~bit(kAccumulator);

  // Forward to the move back, through no jump and nothing that changes what it reads.
  for (size_t k = hold + 1; k < insts.size(); ++k) {
    const Inst& inst = insts[k];
    if (inst.isPseudo()) continue;
    const RegisterEffect e = effectOf(inst);
    if (inst.op == Opcode::Mov && inst.width == Width::Q && inst.operand(0).isRegister(held) &&
        inst.operand(1).isRegister() && mach::isGeneral(inst.operand(1).reg)) {
      const Reg to = inst.operand(1).reg;
      if (to == held || (reads & bit(to)) || (liveAfter[k] & bit(held)) || flagsReadAfter(insts, k))
        return false;
      std::vector<Inst> computation;
      for (size_t c = start; c < hold; ++c) computation.push_back(retargeted(insts[c], to));
      computation.front().sourceLine = inst.sourceLine;
      std::string_view orphanedSource = insts[start].sourceLine;
      insts.erase(insts.begin() + static_cast<long>(k));
      insts.insert(insts.begin() + static_cast<long>(k), computation.begin(), computation.end());
      insts.erase(insts.begin() + static_cast<long>(start), insts.begin() + static_cast<long>(hold) + 1);
      if (!orphanedSource.empty() && start < insts.size() && insts[start].sourceLine.empty())
        insts[start].sourceLine = orphanedSource;
      return true;
    }
    if (isJump(inst) || ((e.uses | e.defs) & bit(held)) || (e.defs & reads)) return false;
  }
  return false;
}

// One round, at most one value a block (liveness is then out of date); true when one moved.
bool recomputeOnce(mach::MachineFunction& f) {
  const auto liveAfter = liveAfterEachInstruction(f);
  RegisterSet homes = 0;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.home) homes |= bit(*slot.home);
  bool moved = false;
  for (size_t b = 0; b < f.blocks.size(); ++b) {
    auto& insts = f.blocks[b].insts;
    for (size_t i = 0; i < insts.size(); ++i)
      if (recompute(insts, liveAfter[b], homes, i)) {
        moved = true;
        break;
      }
  }
  return moved;
}

}  // namespace

void recomputeHeldValues(mach::MachineFunction& f) {
  for (int round = 0; round < 8 && recomputeOnce(f); ++round) {}
}

}  // namespace optimize
}  // namespace minicc
