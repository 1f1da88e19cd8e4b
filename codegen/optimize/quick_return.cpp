// A function that begins by testing its parameters and may return at once
// does that before it sets up its frame (-O; a simple form of what
// compilers call shrink-wrapping). Takeuchi's function
//
//   tak:  pushq %rbp; ...; pushq %r15 ... pushq %rbx; subq $8, %rsp
//         movl %edi, %ebx; movl %esi, %r12d; movl %edx, %r13d
//         cmpl %ebx, %r12d; jge .LBB0_2      (.LBB0_2: movl %r13d, %eax, return)
//
// saves five registers on every call, and three calls in four return at
// once. It now starts with a copy of that test and that return, reading
// the parameters where they arrived:
//
//   tak:  cmpl %edi, %esi; jl .LBB0_5; movl %edx, %eax; retq
//   .LBB0_5:                                 (the function as before)
//
// Nothing on the quick path may need the frame: no call, no push, no frame
// slot but a parameter's (read from its register instead) or a stack
// argument's (read from 8(%rsp) and up: there is no %rbp yet), no
// callee-saved register but a parameter's copy. Up to the test it writes
// no argument register (xmm ones included) and no memory, so that the
// function as before can run from the start when the test sends it there. With -g it is off: the
// debugger's breakpoint on the function and its idea of where each
// parameter lives both come from the function as before.
#include "codegen/optimize/optimize.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "codegen/abi.h"
#include "codegen/optimize/liveness.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

constexpr size_t kLongestQuickPath = 16;  // instructions: a copy this long is not worth its bytes

RegisterSet setOf(const Reg* first, const Reg* last) {
  RegisterSet s = 0;
  for (const Reg* r = first; r != last; ++r) s |= bit(*r);
  return s;
}
const RegisterSet kArgumentRegisters =
    setOf(std::begin(abi::kIntegerArgumentRegisters), std::end(abi::kIntegerArgumentRegisters));
const RegisterSet kFrameRegisters = setOf(std::begin(abi::kCalleeSaved), std::end(abi::kCalleeSaved)) |
                                    bit(Reg::SP);

bool isArgumentRegister(Reg r) { return (kArgumentRegisters & bit(r)) != 0; }

// Where the entry's copies put each parameter: a callee-saved register or
// a frame slot, and the argument register it came from.
struct ParameterCopies {
  Reg registerCopy[mach::kGeneralRegisterCount];  // by callee-saved register; AX: none
  std::vector<std::optional<Reg>> slotCopy;       // by slot
  std::vector<Width> slotWidth;
};

// The instructions the quick path may hold: no call, push, jump, or
// pseudo-instruction (-g is off, so there is no .loc to keep).
bool allowedOnQuickPath(Opcode op) {
  switch (op) {
    case Opcode::Push: case Opcode::Pop: case Opcode::Jmp: case Opcode::JmpIndirect: case Opcode::Jcc:
    case Opcode::Call: case Opcode::CallIndirect: case Opcode::Ret:
      return false;
    default:
      return op < Opcode::CfiDefCfaOffset;
  }
}

class QuickPathBuilder {
 public:
  QuickPathBuilder(const mach::MachineFunction& f, const ParameterCopies& copies)
      : f_(f), copies_(copies) {}

  // `inst` as the quick path says it, or nothing if it cannot be there.
  // beforeTest: the function as before may still run after it.
  std::optional<Inst> translate(const Inst& inst, bool beforeTest) {
    if (!allowedOnQuickPath(inst.op)) return std::nullopt;
    if (beforeTest && writesMemory(inst)) return std::nullopt;
    // The xmm registers are not followed: before the test, one that carries
    // a floating argument must not change, so only a comparison may be there.
    if (beforeTest && inst.isSse() && inst.op != Opcode::UcomiS) return std::nullopt;
    Inst out = inst;
    RegisterSet parameters = 0;  // the argument registers it now names for parameters
    for (int i = 0; i < out.operandCount; ++i) {
      Operand& o = out.operands[i];
      if (o.kind == Operand::Kind::FrameSlot) {
        if (!translateSlot(inst, i, o)) return std::nullopt;
        if (o.isRegister()) parameters |= bit(o.reg);
      } else if (o.isRegister()) {
        if (!translateRegister(o.reg, parameters)) return std::nullopt;
      } else if (o.kind == Operand::Kind::Memory) {
        if (o.reg == Reg::BP || o.reg == Reg::SP) return std::nullopt;
        if (!translateRegister(o.reg, parameters)) return std::nullopt;
        if (o.scale && !translateRegister(o.index, parameters)) return std::nullopt;
      }
    }
    const RegisterEffect before = effectOf(inst), after = effectOf(out);
    if (after.defs & kFrameRegisters) return std::nullopt;
    if (beforeTest && (after.defs & kArgumentRegisters)) return std::nullopt;
    // An argument register the code used for itself no longer holds the
    // parameter; one a parameter was written in no longer holds what the
    // code put there.
    if (parameters & clobbered_) return std::nullopt;
    if (before.uses & kArgumentRegisters & parametersWritten_) return std::nullopt;
    clobbered_ |= before.defs & kArgumentRegisters;
    parametersWritten_ |= after.defs & kArgumentRegisters & ~before.defs;
    return out;
  }

 private:
  // A callee-saved register is only ever a parameter's copy here.
  bool translateRegister(Reg& r, RegisterSet& parameters) const {
    if (!(kFrameRegisters & bit(r))) return true;
    const Reg from = copies_.registerCopy[static_cast<int>(r)];
    if (from == Reg::AX) return false;
    r = from;
    parameters |= bit(r);
    return true;
  }

