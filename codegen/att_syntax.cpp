// AT&T syntax: "movl %edi, -4(%rbp)" — the width in the mnemonic, sources
// before the destination, '%' on registers, '$' on immediates.
#include "codegen/gas_syntax.h"
#include "codegen/opcode_spellings.h"
#include "codegen/registers.h"

namespace minicc {

using mach::Opcode;
using mach::Operand;

void printAttRegister(mach::Reg r, mach::Width w, AsmWriter& out) {
  out.put('%');
  out.put(registerName(r, w));
}

namespace {

void mnemonic(const mach::Inst& inst, AsmWriter& out) {
  if (inst.op == Opcode::SignExtendAx) {  // %eax into %edx:%eax, or %rax into %rdx:%rax
    out.begin(inst.width == mach::Width::Q ? "cqto" : "cltd");
    return;
  }
  std::string_view stem = spellingOf(inst.op).att;
  if (inst.isSse()) {  // a precision, not a width: addsd, cvtsi2sdl
    out.begin(gasSseMnemonic(inst, /*att=*/true));
    return;
  }
  out.begin(withoutMark(stem));
  switch (inst.op) {
    case Opcode::Movsx:  // movsbl, movslq: the source's width, then the destination's
    case Opcode::Movzx:
      out.put(attWidthLetter(inst.fromWidth));
      out.put(attWidthLetter(inst.width));
      return;
    case Opcode::Jcc:
    case Opcode::Setcc:
      out.put(conditionSuffix(inst.cond));
      return;
    case Opcode::Cmov:  // the condition, then the width: cmovll, as clang writes it
      out.put(conditionSuffix(inst.cond));
      out.put(attWidthLetter(inst.width));
      return;
    default:
      if (!isWholeMnemonic(stem)) out.put(attWidthLetter(inst.width));
      return;
  }
}

}  // namespace

void printAttOperand(const mach::Inst&, const Operand& o, const GasNames& names,
                     AsmWriter& out) {
  switch (o.kind) {
    case Operand::Kind::None:
      return;
    case Operand::Kind::Register:
      printAttRegister(o.reg, o.width, out);
      return;
    case Operand::Kind::Immediate:
      out.put('$');
      out.putInt(o.value);
      return;
    case Operand::Kind::Memory:
    case Operand::Kind::FrameSlot:
      if (o.reg == mach::Reg::IP) {
        names.symbol(o.symbol, out);
        if (o.value) {
          if (o.value > 0) out.put('+');
          out.putInt(o.value);
        }
        out.put("(%rip)");
        return;
      }
      if (o.value) out.putInt(o.value);
      out.put('(');
      printAttRegister(o.reg, mach::Width::Q, out);
      if (o.scale) {
        out.put(',');
        printAttRegister(o.index, mach::Width::Q, out);
        out.put(',');
        out.putInt(o.scale);
      }
      out.put(')');
      return;
    case Operand::Kind::Block:
      names.block(static_cast<int>(o.value), out);
      return;
    case Operand::Kind::Target:
      names.symbol(o.symbol, out);
      return;
  }
}

void printAttInstruction(const mach::Inst& inst, const GasNames& names, AsmWriter& out) {
  mnemonic(inst, out);
  for (int i = 0; i < inst.operandCount; ++i) {
    out.operand();
    if (inst.op == Opcode::JmpIndirect || inst.op == Opcode::CallIndirect)
      out.put('*');  // an address in a register
    printAttOperand(inst, inst.operand(i), names, out);
  }
}

}  // namespace minicc
