// A copy followed by an addition to the copy is one lea (-O), and so is a
// multiplication by 2, 3, 5 or 9, with the addition of a constant after it:
//
//   movl %ebx, %edi; subl $1, %edi        ->  leal -1(%rbx), %edi
//   movl %esi, %eax; addl %ecx, %eax      ->  leal (%rsi,%rcx), %eax
//   imull $3, %ebx, %ebx; addl $1, %ebx   ->  leal 1(%rbx,%rbx,2), %ebx
//
// and a term 2, 4 or 8 times a register added to a sum, when nothing reads
// the term after:
//
//   leal (%rsi,%rsi,1), %ecx; addl %ecx, %eax            ->  leal (%rax,%rsi,2), %eax
//   movl %r11d, %ecx; shll $2, %ecx; addl %ecx, %eax    ->  leal (%rax,%r11,4), %eax
//   shll $3, %ecx; addl %ecx, %eax                       ->  leal (%rax,%rcx,8), %eax
//
// (imul takes three cycles on current x86 cores, lea one or two.)
// lea adds without setting the flags, so only where nothing reads the flags
// the addition set. A 32-bit lea keeps the low half of the 64-bit sum and
// clears the upper half, as the 32-bit add does (Intel SDM vol. 2, "LEA").
#include "codegen/optimize/optimize.h"

#include <limits>
#include <vector>

#include "codegen/optimize/liveness.h"

