// "if (a == b) n++;" counts without a branch (-O): a block that ends in a
// compare, a "jne" to the next block and one "addl $1, %r",
//
//   cmpl %ecx, %eax; jne .L9; addl $1, %r15d; .L9:
//
// becomes "cmpl %ecx, %eax; sete %dl; movzbl %dl, %edx; addl %edx, %r15d",
// with a scratch register nothing reads there. Two values are seldom
// equal, so the jump over the increment is mostly taken: without it a
// loop takes one jump fewer each round. Other conditions keep their jump,
// which may be seldom taken and then costs less than the setcc.
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

// "add $1, %r" of 32 or 64 bits.
bool isIncrement(const Inst& add) {
  return add.op == Opcode::Add && (add.width == Width::L || add.width == Width::Q) &&
         add.operand(0).isImmediate() && add.operand(0).value == 1 && add.operand(1).isRegister() &&
         mach::isGeneral(add.operand(1).reg);
}

}  // namespace

void countWithoutBranching(mach::MachineFunction& f) {
  const auto liveAfter = liveAfterEachInstruction(f);
  RegisterSet homes = 0;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.home) homes |= bit(*slot.home);
  for (size_t b = 0; b + 1 < f.blocks.size(); ++b) {
    std::vector<Inst>& insts = f.blocks[b].insts;
    const std::vector<size_t> real = realInstructions(insts);
    if (real.size() < 3) continue;
    const size_t increment = real[real.size() - 1], jump = real[real.size() - 2];
    const Inst& test = insts[real[real.size() - 3]];
    const mach::Block& after = f.blocks[b + 1];
    if (!isIncrement(insts[increment]) || insts[jump].op != Opcode::Jcc ||
        insts[jump].cond != mach::Cond::NE || insts[jump].operand(0).value != after.label ||
        (test.op != Opcode::Cmp && test.op != Opcode::Test) || flagsReadFrom(after.insts, 0))
      continue;
    const Operand counter = insts[increment].operand(1);
    // A scratch register nothing reads across the jump or after the increment.
    const RegisterSet busy = liveAfter[b][jump] | liveAfter[b][increment] | homes | bit(counter.reg);
    Reg scratch = Reg::SP;
    for (Reg r : abi::kCallerSaved)
      if (!(busy & bit(r))) {
        scratch = r;
        break;
      }
    if (scratch == Reg::SP) continue;
    Inst set = mach::makeInst(Opcode::Setcc, Width::B, {mach::reg(scratch, Width::B)});
    set.cond = mach::Cond::E;  // the increment ran when the jump was not taken
    Inst widen = mach::makeInst(Opcode::Movzx, Width::L, {mach::reg(scratch, Width::B), mach::reg(scratch, Width::L)});
    widen.fromWidth = Width::B;
    Inst add = mach::makeInst(Opcode::Add, counter.width, {mach::reg(scratch, counter.width), counter});
    add.sourceLine = insts[increment].sourceLine;
    insts.erase(insts.begin() + static_cast<long>(increment));
    insts.erase(insts.begin() + static_cast<long>(jump));
    insts.insert(insts.begin() + static_cast<long>(jump), {set, widen, add});
  }
}

}  // namespace optimize
}  // namespace minicc
