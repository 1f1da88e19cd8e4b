// "cmpl $0, %reg" is "testl %reg, %reg" (-O): the and of a value with
// itself sets ZF and SF as the subtraction of zero does, and both clear CF
// and OF (Intel SDM vol. 2, "TEST", "CMP"), so every condition reads the
// same; the test has no immediate to encode.
#include "codegen/optimize/optimize.h"

namespace minicc {
namespace optimize {

void testInsteadOfCompareWithZero(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks)
    for (mach::Inst& inst : b.insts) {
      if (inst.op != mach::Opcode::Cmp || inst.operandCount != 2) continue;
      const mach::Operand& zero = inst.operand(0);
      const mach::Operand& value = inst.operand(1);
      if (!zero.isImmediate() || zero.value != 0 || !value.isRegister() || !mach::isGeneral(value.reg))
        continue;
      inst.op = mach::Opcode::Test;
      inst.operands[0] = value;
    }
}

}  // namespace optimize
}  // namespace minicc