namespace minicc {
namespace optimize {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

bool isGeneralRegister(const Operand& o) { return o.isRegister() && mach::isGeneral(o.reg) && o.reg != mach::Reg::SP; }

bool fitsInDisplacement(int64_t v) {
  return v >= std::numeric_limits<int32_t>::min() && v <= std::numeric_limits<int32_t>::max();
}

// The address that copy-then-add computes, if the pair is one.
bool combinedAddress(const Inst& copy, const Inst& add, Operand& address) {
  if (copy.op != Opcode::Mov || (copy.width != Width::L && copy.width != Width::Q)) return false;
  if (add.op != Opcode::Add && add.op != Opcode::Sub) return false;
  if (add.width != copy.width || add.operandCount != 2) return false;
  const Operand& from = copy.operand(0);
  const Operand& to = copy.operand(1);
  if (!isGeneralRegister(from) || !isGeneralRegister(to) || from.reg == to.reg) return false;
  if (!add.operand(1).isRegister(to.reg) || add.operand(1).width != to.width) return false;
  const Operand& amount = add.operand(0);
  if (amount.isImmediate()) {
    const int64_t displacement = add.op == Opcode::Sub ? -amount.value : amount.value;
    if (!fitsInDisplacement(displacement) || (add.op == Opcode::Sub && !fitsInDisplacement(amount.value)))
      return false;
    address = mach::mem(from.reg, displacement);
    return true;
  }
  if (add.op == Opcode::Add && isGeneralRegister(amount) && amount.reg != to.reg) {
    address = mach::memIndexed(from.reg, amount.reg, 1);
    return true;
  }
  return false;
}

// x * k as x + x * (k - 1), for the scales an address has.
bool scaledAddress(const Inst& imul, Operand& address) {
  if (imul.op != Opcode::Imul || imul.operandCount != 3 || !imul.operand(0).isImmediate()) return false;
  if (imul.width != Width::L && imul.width != Width::Q) return false;
  const int64_t k = imul.operand(0).value;
  if (k != 2 && k != 3 && k != 5 && k != 9) return false;
  if (!isGeneralRegister(imul.operand(1)) || !isGeneralRegister(imul.operand(2))) return false;
  address = mach::memIndexed(imul.operand(1).reg, imul.operand(1).reg, static_cast<int>(k - 1));
  return true;
}

// Selection's own "leal (%rax,%rax,2), %eax" (x * 3), which a constant
// added after may join.
bool scaledLea(const Inst& lea, Operand& address) {
  if (lea.op != Opcode::Lea || lea.operand(0).kind != Operand::Kind::Memory) return false;
  const Operand& a = lea.operand(0);
  if (!a.scale || a.reg != a.index || a.value != 0 || !isGeneralRegister(lea.operand(1))) return false;
  address = a;
  return true;
}

// "addl $c, D" or "subl $c, D" right after, as a displacement.
bool addsConstantTo(const Inst& add, const Operand& to, int64_t& displacement) {
  if ((add.op != Opcode::Add && add.op != Opcode::Sub) || add.operandCount != 2) return false;
  if (!add.operand(0).isImmediate() || !add.operand(1).isRegister(to.reg) ||
      add.operand(1).width != to.width)
    return false;
  const int64_t amount = add.operand(0).value;
  displacement = add.op == Opcode::Sub ? -amount : amount;
  return fitsInDisplacement(amount) && fitsInDisplacement(displacement);
}

void replaceByLea(std::vector<Inst>& insts, size_t i, size_t count, const Operand& address,
                  const Operand& to, Width width) {
  Inst lea = mach::makeInst(Opcode::Lea, width, {address, to});
  lea.sourceLine = insts[i].sourceLine;
  insts[i] = lea;
  insts.erase(insts.begin() + static_cast<long>(i) + 1, insts.begin() + static_cast<long>(i + count));
}

// The run from insts[i] that computes x * scale into a register `term`:
// "leal (x,x,1), term" (scale 2), "shl $k, term" (x is term, scale 2^k, k
// from 1 to 3) or "mov x, term; shl $k, term". Its length, or 0.
size_t scaledTerm(const std::vector<Inst>& insts, size_t i, Operand& x, Operand& term, int& scale) {
  const Inst& first = insts[i];
  if (first.width != Width::L && first.width != Width::Q) return 0;
  if (first.op == Opcode::Lea && first.operand(0).kind == Operand::Kind::Memory) {
    const Operand& a = first.operand(0);
    if (a.scale != 1 || a.reg != a.index || a.value != 0 || !isGeneralRegister(first.operand(1))) return 0;
    x = mach::reg(a.reg, first.width);
    term = first.operand(1);
    scale = 2;
    return 1;
  }
  if (first.op == Opcode::Shl && first.operand(0).isImmediate() && first.operand(0).value >= 1 &&
      first.operand(0).value <= 3 && isGeneralRegister(first.operand(1))) {
    // A copy into the register just before makes the longer run below.
    const Inst* before = i > 0 ? &insts[i - 1] : nullptr;
    if (before && before->op == Opcode::Mov && isGeneralRegister(before->operand(0)) &&
        before->operand(1).isRegister(first.operand(1).reg))
      return 0;
    x = term = first.operand(1);
    scale = 1 << first.operand(0).value;
    return 1;
  }
  if (first.op != Opcode::Mov || i + 1 >= insts.size()) return 0;
  const Inst& shift = insts[i + 1];
  if (!isGeneralRegister(first.operand(0)) || !isGeneralRegister(first.operand(1)) ||
      first.operand(0).reg == first.operand(1).reg || shift.op != Opcode::Shl || shift.width != first.width ||
      !shift.operand(0).isImmediate() || shift.operand(0).value < 1 || shift.operand(0).value > 3 ||
      !shift.operand(1).isRegister(first.operand(1).reg))
    return 0;
  x = first.operand(0);
  term = first.operand(1);
  scale = 1 << shift.operand(0).value;
  return 2;
}

// Folds scaled terms into the additions after them, in block `insts`
// whose registers live after each instruction are `liveAfter`; from the
// end, so that the indexes before a fold stay right.
void foldScaledTerms(std::vector<Inst>& insts, const std::vector<RegisterSet>& liveAfter) {
  for (size_t i = insts.size(); i-- > 0;) {
    Operand x, term;
    int scale = 0;
    const size_t length = scaledTerm(insts, i, x, term, scale);
    if (!length || i + length >= insts.size()) continue;
    const size_t at = i + length;
    const Inst& add = insts[at];
    if (add.op != Opcode::Add || add.width != insts[i].width || !add.operand(0).isRegister(term.reg) ||
        !isGeneralRegister(add.operand(1)) || add.operand(1).reg == term.reg ||
        (liveAfter[at] & bit(term.reg)) || flagsReadAfter(insts, at))
      continue;
    const Operand sum = add.operand(1);
    replaceByLea(insts, i, length + 1, mach::memIndexed(sum.reg, x.reg, scale), sum, add.width);
  }
}

}  // namespace

void formLeaArithmetic(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks) {
    auto& insts = b.insts;
    for (size_t i = 0; i < insts.size(); ++i) {
      Operand address;
      const bool imul = scaledAddress(insts[i], address);
      if (imul || scaledLea(insts[i], address)) {
        const Operand to = insts[i].operand(insts[i].operandCount - 1);
        int64_t displacement = 0;
        if (i + 1 < insts.size() && addsConstantTo(insts[i + 1], to, displacement) &&
            !flagsReadAfter(insts, i + 1)) {
          address.value = displacement;
          replaceByLea(insts, i, 2, address, to, insts[i].width);
        } else if (imul && !flagsReadAfter(insts, i)) {  // a lea alone stays, with its note
          replaceByLea(insts, i, 1, address, to, insts[i].width);
        }
        continue;
      }
      if (i + 1 < insts.size() && combinedAddress(insts[i], insts[i + 1], address) &&
          !flagsReadAfter(insts, i + 1))
        replaceByLea(insts, i, 2, address, insts[i].operand(1), insts[i].width);
    }
  }
  const auto liveAfter = liveAfterEachInstruction(f);
  for (size_t b = 0; b < f.blocks.size(); ++b) foldScaledTerms(f.blocks[b].insts, liveAfter[b]);
}

}  // namespace optimize
}  // namespace minicc
