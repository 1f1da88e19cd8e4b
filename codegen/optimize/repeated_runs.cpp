// A run of instructions done a second time, when nothing between the two
// changed what the first read or what it wrote, is done once (-O). Selection
// computes hi = x / 127773 and lo = x % 127773 each from the start, so the
// multiply-high of the quotient comes twice:
//
//   movl %edi, %eax; movslq %eax, %rcx; imulq $M, %rcx, %rcx; shrq $32, %rcx;
//   addl %eax, %ecx; sarl $16, %ecx; cltd; subl %edx, %ecx   (the quotient)
//   movl %ecx, %esi                                          (hi)
//   movl %edi, %eax; ... the same eight ...; subl %edx, %ecx (again, for lo)
//
// The second run finds every register as the first left it, so it goes.
// The run reads no register it writes before writing it (its inputs are
// then the same both times), writes no memory, and nothing between the two
// writes a register the run reads or writes, or memory when the run reads
// it; a flag it reads it set itself, and the flags after the second run
// must matter to nothing.
#include "codegen/optimize/optimize.h"

#include <vector>

#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;

constexpr size_t kShortestRun = 3;  // instructions: a shorter one is not worth the search
constexpr size_t kFarthest = 48;    // how far after the first run the second may begin

// Instructions whose result depends on registers, flags and memory only,
// and which write no memory.
bool repeatable(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movsx: case Opcode::Movzx: case Opcode::Movabs: case Opcode::Lea:
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr: case Opcode::Neg: case Opcode::Not:
    case Opcode::Imul: case Opcode::SignExtendAx: case Opcode::Cmp: case Opcode::Test:
    case Opcode::Setcc: case Opcode::Cmov:
      break;
    default:
      return false;
  }
  return !writesMemory(inst);
}

bool readsFlags(const Inst& inst) { return inst.op == Opcode::Setcc || inst.op == Opcode::Cmov; }

// A shift by %cl may shift by 0, which leaves the flags as they were.
bool setsFlags(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr:
      return inst.operand(0).isImmediate();
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Neg: case Opcode::Imul: case Opcode::Cmp: case Opcode::Test:
      return true;
    default:
      return false;
  }
}

// Memory written, or anything else a run's reading could not see past.
bool mayChangeMemory(const Inst& inst) { return !repeatable(inst); }

struct RunEffect {
  RegisterSet readFirst = 0;  // read before the run writes them
  RegisterSet written = 0;
  bool readsMemory = false;
};

RunEffect effectOfRun(const std::vector<Inst>& insts, size_t from, size_t length) {
  RunEffect r;
  for (size_t k = from; k < from + length; ++k) {
    const RegisterEffect e = effectOf(insts[k]);
    r.readFirst |= e.uses & ~r.written;
    r.written |= e.defs;
    r.readsMemory = r.readsMemory || readsMemory(insts[k]);
  }
  return r;
}

// Removes the second of two equal runs starting at `first` and `second`,
// if it may go; returns whether it did.
bool removeRepeat(std::vector<Inst>& insts, size_t first, size_t second) {
  size_t length = 0;
  bool flagsSet = false;  // by the run itself: a flag reader before that would see other flags
  while (first + length < second && second + length < insts.size()) {
    const Inst& inst = insts[first + length];
    if (!repeatable(inst) || !mach::sameInstruction(inst, insts[second + length])) break;
    if (readsFlags(inst) && !flagsSet) break;
    flagsSet = flagsSet || setsFlags(inst);
    ++length;
  }
  if (length < kShortestRun) return false;
  const RunEffect run = effectOfRun(insts, first, length);
  if (run.readFirst & run.written) return false;  // its second start would see other inputs
  for (size_t k = first + length; k < second; ++k) {
    const RegisterEffect e = effectOf(insts[k]);
    if (e.defs & (run.readFirst | run.written)) return false;
    if (run.readsMemory && mayChangeMemory(insts[k])) return false;
    if (insts[k].op == Opcode::Loc || insts[k].isPseudo()) return false;
  }
  if (flagsReadAfter(insts, second + length - 1)) return false;
  insts.erase(insts.begin() + static_cast<long>(second),
              insts.begin() + static_cast<long>(second + length));
  return true;
}

}  // namespace

void removeRepeatedRuns(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    std::vector<Inst>& insts = b.insts;
    for (size_t first = 0; first < insts.size(); ++first)
      for (size_t second = first + kShortestRun; second < insts.size() && second <= first + kFarthest;
           ++second)
        if (mach::sameInstruction(insts[first], insts[second]) && removeRepeat(insts, first, second)) break;
  }
}

}  // namespace optimize
}  // namespace minicc
