// "if (x <= 0) x += 2147483647;" and "if (a < b) n++;" add without a
// branch (-O): a block that ends in a compare, a conditional jump to the
// next block and one "add $k, %r",
//
//   testl %edi, %edi; jg .L2; addl $2147483647, %edi; .L2:
//
// becomes "testl %edi, %edi; leal 2147483647(%rdi), %ecx; cmovlel %ecx,
// %edi": the sum into a scratch register nothing reads there, taken when
// the jump would not have been (lea leaves the flags alone). A data-driven
// condition (Park-Miller's sign, a random point inside a circle) is guessed
// wrong about half the time, and each wrong guess costs a dozen or more
// cycles; the conditional move costs one or two, the same every time, as
// gcc and clang do it at -O1.
#include "codegen/optimize/optimize.h"

#include <vector>

#include "codegen/abi.h"
#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

// The real instructions of a block, by index.
std::vector<size_t> realInstructions(const std::vector<Inst>& insts) {
  std::vector<size_t> real;
  for (size_t i = 0; i < insts.size(); ++i)
    if (!insts[i].isPseudo()) real.push_back(i);
  return real;
}

// "add $k, %r" of 32 or 64 bits.
bool isConstantAdd(const Inst& add) {
  return add.op == Opcode::Add && (add.width == Width::L || add.width == Width::Q) &&
         add.operand(0).isImmediate() && add.operand(1).isRegister() && mach::isGeneral(add.operand(1).reg);
}

}  // namespace

void addWithoutBranching(mach::MachineFunction& f) {
  const auto liveAfter = liveAfterEachInstruction(f);
  RegisterSet homes = 0;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.home) homes |= bit(*slot.home);
  for (size_t b = 0; b + 1 < f.blocks.size(); ++b) {
    std::vector<Inst>& insts = f.blocks[b].insts;
    const std::vector<size_t> real = realInstructions(insts);
    if (real.size() < 3) continue;
    const size_t add = real[real.size() - 1], jump = real[real.size() - 2];
    const Inst& test = insts[real[real.size() - 3]];
    const mach::Block& after = f.blocks[b + 1];
    if (!isConstantAdd(insts[add]) || insts[jump].op != Opcode::Jcc ||
        insts[jump].operand(0).value != after.label ||
        (test.op != Opcode::Cmp && test.op != Opcode::Test) || flagsReadFrom(after.insts, 0))
      continue;
    const Operand sum = insts[add].operand(1);
    // A scratch register nothing reads across the jump or after the add.
    const RegisterSet busy = liveAfter[b][jump] | liveAfter[b][add] | homes | bit(sum.reg);
    Reg scratch = Reg::SP;
    for (Reg r : abi::kCallerSaved)
      if (!(busy & bit(r))) {
        scratch = r;
        break;
      }
    if (scratch == Reg::SP) continue;
    const Operand into = mach::reg(scratch, sum.width);
    Inst lea = mach::makeInst(Opcode::Lea, sum.width,
                              {mach::mem(sum.reg, insts[add].operand(0).value), into});
    lea.sourceLine = insts[add].sourceLine;
    Inst move = mach::makeInst(Opcode::Cmov, sum.width, {into, sum});
    move.cond = mach::negate(insts[jump].cond);  // the add ran when the jump was not taken
    insts.erase(insts.begin() + static_cast<long>(add));
    insts.erase(insts.begin() + static_cast<long>(jump));
    insts.insert(insts.begin() + static_cast<long>(jump), {lea, move});
  }
}

}  // namespace optimize
}  // namespace minicc
