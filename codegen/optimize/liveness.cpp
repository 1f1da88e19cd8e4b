#include "codegen/optimize/liveness.h"


#include "codegen/abi.h"

namespace minicc {
namespace optimize {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

namespace {

// The registers an address is computed from.
RegisterSet addressRegisters(const Operand& o) {
  if (o.kind != Operand::Kind::Memory) return 0;
  return bit(o.reg) | (o.scale ? bit(o.index) : 0);
}

RegisterSet registerOf(const Operand& o) { return o.isRegister() ? bit(o.reg) : 0; }

bool writesWhole(const Inst& inst, const Operand& destination) {
  Width w = destination.isRegister() ? destination.width : inst.width;
  return w == Width::L || w == Width::Q;
}

RegisterSet callerSaved() {
  RegisterSet set = 0;
  for (Reg r : abi::kCallerSaved) set |= bit(r);
  return set;
}

// %al, the vector count of a variadic call, is not among them: selection
// sets it before such a call, and only then does the call read it. What
// comes between (the loads of the floating arguments into %xmm0-%xmm7, say)
// leaves %rax alone.
bool setsVectorCount(const std::vector<Inst>& insts, size_t call) {
  for (size_t k = call; k-- > 0;) {
    const Inst& inst = insts[k];
    if (inst.isPseudo()) continue;
    const RegisterEffect e = effectOf(inst);
    if (!((e.uses | e.defs) & bit(abi::kVectorCountRegister)) && !inst.isUnconditionalJump() &&
        inst.op != Opcode::Jcc && inst.op != Opcode::Call && inst.op != Opcode::CallIndirect)
      continue;
    const bool zeroes = inst.op == Opcode::Xor && inst.operand(1).isRegister(abi::kVectorCountRegister);
    const bool moves = inst.op == Opcode::Mov && inst.width == Width::B &&
                       inst.operand(1).isRegister(abi::kVectorCountRegister);
    return zeroes || moves;
  }
  return false;
}

// Ret reads what any function may return in (psABI 3.2.3): %rax and, for a
// structure's second eightbyte, %rdx.
RegisterSet resultRegisters() { return bit(abi::kReturnRegister) | bit(abi::kSecondReturnRegister); }

// The epilogue reads what this function returns in.
RegisterSet resultRegisters(const mach::MachineFunction& f) {
  RegisterSet set = 0;
  for (int i = 0; i < f.resultRegisterCount; ++i) set |= bit(f.resultRegisters[static_cast<size_t>(i)]);
  return set;
}

RegisterSet argumentRegisters() {
  RegisterSet set = 0;
  for (Reg r : abi::kIntegerArgumentRegisters) set |= bit(r);
  return set;
}

}  // namespace

RegisterEffect effectOf(const Inst& inst) {
  RegisterEffect e;
  if (inst.isPseudo()) return e;
  for (int i = 0; i < inst.operandCount; ++i) e.uses |= addressRegisters(inst.operand(i));
  const int n = inst.operandCount;
  auto sourcesAndDestination = [&](bool readsDestination) {
    for (int i = 0; i + 1 < n; ++i) e.uses |= registerOf(inst.operand(i));
    const Operand& destination = inst.operand(n - 1);
    if (readsDestination || !writesWhole(inst, destination))
      e.uses |= registerOf(destination);
    e.defs |= registerOf(destination);
  };
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movabs: case Opcode::Movsx: case Opcode::Movzx:
    case Opcode::Lea: case Opcode::Setcc:
      sourcesAndDestination(false);
      break;
    case Opcode::Xor:
      if (n == 2 && inst.operand(0).isRegister() && inst.operand(1).isRegister() &&
          inst.operand(0).reg == inst.operand(1).reg && writesWhole(inst, inst.operand(1))) {
        e.defs |= registerOf(inst.operand(1));  // zeroing reads nothing
        break;
      }
      sourcesAndDestination(true);
      break;
    case Opcode::Imul:
      sourcesAndDestination(n == 2);  // imul $k, src, dst does not read dst
      break;
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr: case Opcode::Neg: case Opcode::Not:
    case Opcode::Cmov:  // when the condition fails, the destination keeps its value
      sourcesAndDestination(true);
      break;
    case Opcode::Cmp: case Opcode::Test: case Opcode::Push: case Opcode::JmpIndirect:
      for (int i = 0; i < n; ++i) e.uses |= registerOf(inst.operand(i));
      break;
    case Opcode::Pop:
      e.defs |= registerOf(inst.operand(0));
      break;
    case Opcode::Idiv: case Opcode::Div:
      e.uses |= registerOf(inst.operand(0)) | bit(Reg::AX) | bit(Reg::DX);
      e.defs |= bit(Reg::AX) | bit(Reg::DX);
      break;
    case Opcode::Mul:
      e.uses |= registerOf(inst.operand(0)) | bit(Reg::AX);
      e.defs |= bit(Reg::AX) | bit(Reg::DX);
      break;
    case Opcode::SignExtendAx:
      e.uses |= bit(Reg::AX);
      e.defs |= bit(Reg::DX);
      break;
    case Opcode::Call: case Opcode::CallIndirect:
      // psABI 3.2.3: the arguments go in; every caller-saved register may change.
      for (int i = 0; i < n; ++i) e.uses |= registerOf(inst.operand(i));
      e.uses |= argumentRegisters();
      e.defs |= callerSaved();
      break;
    case Opcode::Ret:
      e.uses |= resultRegisters();
      break;
    // SSE: bit() of an xmm register is empty, so only the general registers
    // among the operands count: the source of cvtsi2sd and of movq into
    // %xmm, the destination of cvttsd2si and of movq out of one.
    case Opcode::MovS: case Opcode::SqrtS: case Opcode::CvtSi2S: case Opcode::CvttS2Si:
    case Opcode::CvtS2S: case Opcode::MovGV: case Opcode::Movaps:
      sourcesAndDestination(false);
      break;
    case Opcode::AddS: case Opcode::SubS: case Opcode::MulS: case Opcode::DivS:
    case Opcode::Xorps: case Opcode::Andps: case Opcode::UcomiS:
      sourcesAndDestination(true);  // of xmm registers only: nothing
      break;
    default:
      break;
  }
  return e;
}

RegisterSet namedRegisters(const Inst& inst) {
  RegisterSet named = 0;
  if (inst.isPseudo()) return named;
  for (int i = 0; i < inst.operandCount; ++i) named |= registerOf(inst.operand(i)) | addressRegisters(inst.operand(i));
  return named;
}

bool readsMemory(const Inst& inst) {
  for (int i = 0; i < inst.operandCount; ++i)
    if (inst.operand(i).isMemory() && inst.op != Opcode::Lea) return true;
  return false;
}

bool writesMemory(const Inst& inst) {
  if (inst.operandCount == 0 || !inst.operand(inst.operandCount - 1).isMemory()) return false;
  switch (inst.op) {
    case Opcode::Cmp: case Opcode::Test: case Opcode::UcomiS:
    case Opcode::Mul: case Opcode::Div: case Opcode::Idiv:
      return false;
    default:
      return true;
  }
}

bool flagsReadAfter(const std::vector<Inst>& insts, size_t i) { return flagsReadFrom(insts, i + 1); }

bool flagsReadFrom(const std::vector<Inst>& insts, size_t first) {
  for (size_t k = first; k < insts.size(); ++k) {
    const Opcode op = insts[k].op;
    if (op == Opcode::Jcc || op == Opcode::Setcc || op == Opcode::Cmov) return true;
    if (op == Opcode::Cmp || op == Opcode::Test || op == Opcode::UcomiS) return false;
  }
  return false;
}

std::vector<std::vector<RegisterSet>> liveAfterEachInstruction(const mach::MachineFunction& f) {
  auto effect = [](const std::vector<Inst>& insts, size_t i) {
    const RegisterEffect e = effectOf(insts[i]);
    Effect<RegisterSet> flow{e.uses, e.defs};
    const Opcode op = insts[i].op;
    if ((op == Opcode::Call || op == Opcode::CallIndirect) && setsVectorCount(insts, i))
      flow.uses |= bit(abi::kVectorCountRegister);
    return flow;
  };
  // The last block ends in the epilogue (added later): the result is read.
  return liveAfterEach<RegisterSet>(f, effect, resultRegisters(f));
}

}  // namespace optimize
}  // namespace minicc
