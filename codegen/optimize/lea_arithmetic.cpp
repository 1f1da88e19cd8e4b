// A copy followed by an addition to the copy is one lea (-O):
//
//   movl %ebx, %edi; subl $1, %edi     ->  leal -1(%rbx), %edi
//   movl %esi, %eax; addl %ecx, %eax   ->  leal (%rsi,%rcx), %eax
//
// lea adds without setting the flags, so only where nothing reads the flags
// the addition set. A 32-bit lea keeps the low half of the 64-bit sum and
// clears the upper half, as the 32-bit add does (Intel SDM vol. 2, "LEA").
#include "codegen/optimize/optimize.h"

#include <limits>
#include <vector>

#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

bool isGeneralRegister(const Operand& o) { return o.isRegister() && mach::isGeneral(o.reg) && o.reg != mach::Reg::SP; }

bool fitsInDisplacement(int64_t v) {
  return v >= std::numeric_limits<int32_t>::min() && v <= std::numeric_limits<int32_t>::max();
}

// The address that copy-then-add computes, if the pair is one.
bool combinedAddress(const Inst& copy, const Inst& add, Operand& address) {
  if (copy.op != Opcode::Mov || (copy.width != Width::L && copy.width != Width::Q)) return false;
  if (add.op != Opcode::Add && add.op != Opcode::Sub) return false;
  if (add.width != copy.width || add.operandCount != 2) return false;
  const Operand& from = copy.operand(0);
  const Operand& to = copy.operand(1);
  if (!isGeneralRegister(from) || !isGeneralRegister(to) || from.reg == to.reg) return false;
  if (!add.operand(1).isRegister(to.reg) || add.operand(1).width != to.width) return false;
  const Operand& amount = add.operand(0);
  if (amount.isImmediate()) {
    const int64_t displacement = add.op == Opcode::Sub ? -amount.value : amount.value;
    if (!fitsInDisplacement(displacement) || (add.op == Opcode::Sub && !fitsInDisplacement(amount.value)))
      return false;
    address = mach::mem(from.reg, displacement);
    return true;
  }
  if (add.op == Opcode::Add && isGeneralRegister(amount) && amount.reg != to.reg) {
    address = mach::memIndexed(from.reg, amount.reg, 1);
    return true;
  }
  return false;
}

}  // namespace

void formLeaArithmetic(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    auto& insts = b.insts;
    for (size_t i = 0; i + 1 < insts.size(); ++i) {
      Operand address;
      if (!combinedAddress(insts[i], insts[i + 1], address) || flagsReadAfter(insts, i + 1)) continue;
      Inst lea = mach::makeInst(Opcode::Lea, insts[i].width, {address, insts[i].operand(1)});
      lea.sourceLine = insts[i].sourceLine;
      insts[i] = lea;
      insts.erase(insts.begin() + static_cast<long>(i) + 1);
    }
  }
}

}  // namespace optimize
}  // namespace minicc
