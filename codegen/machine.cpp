#include "codegen/machine.h"

#include <algorithm>

namespace minicc {
namespace mach {

Cond negate(Cond c) {
  switch (c) {
    case Cond::E: return Cond::NE;
    case Cond::NE: return Cond::E;
    case Cond::L: return Cond::GE;
    case Cond::LE: return Cond::G;
    case Cond::G: return Cond::LE;
    case Cond::GE: return Cond::L;
    case Cond::B: return Cond::AE;
    case Cond::BE: return Cond::A;
    case Cond::A: return Cond::BE;
    case Cond::AE: return Cond::B;
    case Cond::P: return Cond::NP;
    case Cond::NP: return Cond::P;
  }
  return c;
}

std::vector<Inst> InstBuffers::take(size_t room) {
  std::vector<Inst> insts;
  if (!spare_.empty()) {
    insts = std::move(spare_.back());
    spare_.pop_back();
  }
  if (insts.capacity() < room) insts.reserve(room);
  return insts;
}

void InstBuffers::recycle(MachineFunction& f) {
  // Enough for a function of as many blocks, no more: passes make blocks
  // of their own (jumps.cpp splits loops), and keeping all of those would
  // hold on to storage for every function printed so far.
  const size_t keep = f.blocks.size();
  for (Block& b : f.blocks) {
    if (b.insts.capacity() == 0 || spare_.size() >= keep) continue;
    b.insts.clear();
    spare_.push_back(std::move(b.insts));
  }
}

const Inst* lastRealInstruction(const Block& b) {
  for (auto it = b.insts.rbegin(); it != b.insts.rend(); ++it)
    if (!it->isPseudo()) return &*it;
  return nullptr;
}

BlockIndex::BlockIndex(const MachineFunction& f) {
  int largest = -1;
  for (const Block& b : f.blocks) largest = std::max(largest, b.label);
  position_.assign(static_cast<size_t>(largest + 1), -1);
  for (size_t i = 0; i < f.blocks.size(); ++i)
    position_[static_cast<size_t>(f.blocks[i].label)] = static_cast<int>(i);
}

std::vector<int> loopDepths(const MachineFunction& f) {
  std::vector<int> depth(f.blocks.size(), 0);
  const BlockIndex index(f);
  for (size_t i = 0; i < f.blocks.size(); ++i)
    for (const Inst& inst : f.blocks[i].insts) {
      if (inst.op != Opcode::Jmp && inst.op != Opcode::Jcc) continue;
      const int target = index.find(inst.operand(0).value);
      if (target < 0 || target > static_cast<int>(i)) continue;
      for (size_t k = static_cast<size_t>(target); k <= i; ++k) ++depth[k];
    }
  return depth;
}

int unusedLabel(const MachineFunction& f) {
  int label = 0;
  for (const Block& b : f.blocks) label = std::max(label, b.label);
  return label + 1;
}

Operand memIndexed(Reg base, Reg index, int scale, int64_t displacement) {
  Operand o = mem(base, displacement);
  o.index = index;
  o.scale = static_cast<uint8_t>(scale);
  return o;
}

Operand ripRelative(Symbol symbol, std::string_view name) {
  Operand o = mem(Reg::IP);
  o.symbol = symbol;
  o.name = name;
  return o;
}

Inst makeInst(Opcode op, Width width, std::initializer_list<Operand> operands) {
  Inst inst;
  inst.op = op;
  inst.width = width;
  for (const Operand& o : operands) inst.operands[inst.operandCount++] = o;
  return inst;
}

Operand target(Symbol symbol) {
  Operand o;
  o.kind = Operand::Kind::Target;
  o.symbol = symbol;
  return o;
}

bool sameOperand(const Operand& a, const Operand& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Operand::Kind::Register:
      return a.reg == b.reg && a.width == b.width;
    case Operand::Kind::Immediate:
      return a.value == b.value;
    case Operand::Kind::FrameSlot:
      return a.slot == b.slot && a.value == b.value;
    case Operand::Kind::Memory:
      return a.reg != Reg::IP && a.reg == b.reg && a.scale == b.scale &&
             (!a.scale || a.index == b.index) && a.value == b.value;
    default:
      return false;
  }
}

bool sameInstruction(const Inst& a, const Inst& b) {
  if (a.op != b.op || a.width != b.width || a.fromWidth != b.fromWidth || a.cond != b.cond ||
      a.operandCount != b.operandCount)
    return false;
  for (int i = 0; i < a.operandCount; ++i)
    if (!sameOperand(a.operand(i), b.operand(i))) return false;
  return true;
}

}  // namespace mach
}  // namespace minicc
