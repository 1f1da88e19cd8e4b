// Fewer jumps taken, at every level (the passes of codegen/passes.h):
//
//  - a jump to a block that only jumps on goes to where that one goes, and
//    a conditional jump over a jump becomes the opposite one;
//  - selection tests a loop's condition at the top and jumps back to it
//    from the bottom; when the condition is short, the bottom gets a copy
//    of it instead, which jumps back to the body while it holds, so each
//    round takes one jump instead of two (the loop is "rotated");
//  - a block nothing jumps to and that comes after an unconditional jump
//    can never run, and goes (at -O, one that comes after anything else
//    joins it, joinFallThroughBlocks).
#include "codegen/passes.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;

constexpr int kLongestCopiedCondition = 8;  // real instructions

bool isJump(const Inst& inst) { return inst.op == Opcode::Jmp || inst.op == Opcode::Jcc; }

int target(const Inst& inst) { return static_cast<int>(inst.operand(0).value); }

// A block that is one "jmp X" (and nothing a debugger needs): X, else -1.
int forwardsTo(const mach::Block& b) {
  const Inst* only = nullptr;
  for (const Inst& inst : b.insts) {
    if (inst.isPseudo() || only) return -1;
    only = &inst;
  }
  return only && only->op == Opcode::Jmp ? target(*only) : -1;
}

void threadJumps(mach::MachineFunction& f) {
  auto forwards = [](const mach::Block& b) {
    const int to = forwardsTo(b);
    return to >= 0 && to != b.label;
  };
  // Usually no block only jumps on, and then no jump has anywhere further to go.
  if (std::none_of(f.blocks.begin(), f.blocks.end(), forwards)) return;
  // forward[label]: where the block labelled so jumps on, or -1.
  std::vector<int> forward(mach::BlockIndex(f).limit(), -1);
  size_t forwarding = 0;
  for (const mach::Block& b : f.blocks)
    if (forwards(b)) {
      forward[static_cast<size_t>(b.label)] = forwardsTo(b);
      ++forwarding;
    }
  auto next = [&forward](int label) {
    return label >= 0 && static_cast<size_t>(label) < forward.size()
               ? forward[static_cast<size_t>(label)]
               : -1;
  };
  for (mach::Block& b : f.blocks)
    for (Inst& inst : b.insts) {
      if (!isJump(inst)) continue;
      int label = target(inst);
      // A cycle of forwarding blocks ends after one lap.
      for (size_t hops = 0; next(label) >= 0 && hops < forwarding; ++hops) label = next(label);
      inst.operands[0].value = label;
    }
}

// How many instructions a loop's condition takes at the start of block
// `head`, up to and including its conditional jump out: 0 when that start
// is not a short test free of debug labels (which must not be copied).
size_t conditionLength(const mach::Block& head) {
  int real = 0;
  for (size_t i = 0; i < head.insts.size(); ++i) {
    const Inst& inst = head.insts[i];
    if (inst.op == Opcode::DebugLabel || inst.op == Opcode::Jmp || inst.op == Opcode::JmpIndirect)
      return 0;
    if (inst.op == Opcode::Jcc) return real > 0 ? i + 1 : 0;
    if (!inst.isPseudo() && ++real > kLongestCopiedCondition) return 0;
  }
  return 0;
}

// The first instruction after `at` in block `b` begins a block of its own,
// labelled `label`, placed right after b (blocks may be left in the middle:
// selection puts a loop's body in its condition's block).
void splitBlock(mach::MachineFunction& f, size_t b, size_t at, int label) {
  mach::Block rest;
  rest.label = label;
  auto& insts = f.blocks[b].insts;
  rest.insts.assign(insts.begin() + static_cast<long>(at), insts.end());
  insts.erase(insts.begin() + static_cast<long>(at), insts.end());
  f.blocks.insert(f.blocks.begin() + static_cast<long>(b) + 1, std::move(rest));
}

