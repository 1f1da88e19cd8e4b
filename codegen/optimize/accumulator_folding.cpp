// Selection computes every value in %eax, so with variables in registers a
// statement often goes there and back (-O):
//
//   movl %esi, %eax; addl %ecx, %eax; movl %eax, %esi   ->  addl %ecx, %esi
//   movl %ebx, %eax; subl $1, %eax; movl %eax, %edi     ->  movl %ebx, %edi; subl $1, %edi
//   movl %ecx, %eax; cmpl %edi, %eax                    ->  cmpl %edi, %ecx
//   movl %ebx, %eax; movl %eax, %esi                    ->  movl %ebx, %esi
//
// each only where nothing reads %eax afterwards (liveness.h), and where x86
// allows the new operands (at most one of them in memory, and imul only
// into a register).
#include "codegen/optimize/optimize.h"

#include "codegen/abi.h"
#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

constexpr mach::Reg kAccumulator = abi::kReturnRegister;

bool isAccumulator(const Operand& o) { return o.isRegister(kAccumulator); }

// The operand mentions the accumulator, as a register or in its address.
bool mentionsAccumulator(const Operand& o) {
  if (o.isRegister()) return o.reg == kAccumulator;
  if (o.kind == Operand::Kind::Memory)
    return o.reg == kAccumulator || (o.scale && o.index == kAccumulator);
  return false;
}

bool isPlace(const Operand& o) { return o.isRegister() || o.kind == Operand::Kind::FrameSlot; }

// "mov X, %eax" of a whole 32- or 64-bit value.
bool loadsAccumulator(const Inst& inst) {
  return inst.op == Opcode::Mov && (inst.width == Width::L || inst.width == Width::Q) &&
         isPlace(inst.operand(0)) && !isAccumulator(inst.operand(0)) && isAccumulator(inst.operand(1));
}

bool isTwoOperandArithmetic(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr:
      return inst.operandCount == 2;
    case Opcode::Imul:
      return inst.operandCount == 2;
    default:
      return false;
  }
}

bool bothInMemory(const Operand& a, const Operand& b) { return a.isMemory() && b.isMemory(); }

// "movl %eax, %r" of a whole 32- or 64-bit value into another general
// register (not the stack or frame pointer).
bool copiesAccumulatorToRegister(const Inst& inst) {
  if (inst.op != Opcode::Mov || (inst.width != Width::L && inst.width != Width::Q)) return false;
  if (!isAccumulator(inst.operand(0)) || !inst.operand(1).isRegister()) return false;
  const mach::Reg to = inst.operand(1).reg;
  return mach::isGeneral(to) && to != kAccumulator && to != mach::Reg::SP && to != mach::Reg::BP;
}

constexpr size_t kLongestRun = 8;  // instructions between the two ends of renameRun

// It writes %eax (or %rax) whole, as its destination, and reads nothing of it.
bool writesAccumulatorAfresh(const Inst& inst) {
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movsx: case Opcode::Movzx: case Opcode::Lea:
      break;
    case Opcode::Imul:
      if (inst.operandCount == 3) break;
      return false;
    default:
      return false;
  }
  const int last = inst.operandCount - 1;
  const Operand& to = inst.operand(last);
  if (!isAccumulator(to) || (to.width != Width::L && to.width != Width::Q)) return false;
  for (int i = 0; i < last; ++i)
    if (mentionsAccumulator(inst.operand(i))) return false;
  return true;
}

// Its uses of %eax are all register operands of width w, which another
// register could take in their place.
bool mayWorkOnAnotherRegister(const Inst& inst, Width w) {
  switch (inst.op) {
    case Opcode::Mov: case Opcode::Movsx: case Opcode::Movzx: case Opcode::Lea:
    case Opcode::Add: case Opcode::Sub: case Opcode::And: case Opcode::Or: case Opcode::Xor:
    case Opcode::Shl: case Opcode::Sar: case Opcode::Shr: case Opcode::Neg: case Opcode::Not:
    case Opcode::Imul: case Opcode::Cmp: case Opcode::Test: case Opcode::Cmov:
      break;
    default:
      return false;
  }
  bool named = false;
  for (int i = 0; i < inst.operandCount; ++i) {
    const Operand& o = inst.operand(i);
    if (!mentionsAccumulator(o)) continue;
    // A 32-bit lea's result depends on the low halves of its address's
    // registers only, whatever the upper halves hold.
    const bool lowHalfAddress = o.kind == Operand::Kind::Memory && inst.op == Opcode::Lea &&
                                inst.width == Width::L && w == Width::L;
    if (!lowHalfAddress && (!o.isRegister() || o.width != w)) return false;
    named = true;
  }
  const RegisterEffect e = effectOf(inst);
  return named || !((e.uses | e.defs) & bit(kAccumulator));
}

