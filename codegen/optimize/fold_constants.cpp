// Arithmetic on a register whose value is known is done at compile time
// (-O): "movl $7000, %ecx; imull $7000, %ecx, %ecx" is "movl $49000000,
// %ecx" (and so is "imull %ecx, %ecx"), with C's wrap-around of the
// operation's width (the machine's, as selection already chose it). A known value multiplied by a
// register or memory operand becomes the three-operand imul, and a known
// register read as a source becomes an immediate where x86 takes one.
//
// A value is known from "mov $k, %r" until something else writes %r, within
// a block (another block may be entered from elsewhere). Folding changes the
// flags, so it is left alone where a jump or setcc reads them before the
// next compare. The SSE operations fold nothing: a known general register
// they read stays a register (cvtsi2sd takes no immediate), and what they
// write there (cvttsd2si, movq) is unknown.
#include "codegen/optimize/optimize.h"

#include <array>
#include <optional>

#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

struct Known {
  bool valid = false;
  Width width = Width::L;
  int64_t value = 0;
};

// The value `op` gives on known operands at `width`, wrapped to it.
std::optional<int64_t> evaluate(Opcode op, Width width, int64_t left, int64_t right) {
  const bool wide = width == Width::Q;
  const uint64_t a = static_cast<uint64_t>(left), b = static_cast<uint64_t>(right);
  const int count = static_cast<int>(right & (wide ? 63 : 31));  // the hardware masks the count
  uint64_t r;
  switch (op) {
    case Opcode::Add: r = a + b; break;
    case Opcode::Sub: r = a - b; break;
    case Opcode::Imul: r = a * b; break;
    case Opcode::And: r = a & b; break;
    case Opcode::Or: r = a | b; break;
    case Opcode::Xor: r = a ^ b; break;
    case Opcode::Shl: r = a << count; break;
    case Opcode::Shr: r = wide ? a >> count : static_cast<uint32_t>(a) >> count; break;
    case Opcode::Neg: r = 0 - a; break;
    case Opcode::Not: r = ~a; break;
    case Opcode::Sar:
      r = wide ? static_cast<uint64_t>(left >> count)
               : static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(left) >> count));
      break;
    default: return std::nullopt;
  }
  return wide ? static_cast<int64_t>(r) : static_cast<int64_t>(static_cast<int32_t>(r));
}

bool fitsInImmediate(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

}  // namespace

void foldConstants(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    std::array<Known, mach::kGeneralRegisterCount> known{};
    auto& insts = b.insts;
    for (size_t i = 0; i < insts.size(); ++i) {
      Inst& inst = insts[i];
      const int n = inst.operandCount;
      const Operand* destination = n ? &inst.operands[n - 1] : nullptr;
      if (destination && destination->isRegister() && mach::isGeneral(destination->reg) &&
          !inst.isSse()) {
        Known& d = known[static_cast<int>(destination->reg)];
        // The source is an immediate, or the known register itself ("imull %ecx, %ecx";
        // not "xorl %eax, %eax", the zeroing idiom that says how many vector
        // registers a variadic call gets).
        const bool selfSource = n == 2 && inst.operand(0).isRegister(destination->reg) &&
                                (inst.op == Opcode::Imul || inst.op == Opcode::Add);
        const bool twoOperand = n == 2 && (inst.operand(0).isImmediate() || selfSource);
        const bool unary = (inst.op == Opcode::Neg || inst.op == Opcode::Not) && n == 1;
        const bool threeOperandImul = inst.op == Opcode::Imul && n == 3 && inst.operand(0).isImmediate() &&
                                      inst.operand(1).isRegister(destination->reg);
        if (d.valid && d.width == inst.width && (twoOperand || threeOperandImul || unary) &&
            !flagsReadAfter(insts, i)) {
          const int64_t source = unary ? 0 : selfSource ? d.value : inst.operand(0).value;
          if (auto v = evaluate(inst.op, inst.width, d.value, source);
              v && fitsInImmediate(*v)) {
            Operand into = *destination;
            inst.op = Opcode::Mov;
            inst.operandCount = 2;
            inst.operands[0] = mach::imm(*v);
            inst.operands[1] = into;
            d.value = *v;
            continue;
          }
        }
        // k * x: imul $k, x, %r, where x does not involve %r.
        if (d.valid && d.width == inst.width && inst.op == Opcode::Imul && n == 2 &&
            fitsInImmediate(d.value)) {
          const Operand& x = inst.operand(0);
          const bool xUsesDestination =
              (x.isRegister() && x.reg == destination->reg) ||
              (x.kind == Operand::Kind::Memory &&
               (x.reg == destination->reg || (x.scale && x.index == destination->reg)));
          if (!xUsesDestination) {
            Operand into = *destination;
            inst.operands[2] = into;
            inst.operands[1] = x;
            inst.operands[0] = mach::imm(d.value);
            inst.operandCount = 3;
            d.valid = false;
            continue;
          }
        }
      }
      // A known register read as the source: the immediate instead, where
      // the instruction takes one ("cmpl %ecx, %eax" -> "cmpl $49000000, %eax").
      if (n == 2 && inst.operand(0).isRegister() && mach::isGeneral(inst.operand(0).reg) &&
          !inst.operand(1).isRegister(inst.operand(0).reg)) {
        const Known& k = known[static_cast<int>(inst.operand(0).reg)];
        const bool takesImmediate = inst.op == Opcode::Add || inst.op == Opcode::Sub ||
                                    inst.op == Opcode::And || inst.op == Opcode::Or ||
                                    inst.op == Opcode::Xor || inst.op == Opcode::Cmp ||
                                    inst.op == Opcode::Mov;
        if (k.valid && takesImmediate && k.width == inst.width && inst.operand(0).width == inst.width &&
            fitsInImmediate(k.value))
          inst.operands[0] = mach::imm(k.value);
      }
      // What the instruction leaves known.
      const RegisterSet written = effectOf(inst).defs;  // partial writes too
      for (int r = 0; r < mach::kGeneralRegisterCount; ++r)
        if (written & bit(static_cast<mach::Reg>(r))) known[r].valid = false;
      if (inst.op == Opcode::Mov && n == 2 && inst.operand(0).isImmediate() && destination->isRegister() &&
          mach::isGeneral(destination->reg) &&
          (inst.width == Width::L || inst.width == Width::Q))
        known[static_cast<int>(destination->reg)] = {true, inst.width, inst.operand(0).value};
    }
  }
}

}  // namespace optimize
}  // namespace minicc
