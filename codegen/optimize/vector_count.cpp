// Before a variadic or unprototyped call %al says how many vector registers
// carry arguments (psABI 3.5.7). When that is none, "xorl %eax, %eax" says
// the same in two bytes instead of two and breaks the dependence on %eax's
// old value, as clang writes it; it changes the flags, which no one reads
// across a call. Any other count ("movb $1, %al" for one double) stays as
// it is, and liveness keeps it: the call reads %al (liveness.cpp,
// setsVectorCount).
#include "codegen/optimize/optimize.h"

#include "codegen/abi.h"

namespace minicc {
namespace optimize {

using mach::Opcode;
using mach::Width;

void shortenVectorCount(mach::MachineFunction& f) {
  const mach::Reg al = abi::kVectorCountRegister;
  for (mach::Block& b : f.blocks) {
    auto& insts = b.insts;
    for (size_t i = 0; i < insts.size(); ++i) {
      mach::Inst& inst = insts[i];
      if (inst.op != Opcode::Mov || inst.width != Width::B || !inst.operand(0).isImmediate() ||
          inst.operand(0).value != 0 || !inst.operand(1).isRegister(al))
        continue;
      size_t next = i + 1;
      while (next < insts.size() && insts[next].isPseudo()) ++next;
      if (next == insts.size() ||
          (insts[next].op != Opcode::Call && insts[next].op != Opcode::CallIndirect))
        continue;
      const mach::Operand eax = mach::reg(al, Width::L);
      inst.op = Opcode::Xor;
      inst.width = Width::L;
      inst.operands[0] = eax;
      inst.operands[1] = eax;
    }
  }
}

}  // namespace optimize
}  // namespace minicc