struct Folder {
  std::vector<Inst>& out;
  const std::vector<Inst>& in;
  const std::vector<RegisterSet>& liveAfter;

  bool accumulatorDeadAfter(size_t i) const { return !(liveAfter[i] & bit(kAccumulator)); }

  // The index of the next real instruction after i, skipping -g's positions.
  size_t nextReal(size_t i) const {
    for (++i; i < in.size() && in[i].op == Opcode::Loc; ++i) {}
    return i;
  }

  void emit(Inst inst, const Inst& from) {
    inst.sourceLine = from.sourceLine;
    inst.note = {};
    out.push_back(inst);
  }

  void keepPositions(size_t from, size_t to) {  // the .loc lines between folded instructions
    for (size_t k = from + 1; k < to; ++k)
      if (in[k].op == Opcode::Loc) out.push_back(in[k]);
  }

  // A run of instructions computes X's new value in %eax, which then goes
  // back into X; the run works on X instead:
  //   movl %ebx, %eax; movl %eax, %ecx; shrl $31, %ecx; addl %ecx, %eax;
  //   sarl $1, %eax; movl %eax, %ebx   ->   movl %ebx, %ecx; shrl $31, %ecx;
  //   addl %ecx, %ebx; sarl $1, %ebx
  //   imull $3, %ebx, %eax; addl $1, %eax; movl %eax, %ebx   ->
  //   imull $3, %ebx, %ebx; addl $1, %ebx
  // The run begins by writing %eax whole without reading it, names %eax
  // only as a register of that width (or in a 32-bit lea's address; never
  // implicitly), and X nowhere after its first instruction.
  size_t renameRun(size_t i) {
    const Inst& first = in[i];
    if (!writesAccumulatorAfresh(first)) return i;
    const Width w = first.operand(first.operandCount - 1).width;
    std::vector<size_t> run;
    size_t k = nextReal(i);
    for (; k < in.size() && run.size() < kLongestRun; k = nextReal(k)) {
      const Inst& inst = in[k];
      if (copiesAccumulatorToRegister(inst) && inst.width == w && accumulatorDeadAfter(k))
        break;  // the move back
      if (!mayWorkOnAnotherRegister(inst, w)) return i;
      run.push_back(k);
    }
    if (k >= in.size() || run.size() >= kLongestRun) return i;
    const mach::Reg x = in[k].operand(1).reg;
    for (size_t r : run) {
      const RegisterEffect e = effectOf(in[r]);
      if ((e.uses | e.defs) & bit(x)) return i;
    }
    auto renamed = [&](Inst inst) {
      for (int o = 0; o < inst.operandCount; ++o) {
        Operand& operand = inst.operands[o];
        if (isAccumulator(operand)) operand.reg = x;
        if (operand.kind == Operand::Kind::Memory) {
          if (operand.reg == kAccumulator) operand.reg = x;
          if (operand.scale && operand.index == kAccumulator) operand.index = x;
        }
      }
      return inst;
    };
    const bool copiesX = first.op == Opcode::Mov && first.operand(0).isRegister(x);
    size_t at = i;
    if (!copiesX) emit(renamed(first), first);
    for (size_t r : run) {
      keepPositions(at, r);
      emit(renamed(in[r]), in[r]);
      at = r;
    }
    keepPositions(at, k);
    return k + 1;
  }

