// Intel syntax as clang -masm=intel prints it: "mov dword ptr [rbp - 4], edi"
// — the destination first, bare registers and numbers, the width named on
// memory operands instead of in the mnemonic.
#include "codegen/gas_syntax.h"
#include "codegen/opcode_spellings.h"
#include "codegen/registers.h"

namespace minicc {

using mach::Opcode;
using mach::Operand;
using mach::Width;

void printIntelRegister(mach::Reg r, Width w, AsmWriter& out) { out.put(registerName(r, w)); }

namespace {

void mnemonic(const mach::Inst& inst, AsmWriter& out) {
  switch (inst.op) {
    case Opcode::SignExtendAx:
      out.begin(inst.width == Width::Q ? "cqo" : "cdq");
      return;
    case Opcode::Movsx:  // from 32 bits it is its own instruction
      out.begin(inst.fromWidth == Width::L ? "movsxd" : "movsx");
      return;
    case Opcode::Jcc:
    case Opcode::Setcc:
    case Opcode::Cmov:
      out.begin(spellingOf(inst.op).intel);
      out.put(conditionSuffix(inst.cond));
      return;
    default:
      if (inst.isSse()) {
        out.begin(gasSseMnemonic(inst, /*att=*/false));
        return;
      }
      out.begin(spellingOf(inst.op).intel);
      return;
  }
}

std::string_view sizeName(Width w) {
  switch (w) {
    case Width::B: return "byte ptr ";
    case Width::W: return "word ptr ";
    case Width::L: return "dword ptr ";
    case Width::Q: return "qword ptr ";
  }
  return "";
}

// How much a memory operand of `inst` reads or writes, as Intel syntax
// names it: the narrower source of an extension, the integer side of a
// conversion (cvtsi2sd xmm0, dword ptr [rbp - 4]), all 16 bytes of the
// packed operations (xorps xmm0, xmmword ptr [rip + .LCPI0_0]).
std::string_view memorySize(const mach::Inst& inst) {
  switch (inst.op) {
    case Opcode::Lea:
      return "";
    case Opcode::Movsx: case Opcode::Movzx: case Opcode::CvtSi2S: case Opcode::CvttS2Si:
      return sizeName(inst.fromWidth);
    case Opcode::CvtS2S:
      return sizeName(otherPrecision(inst.width));
    case Opcode::Xorps: case Opcode::Andps: case Opcode::Movaps:
      return "xmmword ptr ";
    default:
      return sizeName(inst.width);
  }
}

}  // namespace

void printIntelOperand(const mach::Inst& inst, const Operand& o, const GasNames& names,
                       AsmWriter& out) {
  switch (o.kind) {
    case Operand::Kind::None:
      return;
    case Operand::Kind::Register:
      printIntelRegister(o.reg, o.width, out);
      return;
    case Operand::Kind::Immediate:
      out.putInt(o.value);
      return;
    case Operand::Kind::Memory:
    case Operand::Kind::FrameSlot: {
      out.put(memorySize(inst));
      out.put('[');
      printIntelRegister(o.reg, Width::Q, out);
      if (o.reg == mach::Reg::IP) {
        out.put(" + ");
        names.symbol(o.symbol, out);
        if (o.value > 0) out.put('+');
        if (o.value) out.putInt(o.value);
      } else {
        if (o.scale) {
          out.put(" + ");
          out.putInt(o.scale);
          out.put('*');
          printIntelRegister(o.index, Width::Q, out);
        }
        if (o.value) {
          out.put(o.value < 0 ? " - " : " + ");
          out.putInt(o.value < 0 ? -o.value : o.value);
        }
      }
      out.put(']');
      return;
    }
    case Operand::Kind::Block:
      names.block(static_cast<int>(o.value), out);
      return;
    case Operand::Kind::Target:
      names.symbol(o.symbol, out);
      return;
  }
}

void printIntelInstruction(const mach::Inst& inst, const GasNames& names, AsmWriter& out) {
  mnemonic(inst, out);
  for (int i = inst.operandCount; i-- > 0;) {  // the destination first
    out.operand();
    printIntelOperand(inst, inst.operand(i), names, out);
  }
}

}  // namespace minicc
