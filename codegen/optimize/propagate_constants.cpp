// A variable that is given a constant once, before anything can jump or
// read it, and never changed, is that constant everywhere (-O): its reads
// become immediates where x86 takes one ("imull $7000, %ecx"), and when
// none is left, promotion finds it unread and drops it. "Before anything
// can jump" means in the entry block ahead of its first jump: every other
// instruction runs after that (a block is entered only at its start).
// A slot that an SSE instruction uses is left alone: its "constant" would
// be the bits of a double, which no SSE instruction takes as an immediate,
// and which the debug information would give as an integer.
#include "codegen/optimize/optimize.h"

#include <vector>

#include "parser/ast.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

bool isSlot(const Operand& o, int slot) { return o.kind == Operand::Kind::FrameSlot && o.slot == slot; }

// The value a load of `bytes` bytes gives, widened as `inst` widens it.
int64_t loaded(const Inst& inst, int64_t value) {
  const bool extends = inst.op == Opcode::Movsx || inst.op == Opcode::Movzx;
  const Width from = extends ? inst.fromWidth : inst.width;
  const bool sign = inst.op != Opcode::Movzx;
  switch (from) {
    case Width::B: return sign ? static_cast<int8_t>(value) : static_cast<uint8_t>(value);
    case Width::W: return sign ? static_cast<int16_t>(value) : static_cast<uint16_t>(value);
    case Width::L: return static_cast<int32_t>(value);
    case Width::Q: return value;
  }
  return value;
}

// Reads operand 0 of `inst` as the constant instead; false where x86 has
// no such form (a compare of an immediate with an immediate, say).
bool useConstant(Inst& inst, int64_t value) {
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movsx: case Opcode::Movzx:
      if (!inst.operand(1).isRegister()) return false;
      inst.operands[0] = mach::imm(loaded(inst, value));
      if (inst.op != Opcode::Mov) {  // the widened value, moved whole
        inst.op = Opcode::Mov;
        inst.width = inst.operand(1).width;
      }
      return true;
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Cmp:
      inst.operands[0] = mach::imm(value);
      return true;
    case Opcode::Imul:  // imul $k, %reg, %reg
      if (inst.operandCount != 2 || !inst.operand(1).isRegister()) return false;
      inst.operands[2] = inst.operands[1];
      inst.operands[0] = mach::imm(value);
      inst.operandCount = 3;
      return true;
    default:
      return false;
  }
}

// The entry block's "movl $k, slot" for `slot`, if it is the slot's only
// write and comes before any jump and any read of it.
const Inst* onlyConstantStore(const mach::MachineFunction& f, int slot) {
  const Inst* store = nullptr;
  bool beforeJump = true;
  for (size_t b = 0; b < f.blocks.size(); ++b)
    for (const Inst& inst : f.blocks[b].insts) {
      if (b == 0 && (inst.op == Opcode::Jcc || inst.op == Opcode::Jmp || inst.op == Opcode::JmpIndirect))
        beforeJump = false;
      for (int i = 0; i < inst.operandCount; ++i) {
        if (!isSlot(inst.operand(i), slot)) continue;
        if (inst.isSse()) return nullptr;
        const bool plainStore = inst.op == Opcode::Mov && i == 1;
        if (!plainStore) {
          if (!store) return nullptr;  // read first, or written some other way
          if (inst.op == Opcode::Lea || i != 0) return nullptr;  // address taken, or changed in place
          continue;
        }
        if (store || b != 0 || !beforeJump || !inst.operand(0).isImmediate()) return nullptr;
        store = &inst;
      }
    }
  return store;
}

}  // namespace

void propagateConstants(mach::MachineFunction& f) {
  for (size_t s = 0; s < f.slots.size(); ++s) {
    mach::FrameSlot& slot = f.slots[s];
    const Type* type = slot.variable ? slot.variable->type : nullptr;
    if (!type || !type->isScalar() || type->isVolatile) continue;
    const int id = static_cast<int>(s);
    const Inst* store = onlyConstantStore(f, id);
    if (!store) continue;
    const int64_t value = store->operand(0).value;
    f.slots[s].constant = value;  // -g: what the variable holds, even once it has no home
    for (mach::Block& b : f.blocks)
      for (Inst& inst : b.insts)
        if (&inst != store && inst.operandCount > 0 && isSlot(inst.operand(0), id) &&
            inst.operand(0).value == 0 && mach::bytes(inst.op == Opcode::Movsx || inst.op == Opcode::Movzx
                                                           ? inst.fromWidth : inst.width) == slot.size)
          useConstant(inst, value);
  }
}

}  // namespace optimize
}  // namespace minicc
