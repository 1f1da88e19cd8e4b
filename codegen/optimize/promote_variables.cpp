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
// A leaf first takes the caller-saved registers its code never names,
// starting with the registers its parameters arrive in, so that a
// parameter can stay where it came; such a register is the variable's for
// the whole function and meets nothing else. Then, in any function, a
// variable may share a caller-saved register with the code around it: one
// that holds nothing else while the variable is live, and that no call
// between its uses changes (the interference test below; a parameter tries
// its arrival register first). The rest take the callee-saved %rbx,
// %r12-%r15 that selection left free (psABI 3.2.1: calls leave them alone;
// frame layout saves them in the prologue). For -g every home is a
// whole-function one, which one DWARF location describes.
//
// A float or double takes a vector register instead, in a leaf only (psABI
// 3.2.1: no %xmm register survives a call), and only when every use is a
// scalar SSE operation that takes a register as well as memory (movsd,
// addsd, ucomisd ...); any other slot that an SSE instruction touches stays
// in memory.
#include "codegen/optimize/optimize.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "codegen/abi.h"
#include "codegen/optimize/liveness.h"
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
// loops around it (mach::loopDepths).
std::vector<long> blockWeights(const mach::MachineFunction& f) {
  std::vector<long> weights;
  for (int d : mach::loopDepths(f)) {
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

// How many instructions name each register; division and cltd/cqto also
// use %rax and %rdx unnamed.
std::array<int, mach::kGeneralRegisterCount> registerMentions(const mach::MachineFunction& f) {
  std::array<int, mach::kGeneralRegisterCount> mentions{};
  for (const mach::Block& b : f.blocks)
    for (const Inst& inst : b.insts) {
      const RegisterSet named = namedRegisters(inst);
      for (int r = 0; r < mach::kGeneralRegisterCount; ++r)
        if (named & (RegisterSet{1} << r)) ++mentions[r];
    }
  ++mentions[static_cast<int>(Reg::AX)];
  ++mentions[static_cast<int>(Reg::DX)];
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

// Who may share a register with whom, for the (at most 64) most used
// integer candidates: two values interfere when both are live after the
// same instruction (or one is written there while the other is live), or
// both are live before it (Chaitin's test, with the physical registers'
// values as further values). A move between a variable and a register is
// no conflict between the two: they then hold the same value.
class Interference {
 public:
  using SlotSet = uint64_t;  // bit k: the k-th tracked candidate
  static constexpr size_t kTracked = 64;

  Interference(const mach::MachineFunction& f, const std::vector<int>& order) : f_(f) {
    bitOfSlot_.assign(f.slots.size(), -1);
    for (size_t k = 0; k < order.size() && k < kTracked; ++k) bitOfSlot_[order[k]] = static_cast<int>(k);
    blocked_.assign(std::min(order.size(), kTracked), 0);
    meets_.assign(blocked_.size(), 0);
    if (!blocked_.empty()) compute();
  }

  bool tracked(int slot) const { return bitOfSlot_[slot] >= 0; }
  // Slot `slot` may live in `r` beside the slots `sharing` it already.
  bool mayShare(int slot, Reg r, const std::vector<int>& sharing) const {
    const int k = bitOfSlot_[slot];
    if (blocked_[k] & bit(r)) return false;
    for (int other : sharing)
      if (meets_[k] & (SlotSet{1} << bitOfSlot_[other])) return false;
    return true;
  }

 private:
  // The tracked slots an instruction reads (`uses`) and overwrites without
  // reading (`defs`: a plain store), and all it writes.
  struct SlotEffect {
    Effect<SlotSet> flow;
    SlotSet writes = 0;
  };
  SlotEffect slotEffect(const Inst& inst) const {
    SlotEffect e;
    for (int i = 0; i < inst.operandCount; ++i) {
      const Operand& o = inst.operand(i);
      if (o.kind != Operand::Kind::FrameSlot || bitOfSlot_[o.slot] < 0) continue;
      const SlotSet b = SlotSet{1} << bitOfSlot_[o.slot];
      if (isStore(inst, i)) e.flow.defs |= b;
      else e.flow.uses |= b;
      if (i == inst.operandCount - 1 && writesMemory(inst)) e.writes |= b;
    }
    return e;
  }

  // The register a plain move copies a tracked slot to or from, with its bit.
  std::pair<RegisterSet, SlotSet> copyBetween(const Inst& inst) const {
    if (inst.op != Opcode::Mov) return {0, 0};
    const Operand& a = inst.operand(0);
    const Operand& b = inst.operand(1);
    const Operand* slot = a.kind == Operand::Kind::FrameSlot ? &a : &b;
    const Operand* other = slot == &a ? &b : &a;
    if (slot->kind != Operand::Kind::FrameSlot || !other->isRegister() || bitOfSlot_[slot->slot] < 0)
      return {0, 0};
    return {bit(other->reg), SlotSet{1} << bitOfSlot_[slot->slot]};
  }

  void compute() {
    const auto registersAfter = liveAfterEachInstruction(f_);
    const auto slotsAfter = liveAfterEach<SlotSet>(
        f_, [this](const std::vector<Inst>& insts, size_t i) { return slotEffect(insts[i]).flow; }, 0);
    for (size_t b = 0; b < f_.blocks.size(); ++b) {
      const auto& insts = f_.blocks[b].insts;
      for (size_t i = 0; i < insts.size(); ++i) {
        const Inst& inst = insts[i];
        if (inst.isPseudo()) continue;
        const RegisterEffect re = effectOf(inst);
        const RegisterSet registersOut = registersAfter[b][i] | re.defs | namedRegisters(inst);
        const RegisterSet registersIn = (registersAfter[b][i] & ~re.defs) | re.uses;
        const SlotEffect se = slotEffect(inst);
        const SlotSet slotsOut = slotsAfter[b][i] | se.writes | se.flow.defs;
        const SlotSet slotsIn = (slotsAfter[b][i] & ~se.flow.defs) | se.flow.uses;
        const auto [copiedRegister, copiedSlot] = copyBetween(inst);
        // Only the slots live here meet anything here.
        for (SlotSet live = slotsOut | slotsIn; live; live &= live - 1) {
          const int k = __builtin_ctzll(live);
          const SlotSet self = SlotSet{1} << k;
          RegisterSet conflicts = 0;
          if (slotsOut & self) {
            conflicts |= registersOut;
            meets_[k] |= slotsOut;
          }
          if (slotsIn & self) {
            conflicts |= registersIn;
            meets_[k] |= slotsIn;
          }
          if (copiedSlot == self) conflicts &= ~copiedRegister;
          blocked_[k] |= conflicts;
        }
      }
    }
    for (size_t k = 0; k < meets_.size(); ++k) meets_[k] &= ~(SlotSet{1} << k);
  }

  const mach::MachineFunction& f_;
  std::vector<int> bitOfSlot_;       // by slot: its bit, or -1
  std::vector<RegisterSet> blocked_;  // by bit: registers holding other values while it is live
  std::vector<SlotSet> meets_;        // by bit: tracked slots live at the same time
};

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

// "movl %esi, x" with x now living in %esi while live: nothing to do (a
// whole-function home never meets such a store; redundant_moves.cpp keeps
// the other self-moves, which may zero-extend).
bool storesIntoOwnRegister(const mach::MachineFunction& f, const Inst& inst) {
  if (!isStore(inst, 1) || inst.operand(1).kind != Operand::Kind::FrameSlot || !inst.operand(0).isRegister())
    return false;
  const mach::FrameSlot& slot = f.slots[inst.operand(1).slot];
  return slot.homeOnlyWhileLive && slot.home == inst.operand(0).reg;
}

void rewriteOperands(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks)
    b.insts.erase(std::remove_if(b.insts.begin(), b.insts.end(),
                                 [&](const Inst& inst) { return storesIntoOwnRegister(f, inst); }),
                  b.insts.end());
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

void promoteVariables(mach::MachineFunction& f, Homes homes) {
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

  auto mentions = registerMentions(f);
  std::vector<Reg> unnamedCallerSaved, unnamedCalleeSaved;
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
      if (mentions[static_cast<int>(r)] == 0) unnamedCallerSaved.push_back(r);
  }
  // Selection keeps values across calls in some of them (kHeldTemporaryRegisters).
  for (Reg r : kCalleeSavedHomes)
    if (mentions[static_cast<int>(r)] == 0) unnamedCalleeSaved.push_back(r);

  RegisterSet wholeFunctionHomes = 0;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.home) wholeFunctionHomes |= bit(*slot.home);
  for (Reg r : unnamedCallerSaved) wholeFunctionHomes |= bit(r);
  std::optional<Interference> interference;
  if (homes == Homes::LiveRanges) interference.emplace(f, order);
  std::array<std::vector<int>, mach::kGeneralRegisterCount> sharing;  // by register: the slots in it

  // The first of `tries` that `s` may share while it is live.
  auto sharedRegister = [&](int s, const std::vector<Reg>& tries) -> std::optional<Reg> {
    if (!interference || !interference->tracked(s)) return std::nullopt;
    for (Reg r : tries)
      if (!(wholeFunctionHomes & bit(r)) && interference->mayShare(s, r, sharing[static_cast<int>(r)]))
        return r;
    return std::nullopt;
  };
  const std::vector<Reg> callerSaved(std::begin(abi::kCallerSaved), std::end(abi::kCallerSaved));

  size_t nextCallerSaved = 0, nextCalleeSaved = 0;
  for (int s : order) {
    mach::FrameSlot& slot = f.slots[s];
    if (slot.home) continue;
    // Staying where it arrived saves a parameter the copy to anywhere else.
    const Inst* store = slot.parameter ? entryStore(f, s) : nullptr;
    std::optional<Reg> shared = store ? sharedRegister(s, {store->operand(0).reg}) : std::nullopt;
    if (!shared && nextCallerSaved < unnamedCallerSaved.size()) {
      slot.home = unnamedCallerSaved[nextCallerSaved++];
      continue;
    }
    if (!shared) shared = sharedRegister(s, callerSaved);
    if (shared) {
      slot.home = *shared;
      slot.homeOnlyWhileLive = true;
      sharing[static_cast<int>(*shared)].push_back(s);
    } else if (nextCalleeSaved < unnamedCalleeSaved.size()) {
      slot.home = unnamedCalleeSaved[nextCalleeSaved++];
    }
  }
  if (leaf) promoteFloating(f, candidates);
  rewriteOperands(f);
}

}  // namespace optimize
}  // namespace minicc
