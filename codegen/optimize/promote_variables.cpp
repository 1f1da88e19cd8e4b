// Variables into registers (-O). Selection gives every parameter and local
// a frame slot; here the slots of scalars whose address is never taken are
// treated as virtual registers and allocated:
//
//  - one that nothing reads is dead: its stores go, and so does its slot
//    (a debugger then says "optimized out");
//  - the others, most used first (a use inside a loop counts 8 times, in a
//    loop inside that 64 times), get a register of their own for the whole
//    function, while registers last; the rest stay in their slots, which is
//    where a spilled variable would live anyway.
//
// A register kept for a whole function never meets another variable's, so
// no interference is computed. A function that calls others uses the
// callee-saved %rbx, %r12-%r15 that selection left free (psABI 3.2.1: calls
// leave them alone; frame layout saves them in the prologue); a leaf first takes the caller-saved
// registers its code never names, starting with the registers its
// parameters arrive in, so that a parameter can stay where it came.
//
// A float or double takes a vector register instead, in a leaf only (psABI
// 3.2.1: no %xmm register survives a call), and only when every use is a
// scalar SSE operation that takes a register as well as memory (movsd,
// addsd, ucomisd ...); any other slot that an SSE instruction touches stays
// in memory.
#include "codegen/optimize/optimize.h"

#include <algorithm>
#include <array>
#include <vector>

#include "codegen/abi.h"
#include "parser/ast.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

// The callee-saved registers a variable may take; %rbp is the frame's.
constexpr Reg kCalleeSavedHomes[] = {Reg::BX, Reg::R12, Reg::R13, Reg::R14, Reg::R15};

// How many bytes operand `i` of `inst` reads or writes.
int accessBytes(const Inst& inst, int i) {
  bool extends = inst.op == Opcode::Movsx || inst.op == Opcode::Movzx;
  return mach::bytes(extends && i == 0 ? inst.fromWidth : inst.width);
}

bool isCall(const Inst& inst) { return inst.op == Opcode::Call || inst.op == Opcode::CallIndirect; }

// A plain store into operand 1, which reads nothing there.
bool isStore(const Inst& inst, int i) { return inst.op == Opcode::Mov && i == 1; }

// The scalar SSE operations whose memory operand may as well be an %xmm
// register (Intel SDM vol. 2: the xmm/m64 forms).
bool takesVectorRegister(Opcode op) {
  switch (op) {
    case Opcode::MovS: case Opcode::AddS: case Opcode::SubS: case Opcode::MulS:
    case Opcode::DivS: case Opcode::SqrtS: case Opcode::UcomiS:
      return true;
    default:
      return false;
  }
}

struct Candidate {
  bool promotable = false;
  bool vectorPromotable = false;  // a float or double that may live in an %xmm register
  int reads = 0;
  long weight = 0;
};

// How often each block may run, roughly: 8 to the power of the number of
// loops around it. A loop is a jump back to an earlier block (selection
// lays blocks out in source order).
std::vector<long> blockWeights(const mach::MachineFunction& f) {
  std::vector<int> depth(f.blocks.size(), 0);
  const mach::BlockIndex index(f);
  for (size_t i = 0; i < f.blocks.size(); ++i)
    for (const Inst& inst : f.blocks[i].insts) {
      if (inst.op != Opcode::Jmp && inst.op != Opcode::Jcc) continue;
      const int target = index.find(inst.operand(0).value);
      if (target < 0 || target > static_cast<int>(i)) continue;
      for (size_t k = target; k <= i; ++k) ++depth[k];
    }
  std::vector<long> weights;
  for (int d : depth) {
    long w = 1;
    for (int k = 0; k < std::min(d, 6); ++k) w *= 8;
    weights.push_back(w);
  }
  return weights;
}

std::vector<Candidate> findCandidates(const mach::MachineFunction& f) {
  std::vector<Candidate> candidates(f.slots.size());
  for (size_t s = 0; s < f.slots.size(); ++s) {
    const mach::FrameSlot& slot = f.slots[s];
    const Type* type = slot.variable ? slot.variable->type : nullptr;
    const bool promotable = type && type->isScalar() && !type->isVolatile &&
                            slot.stackArgument < 0 &&
                            (slot.size == 1 || slot.size == 2 || slot.size == 4 || slot.size == 8);
    candidates[s].promotable = promotable && !type->isFloating();
    candidates[s].vectorPromotable = promotable && type->isFloating();
  }
  const std::vector<long> weights = blockWeights(f);
  for (size_t b = 0; b < f.blocks.size(); ++b)
    for (const Inst& inst : f.blocks[b].insts)
      for (int i = 0; i < inst.operandCount; ++i) {
        const Operand& o = inst.operand(i);
        if (o.kind != Operand::Kind::FrameSlot) continue;
        Candidate& c = candidates[o.slot];
        // Its address is taken, or part of it is used, or it is an SSE
        // operand: it must stay in memory.
        if (inst.op == Opcode::Lea || inst.isSse() || o.value != 0 ||
            accessBytes(inst, i) != f.slots[o.slot].size)
          c.promotable = false;
        if (!takesVectorRegister(inst.op) || o.value != 0 || accessBytes(inst, i) != f.slots[o.slot].size)
          c.vectorPromotable = false;
        if (!isStore(inst, i)) ++c.reads;
        c.weight += weights[b];
      }
  return candidates;
}

