// Where blocks go, so that the usual way round a loop takes one jump (-O).
// A taken jump costs even when guessed right: the processor fetches on from
// somewhere else. Selection lays blocks out in source order, so collatz's
// loop, "if (n % 2 == 0) n = n / 2; else { if (n > limit) { printf(...);
// return -1; } n = 3 * n + 1; } steps++;", takes two jumps on the even path
// (to the shared "steps++" and back to the top) and three on the odd one.
//
//  - A block that ends in "jmp" to a short block ending in the loop's
//    jump back gets its own copy of that block, and so goes back to the
//    top at once (gcc's tail duplication, at -O2 there).
//  - A block inside a loop that leaves the function (an early return, as
//    an error path is) moves after a block that ends in a jump, out of the
//    way: the test before it jumps to it instead of over it (loops usually
//    run to the end; gcc's branch predictor guesses so too).
//
// -g keeps the source's order, in which its line table and scopes run.
#include "codegen/optimize/optimize.h"

#include <optional>
#include <vector>

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;

constexpr int kLongestCopiedBlock = 4;  // real instructions: a longer one is not worth its copies

int realCount(const mach::Block& b) {
  int n = 0;
  for (const Inst& inst : b.insts) n += inst.isPseudo() ? 0 : 1;
  return n;
}

// The block ends in a conditional jump back to a block at or before `limit`
// (its loop's top), and so falls through to the next when the loop ends.
bool endsLoop(const mach::MachineFunction& f, const mach::BlockIndex& index, size_t b, size_t limit) {
  const Inst* last = mach::lastRealInstruction(f.blocks[b]);
  if (!last || last->op != Opcode::Jcc) return false;
  const int target = index.find(last->operand(0).value);
  return target >= 0 && static_cast<size_t>(target) <= limit;
}

bool duplicateLatchOnce(mach::MachineFunction& f) {
  const mach::BlockIndex index(f);
  for (size_t a = 0; a < f.blocks.size(); ++a) {
    mach::Block& from = f.blocks[a];
    if (from.insts.empty() || from.insts.back().op != Opcode::Jmp) continue;
    const int latch = index.find(from.insts.back().operand(0).value);
    if (latch < 0 || static_cast<size_t>(latch) + 1 >= f.blocks.size() ||
        static_cast<size_t>(latch) == a || realCount(f.blocks[latch]) > kLongestCopiedBlock ||
        !endsLoop(f, index, static_cast<size_t>(latch), a))
      continue;
    const mach::Block& copied = f.blocks[static_cast<size_t>(latch)];
    const int after = f.blocks[static_cast<size_t>(latch) + 1].label;
    from.insts.pop_back();
    from.insts.insert(from.insts.end(), copied.insts.begin(), copied.insts.end());
    from.insts.push_back(mach::makeInst(Opcode::Jmp, mach::Width::Q, {mach::block(after)}));
    return true;
  }
  return false;
}

// The instructions of block `b` from a conditional jump to the next block
// on, when what follows the jump leaves the function: its index, or 0.
size_t earlyReturn(const mach::MachineFunction& f, size_t b, int exitLabel) {
  const auto& insts = f.blocks[b].insts;
  const Inst* leaves = mach::lastRealInstruction(f.blocks[b]);
  if (!leaves || leaves->op != Opcode::Jmp || leaves->operand(0).value != exitLabel) return 0;
  for (size_t i = insts.size() - 1; i-- > 0;) {
    const Inst& inst = insts[i];
    if (inst.op == Opcode::Jcc)
      return inst.operand(0).value == f.blocks[b + 1].label ? i : 0;
    if (inst.op == Opcode::Jmp || inst.op == Opcode::JmpIndirect) return 0;
  }
  return 0;
}

bool moveEarlyReturnOnce(mach::MachineFunction& f) {
  const std::vector<int> loops = mach::loopDepths(f);
  const size_t n = f.blocks.size();
  const int exitLabel = f.blocks.back().label;  // the epilogue follows the last block
  for (size_t test = 0; test + 2 < n; ++test) {
    const size_t jump = earlyReturn(f, test, exitLabel);
    if (!jump || loops[test] == 0) continue;
    // Right after a block that ends in a jump, where nothing falls in: the
    // first such after it, or else the last before it.
    auto endsInJump = [&](size_t k) {
      const Inst* last = mach::lastRealInstruction(f.blocks[k]);
      return k != test && last && (last->op == Opcode::Jmp || last->op == Opcode::JmpIndirect);
    };
    std::optional<size_t> after;  // the block to follow
    for (size_t k = test + 1; k + 1 < n && !after; ++k)
      if (endsInJump(k)) after = k;
    for (size_t k = test; !after && k-- > 0;)
      if (endsInJump(k)) after = k;
    if (!after) continue;
    auto& insts = f.blocks[test].insts;
    mach::Block early{mach::unusedLabel(f), false,
                      std::vector<Inst>(insts.begin() + static_cast<long>(jump) + 1, insts.end())};
    insts.erase(insts.begin() + static_cast<long>(jump) + 1, insts.end());
    insts.back().cond = mach::negate(insts.back().cond);
    insts.back().operands[0] = mach::block(early.label);
    f.blocks.insert(f.blocks.begin() + static_cast<long>(*after) + 1, std::move(early));
    return true;
  }
  return false;
}

}  // namespace

void layOutBlocks(mach::MachineFunction& f) {
  for (int round = 0; round < 8 && duplicateLatchOnce(f); ++round) {}
  for (int round = 0; round < 8 && moveEarlyReturnOnce(f); ++round) {}
}

}  // namespace optimize
}  // namespace minicc