  // Tries the patterns at in[i]; returns how far it consumed, or i if none applied.
  size_t fold(size_t i) {
    if (size_t next = renameRun(i); next != i) return next;
    const Inst& load = in[i];
    if (!loadsAccumulator(load)) return i;
    const Operand& x = load.operand(0);
    const Width w = load.width;
    const size_t j = nextReal(i);
    if (j >= in.size()) return i;
    const Inst& second = in[j];

    // movl X, %eax; cmpl Y, %eax  ->  cmpl Y, X
    if (second.op == Opcode::Cmp && second.width == w && isAccumulator(second.operand(1)) &&
        !mentionsAccumulator(second.operand(0)) && !bothInMemory(x, second.operand(0)) &&
        accumulatorDeadAfter(j)) {
      keepPositions(i, j);
      Inst cmp = second;
      cmp.operands[1] = x;
      emit(cmp, load);
      return j + 1;
    }
    // movl X, %eax; movl %eax, Z  ->  movl X, Z
    if (second.op == Opcode::Mov && second.width == w && isAccumulator(second.operand(0)) &&
        isPlace(second.operand(1)) && !bothInMemory(x, second.operand(1)) && accumulatorDeadAfter(j)) {
      keepPositions(i, j);
      Inst mov = load;
      mov.operands[1] = second.operand(1);
      emit(mov, load);
      return j + 1;
    }
    // movl X, %eax; op Y, %eax; movl %eax, Z  ->  op Y, X (Z is X)  or  movl X, Z; op Y, Z
    if (!isTwoOperandArithmetic(second) || second.width != w || !isAccumulator(second.operand(1)) ||
        mentionsAccumulator(second.operand(0)))
      return i;
    const Operand& y = second.operand(0);
    const size_t k = nextReal(j);
    if (k >= in.size()) return i;
    const Inst& store = in[k];
    if (store.op != Opcode::Mov || store.width != w || !isAccumulator(store.operand(0)) ||
        !isPlace(store.operand(1)) || !accumulatorDeadAfter(k))
      return i;
    const Operand& z = store.operand(1);
    const bool imul = second.op == Opcode::Imul;
    if (mach::sameOperand(x, z)) {
      if (bothInMemory(y, x) || (imul && !x.isRegister())) return i;
      keepPositions(i, k);
      Inst op = second;
      op.operands[1] = x;
      emit(op, load);
      return k + 1;
    }
    // Z must be a register that Y does not read, as Y is read after Z is written.
    if (!z.isRegister() || (y.isRegister() && y.reg == z.reg) ||
        (y.kind == Operand::Kind::Memory && (y.reg == z.reg || (y.scale && y.index == z.reg))))
      return i;
    if (x.isRegister() && x.reg == z.reg) return i;
    keepPositions(i, k);
    Inst mov = load;
    mov.operands[1] = z;
    emit(mov, load);
    Inst op = second;
    op.operands[1] = z;
    emit(op, second);
    return k + 1;
  }
};

// After "movl %eax, %r12d", the block's reads of %eax read %r12d instead,
// while both keep that value: the move is then often the last read of
// %eax, and the folds above find "movl %eax, %r12d; cmpl $c, %eax" to be
// a round trip. A read may be narrower than the move, not wider (a 32-bit
// move clears the upper half of its destination only).
void readFromCopies(std::vector<Inst>& insts) {
  for (size_t i = 0; i < insts.size(); ++i) {
    const Inst& move = insts[i];
    if (!copiesAccumulatorToRegister(move)) continue;
    const mach::Reg copy = move.operand(1).reg;
    for (size_t k = i + 1; k < insts.size(); ++k) {
      Inst& inst = insts[k];
      if (inst.op == Opcode::Loc) continue;
      if (inst.op == Opcode::Jmp || inst.op == Opcode::Jcc || inst.op == Opcode::JmpIndirect) break;
      const RegisterEffect e = effectOf(inst);
      bool explicitRead = false, replaceable = true;
      for (int o = 0; o < inst.operandCount; ++o) {
        const Operand& operand = inst.operand(o);
        if (!mentionsAccumulator(operand)) continue;
        explicitRead = true;
        if (!operand.isRegister() || mach::bytes(operand.width) > mach::bytes(move.width))
          replaceable = false;
      }
      const bool writesEither = (e.defs & (bit(kAccumulator) | bit(copy))) != 0;
      if (!(e.uses & bit(kAccumulator))) {  // it does not read %eax
        if (writesEither) break;
        continue;
      }
      // Read implicitly or in an address, or also written: it stays as it is.
      if (!explicitRead || !replaceable || writesEither) break;
      for (int o = 0; o < inst.operandCount; ++o)
        if (isAccumulator(inst.operands[o])) inst.operands[o].reg = copy;
    }
  }
}

}  // namespace

void foldAccumulatorRoundTrips(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) readFromCopies(b.insts);
  const auto liveAfter = liveAfterEachInstruction(f);
  for (size_t b = 0; b < f.blocks.size(); ++b) {
    std::vector<Inst> out;
    const std::vector<Inst> in = f.blocks[b].insts;
    out.reserve(in.size());
    Folder folder{out, in, liveAfter[b]};
    for (size_t i = 0; i < in.size();) {
      size_t next = folder.fold(i);
      if (next == i) out.push_back(in[i++]);
      else i = next;
    }
    f.blocks[b].insts = std::move(out);
  }
}

}  // namespace optimize
}  // namespace minicc