void rotateLoops(mach::MachineFunction& f) {
  int nextLabel = 0;
  for (const mach::Block& b : f.blocks) nextLabel = std::max(nextLabel, b.label + 1);
  mach::BlockIndex index(f);
  for (size_t b = 0; b < f.blocks.size(); ++b) {
    if (f.blocks[b].insts.empty() || f.blocks[b].insts.back().op != Opcode::Jmp) continue;
    const int found = index.find(target(f.blocks[b].insts.back()));
    if (found < 0 || static_cast<size_t>(found) > b) continue;  // only jumps back
    size_t head = static_cast<size_t>(found);
    const size_t length = conditionLength(f.blocks[head]);
    if (length == 0) continue;
    if (length < f.blocks[head].insts.size()) {  // the body starts in the condition's block
      splitBlock(f, head, length, nextLabel++);
      ++b;
      index = mach::BlockIndex(f);  // the blocks after head moved up one
    } else if (head == b) {
      continue;  // the block is its own condition and nothing else
    }
    if (head + 1 >= f.blocks.size()) continue;
    const int body = f.blocks[head + 1].label;
    const auto& condition = f.blocks[head].insts;
    const int exit = target(condition.back());
    auto& insts = f.blocks[b].insts;
    insts.pop_back();
    insts.insert(insts.end(), condition.begin(), condition.end());
    Inst& test = insts.back();
    if (b + 1 < f.blocks.size() && f.blocks[b + 1].label == exit) {
      // Out of the loop is the next block: jump back while the condition holds.
      test.cond = mach::negate(test.cond);
      test.operands[0].value = body;
    } else {
      insts.push_back(mach::makeInst(Opcode::Jmp, mach::Width::Q, {mach::block(body)}));
    }
  }
}

// "jcc A; jmp B; A:" is "j!cc B; A:": the branch on the flags goes where the
// jump went, and the block falls through instead (if (x) break; becomes one
// jump).
void invertBranchesOverJumps(mach::MachineFunction& f) {
  for (size_t b = 0; b + 1 < f.blocks.size(); ++b) {
    auto& insts = f.blocks[b].insts;
    if (insts.size() < 2) continue;
    Inst& jump = insts.back();
    Inst& branch = insts[insts.size() - 2];
    if (jump.op != Opcode::Jmp || branch.op != Opcode::Jcc || target(branch) != f.blocks[b + 1].label)
      continue;
    branch.cond = mach::negate(branch.cond);
    branch.operands[0].value = target(jump);
    insts.pop_back();
  }
}

// Which labels something jumps to, a jump or a switch's table: [label].
std::vector<bool> jumpTargets(const mach::MachineFunction& f) {
  std::vector<bool> targets;
  auto mark = [&](int label) {
    if (label >= static_cast<int>(targets.size())) targets.resize(label + 1, false);
    targets[label] = true;
  };
  for (const mach::Block& b : f.blocks)
    for (const Inst& inst : b.insts)
      if (isJump(inst)) mark(target(inst));
  for (const mach::JumpTable& table : f.jumpTables)
    for (int label : table.targets) mark(label);
  return targets;
}

bool isTarget(const std::vector<bool>& targets, int label) {
  return label < static_cast<int>(targets.size()) && targets[label];
}

// Blocks after an unconditional jump (or an indirect one) that nothing jumps to.
// The kept blocks move up in place: f.blocks[0, kept) are those so far.
void removeUnreachableBlocks(mach::MachineFunction& f) {
  const std::vector<bool> targets = jumpTargets(f);
  size_t kept = 0;
  for (size_t i = 0; i < f.blocks.size(); ++i) {
    mach::Block& b = f.blocks[i];
    const bool last = i + 1 == f.blocks.size();  // the epilogue's block stays
    const Inst* before = kept == 0 ? nullptr : mach::lastRealInstruction(f.blocks[kept - 1]);
    const bool fallenInto = !before || (before->op != Opcode::Jmp && before->op != Opcode::JmpIndirect);
    if (i == 0 || last || fallenInto || isTarget(targets, b.label) ||
        std::any_of(b.insts.begin(), b.insts.end(), [](const Inst& inst) { return inst.isPseudo(); })) {
      if (kept != i) f.blocks[kept] = std::move(b);  // (a vector moved onto itself would empty)
      ++kept;
    }
  }
  f.blocks.erase(f.blocks.begin() + static_cast<long>(kept), f.blocks.end());
}

}  // namespace

void simplifyJumps(mach::MachineFunction& f) {
  threadJumps(f);
  invertBranchesOverJumps(f);  // first: a loop that ends "jcc; jmp top" then needs no copy
  rotateLoops(f);
  threadJumps(f);
  invertBranchesOverJumps(f);
  removeUnreachableBlocks(f);
}

// A block that nothing jumps to is entered only from the one before it, so
// the two are one straight run. The last block, the epilogue's, stays.
void joinFallThroughBlocks(mach::MachineFunction& f) {
  const std::vector<bool> targets = jumpTargets(f);
  std::vector<mach::Block> kept;
  kept.reserve(f.blocks.size());
  for (size_t i = 0; i < f.blocks.size(); ++i) {
    mach::Block& b = f.blocks[i];
    if (i > 0 && i + 1 < f.blocks.size() && !isTarget(targets, b.label)) {
      auto& into = kept.back().insts;
      into.insert(into.end(), std::make_move_iterator(b.insts.begin()),
                  std::make_move_iterator(b.insts.end()));
      continue;
    }
    kept.push_back(std::move(b));
  }
  f.blocks = std::move(kept);
}

}  // namespace minicc