  // A parameter's slot becomes its argument register, a stack argument's
  // the place the caller put it (8(%rsp) and up: no %rbp is pushed yet).
  bool translateSlot(const Inst& inst, int i, Operand& o) const {
    const mach::FrameSlot& slot = f_.slots[static_cast<size_t>(o.slot)];
    const std::string_view name = o.name;
    if (slot.stackArgument >= 0) {
      if (inst.op == Opcode::Lea || i == inst.operandCount - 1) return false;  // read it, only
      o = mach::mem(Reg::SP, slot.offset + o.value - 8);
      o.name = name;
      return true;
    }
    const std::optional<Reg> from = copies_.slotCopy[static_cast<size_t>(o.slot)];
    if (!from || o.value != 0 || inst.isSse() || inst.op == Opcode::Lea) return false;
    const Width width = copies_.slotWidth[static_cast<size_t>(o.slot)];
    const bool extends = inst.op == Opcode::Movsx || inst.op == Opcode::Movzx;
    if ((extends && i == 0 ? inst.fromWidth : inst.width) != width) return false;
    o = mach::reg(*from, width);
    return true;
  }

  const mach::MachineFunction& f_;
  const ParameterCopies& copies_;
  RegisterSet clobbered_ = 0;          // argument registers the code wrote for itself
  RegisterSet parametersWritten_ = 0;  // argument registers a parameter's new value went into
};

// The entry's leading moves of argument registers into callee-saved
// registers or slots; returns how many instructions they are.
size_t findParameterCopies(const mach::MachineFunction& f, ParameterCopies& copies) {
  std::fill(std::begin(copies.registerCopy), std::end(copies.registerCopy), Reg::AX);
  copies.slotCopy.assign(f.slots.size(), std::nullopt);
  copies.slotWidth.assign(f.slots.size(), Width::L);
  const std::vector<Inst>& entry = f.blocks.front().insts;
  size_t n = 0;
  for (; n < entry.size(); ++n) {
    const Inst& inst = entry[n];
    if (inst.op != Opcode::Mov || !inst.operand(0).isRegister() || !isArgumentRegister(inst.operand(0).reg))
      break;
    const Operand& to = inst.operand(1);
    const Reg from = inst.operand(0).reg;
    if (to.isRegister() && (kFrameRegisters & bit(to.reg)) && to.reg != Reg::SP && to.reg != Reg::BP) {
      copies.registerCopy[static_cast<int>(to.reg)] = from;
    } else if (to.kind == Operand::Kind::FrameSlot && to.value == 0 &&
               f.slots[static_cast<size_t>(to.slot)].size == mach::bytes(inst.width)) {
      copies.slotCopy[static_cast<size_t>(to.slot)] = from;
      copies.slotWidth[static_cast<size_t>(to.slot)] = inst.width;
    } else {
      break;
    }
  }
  return n;
}

}  // namespace

std::vector<Inst> quickReturnPath(const mach::MachineFunction& f, int slowLabel) {
  if (f.blocks.size() < 3) return {};
  ParameterCopies copies;
  const std::vector<Inst>& entry = f.blocks.front().insts;
  const size_t first = findParameterCopies(f, copies);
  // The test: the entry's first conditional jump (a block may go on after one).
  size_t testAt = first;
  while (testAt < entry.size() && entry[testAt].op != Opcode::Jcc) ++testAt;
  if (testAt == entry.size()) return {};
  const Inst& test = entry[testAt];

  // The return is either where the test jumps or where it falls through:
  // that block's instructions and those of the blocks it falls into, up to
  // the exit block's; a jump may only be to the exit block.
  const mach::BlockIndex index(f);
  const size_t exitBlock = f.blocks.size() - 1;
  auto pathToReturn = [&](size_t b, size_t from) -> std::optional<std::vector<const Inst*>> {
    std::vector<const Inst*> path;
    for (size_t at = b; at <= exitBlock; ++at, from = 0) {
      const std::vector<Inst>& insts = f.blocks[at].insts;
      for (size_t i = from; i < insts.size(); ++i) {
        const Inst& inst = insts[i];
        if (inst.op == Opcode::Jmp) {
          if (&inst != &insts.back() ||
              index.find(static_cast<int>(inst.operand(0).value)) != static_cast<int>(exitBlock))
            return std::nullopt;
          at = exitBlock - 1;  // on to the exit block
          break;
        }
        path.push_back(&inst);
      }
      if (path.size() > kLongestQuickPath) return std::nullopt;
    }
    return path;
  };

  const size_t target = static_cast<size_t>(index.find(static_cast<int>(test.operand(0).value)));
  mach::Cond toSlowPath = test.cond;
  std::optional<std::vector<const Inst*>> quick = pathToReturn(0, testAt + 1);  // falls through to it
  if (!quick && target > 0) {
    quick = pathToReturn(target, 0);
    toSlowPath = mach::negate(test.cond);
  }
  if (!quick) return {};

  QuickPathBuilder builder(f, copies);
  std::vector<Inst> path;
  for (size_t i = first; i < testAt; ++i) {
    std::optional<Inst> inst = builder.translate(entry[i], /*beforeTest=*/true);
    if (!inst) return {};
    path.push_back(*inst);
  }
  Inst jump = test;
  jump.cond = toSlowPath;
  jump.operands[0] = mach::block(slowLabel);
  jump.note = why::kQuickReturn;
  path.push_back(jump);
  for (const Inst* original : *quick) {
    std::optional<Inst> inst = builder.translate(*original, /*beforeTest=*/false);
    if (!inst) return {};
    path.push_back(*inst);
  }
  path.push_back(mach::makeInst(Opcode::Ret, Width::Q, {}));
  return path;
}

}  // namespace optimize
}  // namespace minicc