// Stores into a variable nothing reads change nothing the program can see.
void removeDeadVariables(mach::MachineFunction& f, const std::vector<Candidate>& candidates) {
  auto dead = [&](int slot) { return candidates[slot].promotable && candidates[slot].reads == 0; };
  for (mach::Block& b : f.blocks)
    b.insts.erase(std::remove_if(b.insts.begin(), b.insts.end(),
                                 [&](const Inst& inst) {
                                   return isStore(inst, 1) &&
                                          inst.operand(1).kind == Operand::Kind::FrameSlot &&
                                          dead(inst.operand(1).slot);
                                 }),
                  b.insts.end());
  for (size_t s = 0; s < f.slots.size(); ++s)
    if (dead(static_cast<int>(s))) f.slots[s].optimizedOut = true;
}

// How many instructions name each register, as an operand or inside an
// address; division and cltd/cqto also use %rax and %rdx unnamed.
std::array<int, mach::kGeneralRegisterCount> registerMentions(const mach::MachineFunction& f) {
  std::array<int, mach::kGeneralRegisterCount> mentions{};
  auto mention = [&](Reg r) {
    if (mach::isGeneral(r)) ++mentions[static_cast<int>(r)];
  };
  for (const mach::Block& b : f.blocks)
    for (const Inst& inst : b.insts) {
      if (inst.isPseudo()) continue;
      for (int i = 0; i < inst.operandCount; ++i) {
        const Operand& o = inst.operand(i);
        if (o.kind == Operand::Kind::Register) mention(o.reg);
        if (o.kind == Operand::Kind::Memory) {
          mention(o.reg);
          if (o.scale) mention(o.index);
        }
      }
    }
  mention(Reg::AX);
  mention(Reg::DX);
  return mentions;
}

// The register parameter `slot` arrives in, when the entry stores it from there.
const Inst* entryStore(const mach::MachineFunction& f, int slot) {
  for (const Inst& inst : f.blocks.front().insts)
    if (isStore(inst, 1) && inst.operand(1).kind == Operand::Kind::FrameSlot &&
        inst.operand(1).slot == slot && inst.operand(0).isRegister())
      return &inst;
  return nullptr;
}

// A leaf's floats and doubles, most used first, into the %xmm registers
// its code never names.
void promoteFloating(mach::MachineFunction& f, const std::vector<Candidate>& candidates) {
  bool named[mach::kVectorRegisterCount] = {};
  for (const mach::Block& b : f.blocks)
    for (const Inst& inst : b.insts)
      for (int i = 0; i < inst.operandCount; ++i)
        if (inst.operand(i).isRegister() && mach::isVector(inst.operand(i).reg))
          named[mach::encodingNumber(inst.operand(i).reg)] = true;
  std::vector<int> order;
  for (size_t s = 0; s < f.slots.size(); ++s)
    if (candidates[s].vectorPromotable && candidates[s].reads > 0) order.push_back(static_cast<int>(s));
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return candidates[a].weight > candidates[b].weight; });
  int next = 0;
  for (int s : order) {
    while (next < mach::kVectorRegisterCount && named[next]) ++next;
    if (next == mach::kVectorRegisterCount) break;
    f.slots[s].home = mach::xmm(next++);
  }
}

void rewriteOperands(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks)
    for (Inst& inst : b.insts)
      for (int i = 0; i < inst.operandCount; ++i) {
        Operand& o = inst.operands[i];
        if (o.kind != Operand::Kind::FrameSlot || !f.slots[o.slot].home) continue;
        std::string_view name = o.name;
        o = mach::reg(*f.slots[o.slot].home, mach::widthOfBytes(accessBytes(inst, i)));
        o.name = name;
        // Between two %xmm registers a whole-register copy, which does not
        // wait on the destination's upper half as movsd would.
        if (inst.op == Opcode::MovS && inst.operand(0).isRegister() && inst.operand(1).isRegister())
          inst.op = Opcode::Movaps;
      }
}

}  // namespace

void promoteVariables(mach::MachineFunction& f) {
  std::vector<Candidate> candidates = findCandidates(f);
  removeDeadVariables(f, candidates);

  std::vector<int> order;
  for (size_t s = 0; s < f.slots.size(); ++s)
    if (candidates[s].promotable && candidates[s].reads > 0) order.push_back(static_cast<int>(s));
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return candidates[a].weight > candidates[b].weight; });

  bool leaf = true;
  for (const mach::Block& b : f.blocks)
    for (const Inst& inst : b.insts) leaf = leaf && !isCall(inst);

  std::vector<Reg> free;
  auto mentions = registerMentions(f);
  if (leaf) {
    // A parameter whose arrival register is named only by its entry store keeps it.
    for (int s : order) {
      const Inst* store = f.slots[s].parameter ? entryStore(f, s) : nullptr;
      if (store && mentions[static_cast<int>(store->operand(0).reg)] == 1) {
        f.slots[s].home = store->operand(0).reg;
        mentions[static_cast<int>(store->operand(0).reg)] = 2;  // taken
      }
    }
    for (Reg r : abi::kCallerSaved)
      if (mentions[static_cast<int>(r)] == 0) free.push_back(r);
  }
  // Selection keeps values across calls in some of them (kHeldTemporaryRegisters).
  for (Reg r : kCalleeSavedHomes)
    if (mentions[static_cast<int>(r)] == 0) free.push_back(r);
  size_t next = 0;
  for (int s : order) {
    if (f.slots[s].home) continue;
    if (next == free.size()) break;
    f.slots[s].home = free[next++];
  }
  if (leaf) promoteFloating(f, candidates);
  rewriteOperands(f);
}

}  // namespace optimize
}  // namespace minicc
