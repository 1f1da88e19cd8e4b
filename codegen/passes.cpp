#include "codegen/passes.h"

#include <unordered_map>

namespace minicc {

using mach::Opcode;

void removeJumpsToNextBlock(mach::MachineFunction& f) {
  for (size_t i = 0; i + 1 < f.blocks.size(); ++i) {
    auto& insts = f.blocks[i].insts;
    if (!insts.empty() && insts.back().op == Opcode::Jmp &&
        insts.back().operand(0).value == f.blocks[i + 1].label)
      insts.pop_back();
  }
}

void markReferencedBlocks(mach::MachineFunction& f) {
  std::unordered_map<int, mach::Block*> byLabel;
  for (mach::Block& b : f.blocks) byLabel[b.label] = &b;
  auto mark = [&](int label) {
    auto it = byLabel.find(label);
    if (it != byLabel.end()) it->second->referenced = true;
  };
  for (const mach::Block& b : f.blocks)
    for (const mach::Inst& inst : b.insts)
      if (inst.op == Opcode::Jmp || inst.op == Opcode::Jcc) mark(inst.operand(0).value);
  for (const mach::JumpTable& table : f.jumpTables)
    for (int label : table.targets) mark(label);
}

void runPasses(mach::MachineFunction& f) {
  using Pass = void (*)(mach::MachineFunction&);
  static constexpr Pass kPasses[] = {removeJumpsToNextBlock, markReferencedBlocks};
  for (Pass pass : kPasses) pass(f);
}

}  // namespace minicc
