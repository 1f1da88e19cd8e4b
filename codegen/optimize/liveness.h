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

}  // namespace optimize
}  // namespace minicc
