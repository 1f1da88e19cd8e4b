// Which registers hold a value that is still needed, after each instruction
// of a function (-O): the backward data flow of the dragon book's "live
// variables", over the sixteen general registers (the xmm registers are
// not tracked: no pass moves a value into or out of one). Blocks may be left in the
// middle (a conditional jump inside one is an exit), so the flow runs
// instruction by instruction inside each block.
#pragma once

#include <cstdint>
#include <vector>

#include "codegen/machine.h"

namespace minicc {
namespace optimize {

using RegisterSet = uint32_t;  // bit r: register r

// %rip and the xmm registers are in no set.
inline RegisterSet bit(mach::Reg r) {
  return mach::isGeneral(r) ? RegisterSet{1} << static_cast<int>(r) : 0;
}

// What an instruction reads and writes among the general registers. `defs`
// holds only registers written whole (a 32- or 64-bit write; a byte or word
// write keeps the rest, so it reads the register too). An SSE instruction
// touches the general registers of its addresses, and those it converts or
// moves bits from or to: cvtsi2sd reads its source, cvttsd2si writes its
// destination, movq either, as its operands say.
struct RegisterEffect {
  RegisterSet uses = 0;
  RegisterSet defs = 0;
};
RegisterEffect effectOf(const mach::Inst& inst);

// The general registers an instruction names, as operands or inside
// addresses (none for a pseudo-instruction).
RegisterSet namedRegisters(const mach::Inst& inst);

// It reads memory: an operand is in memory, and not as lea's address.
bool readsMemory(const mach::Inst& inst);

// It stores to memory: its last operand is in memory and is written, as
// it is by every instruction but those that only read (cmp, test, ucomis,
// and the single operand of mul, div and idiv). Pushes and calls are not
// counted: they are the callers' to rule out.
bool writesMemory(const mach::Inst& inst);

// Something reads the flags instruction i of `insts` sets before anything
// sets them again. Selection tests a value right before every jcc and setcc
// that reads it, so a compare or test (ucomisd included) ends the search,
// and so does the block's end.
bool flagsReadAfter(const std::vector<mach::Inst>& insts, size_t i);
// The same from instruction `first` on, of flags set before it (0: on
// entry to the block).
bool flagsReadFrom(const std::vector<mach::Inst>& insts, size_t first);

// liveAfter[b][i]: the registers live right after instruction i of block b.
// At the end of the function only the return value (%rax) is live.
std::vector<std::vector<RegisterSet>> liveAfterEachInstruction(const mach::MachineFunction& f);

// The same backward flow over any kind of location a bit set can name (the
// registers above; promotion's frame slots): `effect(insts, i)` says what
// instruction i of a block reads (`uses`) and writes whole (`defs`), and
// `atExit` is what the function's end reads.
template <typename Set>
struct Effect {
  Set uses = 0;
  Set defs = 0;
};
template <typename Set, typename EffectOf>
std::vector<std::vector<Set>> liveAfterEach(const mach::MachineFunction& f, EffectOf effect, Set atExit) {
  const size_t n = f.blocks.size();
  const mach::BlockIndex index(f);
  std::vector<Set> liveIn(n, 0);
  std::vector<std::vector<Set>> after(n);
  auto liveInOf = [&](int64_t label) {
    const int at = index.find(static_cast<int>(label));
    return at < 0 ? Set{0} : liveIn[static_cast<size_t>(at)];
  };
  for (bool changed = true; changed;) {
    changed = false;
    Set anyTableTarget = 0;  // an indirect jump may go to any of them
    for (const mach::JumpTable& table : f.jumpTables)
      for (int label : table.targets) anyTableTarget |= liveInOf(label);
    for (size_t b = n; b-- > 0;) {
      const auto& insts = f.blocks[b].insts;
      after[b].assign(insts.size(), 0);
      // Falling off the end: into the next block, or out of the function.
      const mach::Inst* last = mach::lastRealInstruction(f.blocks[b]);
      const bool fallsThrough =
          !last || (last->op != mach::Opcode::Jmp && last->op != mach::Opcode::JmpIndirect);
      Set live = 0;
      if (fallsThrough) live = b + 1 < n ? liveIn[b + 1] : atExit;
      for (size_t i = insts.size(); i-- > 0;) {
        const mach::Inst& inst = insts[i];
        after[b][i] = live;
        if (inst.op == mach::Opcode::Jmp) live = liveInOf(inst.operand(0).value);
        if (inst.op == mach::Opcode::Jcc) live |= liveInOf(inst.operand(0).value);
        if (inst.op == mach::Opcode::JmpIndirect) live = anyTableTarget;
        const Effect<Set> e = effect(insts, i);
        live = (live & ~e.defs) | e.uses;
      }
      if (live != liveIn[b]) {
        liveIn[b] = live;
        changed = true;
      }
    }
  }
  return after;
}

}  // namespace optimize
}  // namespace minicc
