// Division and remainder of a 32-bit integer by a constant, without a
// divide instruction: a multiplication by a "magic" reciprocal and shifts,
// as gcc emits even at -O0 (idiv takes 20 to 40 cycles, imul 3). The method
// is Granlund and Montgomery's ("Division by Invariant Integers using
// Multiplication", 1994), as Hacker's Delight (chapter 10) presents it:
//
//   signed n / d, d > 1:   q = high32(n * M) [+ n when M is negative],
//                          q >>= s, q += 1 if n < 0
//   unsigned n / d:        q = high64(n * ceil(2^64 / d)), exact for 32-bit n
//   powers of two:         shifts (signed: bias a negative n by d - 1 first)
//   n % d = n - (n / d) * d
#include "codegen/function_codegen_internal.h"

namespace minicc {
namespace codegen_detail {

using mach::imm;
using mach::reg;

namespace {

struct SignedMagic {
  int32_t multiplier;  // M, as a signed 32-bit number
  int shift;           // s
};

// The smallest p >= 32 for which 2^p / d rounded up is close enough to be
// exact for every 32-bit n, and that multiplier (Hacker's Delight 10-1).
SignedMagic signedMagic(uint32_t d) {
  const uint64_t two31 = uint64_t{1} << 31;
  const uint64_t nc = two31 - 1 - two31 % d;  // the largest n with n % d == d - 1
  int p = 31;
  uint64_t q1 = two31 / nc, r1 = two31 - q1 * nc;
  uint64_t q2 = two31 / d, r2 = two31 - q2 * d;
  uint64_t delta;
  do {
    ++p;
    q1 *= 2;
    r1 *= 2;
    if (r1 >= nc) {
      ++q1;
      r1 -= nc;
    }
    q2 *= 2;
    r2 *= 2;
    if (r2 >= d) {
      ++q2;
      r2 -= d;
    }
    delta = d - r2;
  } while (q1 < delta || (q1 == delta && r1 == 0));
  return {static_cast<int32_t>(static_cast<uint32_t>(q2 + 1)), p - 32};
}

// Programs divide by one constant again and again (a hash's modulus, a
// digit's base), and the search above takes a step for each bit of 2^p:
// the last divisor's answer is kept.
SignedMagic rememberedSignedMagic(uint32_t d) {
  struct Remembered {
    uint32_t divisor = 0;  // none yet: 0 is never asked for
    SignedMagic magic{};
  };
  static thread_local Remembered last;
  if (last.divisor != d) last = {d, signedMagic(d)};
  return last.magic;
}

}  // namespace

// The accumulator (%eax) becomes its quotient or remainder by `divisor`,
// a 32-bit int or unsigned int; %ecx and %edx (and %esi for an unsigned
// remainder) are scratch. Returns false for the divisors left to idiv: 0
// (a trap, as gcc's build traps) and INT_MIN.
bool FunctionCodegen::genDivisionByConstant(BinaryOp op, const Type* type, int64_t divisor) {
  const bool remainder = op == BinaryOp::Rem;
  const Operand eax = reg(kAccumulator, Width::L);
  const Operand ecx = reg(Reg::CX, Width::L);
  const Operand edx = reg(Reg::DX, Width::L);
  const Operand rcx = reg(Reg::CX, Width::Q);
  if (type->isUnsigned()) {
    const uint64_t d = static_cast<uint32_t>(divisor);
    if (d == 0) return false;
    if (int k = log2Exact(d); k >= 0) {  // n / 2^k, n % 2^k
      if (remainder)
        emit(Opcode::And, Width::L, imm(static_cast<int32_t>(d - 1)), eax);
      else if (k > 0)
        emit(Opcode::Shr, Width::L, imm(k), eax);
      return true;
    }
    // q = high64(n * M): mulq multiplies %rax by %rcx into %rdx:%rax.
    const uint64_t magic = ~uint64_t{0} / d + 1;  // ceil(2^64 / d), d not a power of two
    if (remainder) emit(Opcode::Mov, Width::L, eax, reg(Reg::SI, Width::L));
    emit(Opcode::Mov, Width::L, eax, eax);  // n, zero-extended
    emit(Opcode::Movabs, Width::Q, imm(static_cast<int64_t>(magic)), rcx);
    emit(Opcode::Mul, Width::Q, rcx);
    if (remainder) {
      emit(Opcode::Imul, Width::L, imm(static_cast<int32_t>(d)), edx, edx);
      emit(Opcode::Sub, Width::L, edx, reg(Reg::SI, Width::L));
      emit(Opcode::Mov, Width::L, reg(Reg::SI, Width::L), eax);
    } else {
      emit(Opcode::Mov, Width::L, edx, eax);
    }
    return true;
  }
  if (divisor == 0 || divisor == INT32_MIN) return false;
  const uint32_t d = static_cast<uint32_t>(divisor < 0 ? -divisor : divisor);
  if (d == 1) {  // n / ±1 is ±n, n % ±1 is 0
    if (remainder)
      emit(Opcode::Xor, Width::L, eax, eax);
    else if (divisor < 0)
      emit(Opcode::Neg, Width::L, eax);
    return true;
  }
  if (int k = log2Exact(d); k > 0) {
    // Rounding toward zero: a negative n is biased by 2^k - 1 before the
    // shift. The remainder takes that bias as n's sign bit moved down
    // (n >> 31 is -1 or 0, its low k bits 2^k - 1 or 0).
    if (remainder) {
      emit(Opcode::Mov, Width::L, eax, ecx);
      if (k > 1) emit(Opcode::Sar, Width::L, imm(31), ecx);
      emit(Opcode::Shr, Width::L, imm(32 - k), ecx);
      emit(Opcode::Add, Width::L, eax, ecx);
      emit(Opcode::And, Width::L, imm(-static_cast<int64_t>(d)), ecx);  // (n + bias) rounded down to 2^k
      emit(Opcode::Sub, Width::L, ecx, eax);
      return true;
    }
    if (k == 1) {  // the sign bit alone is the bias
      emit(Opcode::Mov, Width::L, eax, ecx);
      emit(Opcode::Shr, Width::L, imm(31), ecx);
      emit(Opcode::Add, Width::L, ecx, eax);  // the quotient forms in %eax itself
    } else {
      // n + 2^k - 1 and the test of n's sign go side by side, and the
      // biased value replaces n only if n is negative, as gcc does it.
      emit(Opcode::Lea, Width::L, mach::mem(Reg::AX, static_cast<int64_t>(d) - 1), ecx);
      emit(Opcode::Test, Width::L, eax, eax);
      emit(Opcode::Cmov, Width::L, ecx, eax).cond = Cond::L;
    }
    emit(Opcode::Sar, Width::L, imm(k), eax);
    if (divisor < 0) emit(Opcode::Neg, Width::L, eax);
    return true;
  }
  const SignedMagic magic = rememberedSignedMagic(d);
  emitExtend(Opcode::Movsx, Width::L, Width::Q, eax, rcx);
  emit(Opcode::Imul, Width::Q, imm(magic.multiplier), rcx, rcx);
  emit(Opcode::Shr, Width::Q, imm(32), rcx);  // the product's high half
  if (magic.multiplier < 0) emit(Opcode::Add, Width::L, eax, ecx);
  if (magic.shift > 0) emit(Opcode::Sar, Width::L, imm(magic.shift), ecx);
  // + 1 when n is negative, for truncation toward zero. The sign comes from
  // n (cltd: %edx = n >> 31), not from the estimate, so the processor can
  // work it out beside the multiplication instead of after it.
  if (!remainder && divisor < 0) {  // -(q - sign) is sign - q, formed in %eax
    emit(Opcode::Sar, Width::L, imm(31), eax);
    emit(Opcode::Sub, Width::L, ecx, eax);
    return true;
  }
  emit(Opcode::SignExtendAx, Width::L);
  emit(Opcode::Sub, Width::L, edx, ecx);
  if (divisor < 0) emit(Opcode::Neg, Width::L, ecx);
  if (remainder) {
    emit(Opcode::Imul, Width::L, imm(divisor), ecx, ecx);
    emit(Opcode::Sub, Width::L, ecx, eax);
  } else {
    emit(Opcode::Mov, Width::L, ecx, eax);
  }
  return true;
}

}  // namespace codegen_detail
}  // namespace minicc
