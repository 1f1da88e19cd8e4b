#include "codegen/passes.h"

#include <algorithm>
#include <iterator>

namespace minicc {

using mach::Opcode;

void removeJumpsToNextBlock(mach::MachineFunction& f) {
  for (size_t i = 0; i + 1 < f.blocks.size(); ++i) {
    auto& insts = f.blocks[i].insts;
    // Pseudo-instructions after the jump (-g's scope labels) stay.
    auto last = std::find_if(insts.rbegin(), insts.rend(),
                             [](const mach::Inst& inst) { return !inst.isPseudo(); });
    if (last != insts.rend() && last->op == Opcode::Jmp &&
        last->operand(0).value == f.blocks[i + 1].label)
      insts.erase(std::next(last).base());
  }
}

void markReferencedBlocks(mach::MachineFunction& f) {
  const mach::BlockIndex index(f);
  auto mark = [&](int64_t label) {
    if (int at = index.find(label); at >= 0) f.blocks[static_cast<size_t>(at)].referenced = true;
  };
  for (const mach::Block& b : f.blocks)
    for (const mach::Inst& inst : b.insts)
      if (inst.op == Opcode::Jmp || inst.op == Opcode::Jcc) mark(inst.operand(0).value);
  for (const mach::JumpTable& table : f.jumpTables)
    for (int label : table.targets) mark(label);
}

void runPasses(mach::MachineFunction& f) {
  using Pass = void (*)(mach::MachineFunction&);
  static constexpr Pass kPasses[] = {simplifyJumps, removeJumpsToNextBlock, markReferencedBlocks};
  for (Pass pass : kPasses) pass(f);
}

}  // namespace minicc
