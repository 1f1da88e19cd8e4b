// A computation that gives the same value on every round of a loop is done
// once before it, into a register the loop leaves free (-O). Lattice's
// "x * x" inside the loop over y:
//
//   loop: movl %r13d, %eax; imull %r13d, %eax; ...
//
// becomes "movl %r13d, %edx; imull %r13d, %edx" before the loop and
// "movl %edx, %eax" in it.
//
// A loop is a run of blocks from a head to a block that jumps back to it
// (selection lays blocks out in source order), entered only by falling into
// its head from the block before. What moves is a copy and one arithmetic
// operation at the head's start, of registers no instruction of the loop
// writes and of constants; it reads no memory and cannot trap, so doing it
// even when the loop does not run is harmless. Its register is caller-saved,
// named nowhere in the loop, no variable's home, and dead where it goes in:
// then nothing the loop or what follows reads has its value.
#include "codegen/optimize/optimize.h"

#include <algorithm>
#include <optional>
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

bool isJump(const Inst& inst) {
  return inst.op == Opcode::Jmp || inst.op == Opcode::Jcc || inst.op == Opcode::JmpIndirect;
}

bool isFlagsTest(const Inst& inst) {
  return inst.op == Opcode::Cmp || inst.op == Opcode::Test || inst.op == Opcode::UcomiS;
}

bool isHoistableOperation(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr: case Opcode::Imul:
      return inst.operandCount == 2;
    default:
      return false;
  }
}

struct Loop {
  size_t head = 0, tail = 0;  // block indices, head <= tail
};

// Loops whose only way in is falling into the head from the block before.
std::vector<Loop> findLoops(const mach::MachineFunction& f) {
  const mach::BlockIndex index(f);
  std::vector<Loop> loops;
  for (size_t t = 0; t < f.blocks.size(); ++t) {
    const Inst* last = mach::lastRealInstruction(f.blocks[t]);
    if (!last || (last->op != Opcode::Jmp && last->op != Opcode::Jcc)) continue;
    const int found = index.find(last->operand(0).value);
    if (found <= 0 || static_cast<size_t>(found) > t) continue;
    Loop loop{static_cast<size_t>(found), t};
    auto inside = [&](int label) {
      const int b = index.find(label);
      return b >= 0 && static_cast<size_t>(b) >= loop.head && static_cast<size_t>(b) <= loop.tail;
    };
    bool enteredElsewhere = false;
    for (const mach::JumpTable& table : f.jumpTables)
      for (int label : table.targets) enteredElsewhere = enteredElsewhere || inside(label);
    for (size_t b = 0; b < f.blocks.size() && !enteredElsewhere; ++b) {
      if (b >= loop.head && b <= loop.tail) continue;
      for (const Inst& inst : f.blocks[b].insts)
        if ((inst.op == Opcode::Jmp || inst.op == Opcode::Jcc) && inside(static_cast<int>(inst.operand(0).value)))
          enteredElsewhere = true;
    }
    const Inst* before = mach::lastRealInstruction(f.blocks[loop.head - 1]);
    const bool fallsIn = before && before->op != Opcode::Jmp && before->op != Opcode::JmpIndirect;
    if (!enteredElsewhere && fallsIn) loops.push_back(loop);
  }
  return loops;
}

// Where the computation goes in the block before the head: before the test
// of a closing "cmp; jcc", or at its end.
std::optional<size_t> insertionPoint(const std::vector<Inst>& insts) {
  size_t end = insts.size();
  while (end > 0 && insts[end - 1].isPseudo()) --end;
  if (end == 0) return std::nullopt;
  if (insts[end - 1].op != Opcode::Jcc) return isJump(insts[end - 1]) ? std::nullopt : std::optional(end);
  size_t test = end - 1;
  while (test > 0 && insts[test - 1].isPseudo()) --test;
  if (test == 0 || !isFlagsTest(insts[test - 1])) return std::nullopt;
  return test - 1;
}

// Hoists one computation; true when it did.
bool hoistOnce(mach::MachineFunction& f) {
  const auto liveAfter = liveAfterEachInstruction(f);
  RegisterSet homes = 0;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.home) homes |= bit(*slot.home);
  for (const Loop& loop : findLoops(f)) {
    RegisterSet written = 0, named = 0;
    for (size_t b = loop.head; b <= loop.tail; ++b)
      for (const Inst& inst : f.blocks[b].insts) {
        const RegisterEffect e = effectOf(inst);
        written |= e.defs;
        named |= e.uses | e.defs;
      }
    auto invariant = [&](const Operand& o) {
      return o.isImmediate() || (o.isRegister() && mach::isGeneral(o.reg) && !(written & bit(o.reg)));
    };

    std::vector<Inst>& before = f.blocks[loop.head - 1].insts;
    const std::optional<size_t> at = insertionPoint(before);
    if (!at) continue;
    RegisterSet liveThere;
    if (*at < before.size()) {
      const RegisterEffect e = effectOf(before[*at]);
      liveThere = (liveAfter[loop.head - 1][*at] & ~e.defs) | e.uses;
    } else {
      if (flagsReadFrom(f.blocks[loop.head].insts, 0)) continue;
      liveThere = liveAfter[loop.head - 1][before.size() - 1];
    }
    std::optional<Reg> free;
    for (Reg r : abi::kCallerSaved)
      if (!((named | liveThere | homes) & bit(r))) {
        free = r;
        break;
      }
    if (!free) continue;

    std::vector<Inst>& head = f.blocks[loop.head].insts;
    for (size_t i = 0; i + 1 < head.size(); ++i) {
      const Inst& copy = head[i];
      const Inst& operation = head[i + 1];
      // The operation's source is invariant, or the copy itself ("imull %eax, %eax": x * x).
      const bool onItself = operation.operandCount == 2 && copy.operandCount == 2 &&
                            operation.operand(0).isRegister(copy.operand(1).reg) &&
                            operation.operand(0).width == copy.operand(1).width;
      if (copy.op != Opcode::Mov || (copy.width != Width::L && copy.width != Width::Q) ||
          !copy.operand(1).isRegister() || !mach::isGeneral(copy.operand(1).reg) ||
          !invariant(copy.operand(0)) || !isHoistableOperation(operation) ||
          operation.width != copy.width || !operation.operand(1).isRegister(copy.operand(1).reg) ||
          operation.operand(1).width != copy.operand(1).width ||
          !(invariant(operation.operand(0)) || onItself) ||
          flagsReadAfter(head, i + 1))
        continue;
      const Operand into = mach::reg(*free, copy.width);
      Inst hoistedCopy = mach::makeInst(Opcode::Mov, copy.width, {copy.operand(0), into});
      Inst hoistedOperation =
          mach::makeInst(operation.op, operation.width, {onItself ? into : operation.operand(0), into});
      Inst use = mach::makeInst(Opcode::Mov, copy.width, {into, copy.operand(1)});
      use.sourceLine = copy.sourceLine;
      head[i] = use;
      head.erase(head.begin() + static_cast<long>(i) + 1);
      before.insert(before.begin() + static_cast<long>(*at), {hoistedCopy, hoistedOperation});
      return true;
    }
  }
  return false;
}

}  // namespace

void hoistLoopInvariants(mach::MachineFunction& f) {
  for (int round = 0; round < 8 && hoistOnce(f); ++round) {}
}

}  // namespace optimize
}  // namespace minicc
