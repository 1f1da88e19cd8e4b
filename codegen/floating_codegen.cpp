// Instruction selection for float and double (psABI 3.1.2: IEEE 754 binary32
// and binary64 in the low part of an %xmm register, no excess precision).
//
// A floating value is computed into %xmm0, a second operand into %xmm1 or
// used in place from memory ("addsd -16(%rbp), %xmm0"); x86 has no floating
// immediates, so constants come from the function's pool in .rodata
// (".LCPI0_0"), as clang places them. A value that must wait while the
// other operand is computed waits as its bits, like an integer (pushq).
// Comparisons are ucomisd/ucomiss, which report an unordered pair (a NaN)
// as ZF = PF = CF = 1: the conditions are chosen so that every ordered
// comparison is false for NaN and != is true (C17 F.3, IEEE 754 5.11).
#include "codegen/function_codegen_internal.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace codegen_detail {

using mach::imm;
using mach::reg;

namespace {

bool isOrderedComparison(BinaryOp op) {
  return op == BinaryOp::Less || op == BinaryOp::LessEqual || op == BinaryOp::Greater ||
         op == BinaryOp::GreaterEqual;
}

// After "ucomisd b, a" (a compared with b): a > b is "above" (CF = ZF = 0)
// and a >= b "above or equal" (CF = 0), both false when unordered. a < b
// and a <= b are asked the other way round, b > a and b >= a.
Cond orderedCondition(BinaryOp op) {
  return op == BinaryOp::Greater || op == BinaryOp::Less ? Cond::A : Cond::AE;
}

bool comparesBackwards(BinaryOp op) { return op == BinaryOp::Less || op == BinaryOp::LessEqual; }

}  // namespace

// ------------------------------------------------------------ constants

namespace {

// `constant`'s place in the function's pool, which holds each value once.
Operand pooled(std::vector<mach::PoolConstant>& pool, const mach::PoolConstant& constant) {
  size_t index = 0;
  while (index < pool.size() &&
         !(pool[index].kind == constant.kind && pool[index].low == constant.low))
    ++index;
  if (index == pool.size()) pool.push_back(constant);
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::Constant;
  symbol.index = static_cast<int>(index);
  return mach::ripRelative(symbol);
}

}  // namespace

Operand FunctionCodegen::floatingConstantOperand(double value, const Type* type) {
  mach::PoolConstant constant;
  const bool isFloat = floatingWidth(type) == Width::L;
  constant.kind = isFloat ? mach::PoolConstant::Kind::Float : mach::PoolConstant::Kind::Double;
  constant.size = isFloat ? 4 : 8;
  constant.low = static_cast<uint64_t>(floatingBits(value, type));
  return pooled(out_.constants, constant);
}

// The sign bit of every lane, for "xorps mask, %xmm0": negation flips the
// sign of zeros and NaNs too (IEEE 754 5.5.1), which a subtraction would not.
Operand FunctionCodegen::signMask(const Type* type) {
  mach::PoolConstant mask;
  mask.kind = mach::PoolConstant::Kind::Mask;
  mask.size = 16;
  mask.low = mask.high = floatingWidth(type) == Width::L ? 0x8000000080000000ull : 0x8000000000000000ull;
  return pooled(out_.constants, mask);
}

// ------------------------------------------------------------ operands

// A whole %xmm register into another: movaps, as compilers copy them (movsd
// between registers would merge into the old upper half, and so wait for
// whatever last wrote it).
void FunctionCodegen::copyVector(const Operand& from, const Operand& to) {
  emit(Opcode::Movaps, Width::Q, from, to);
}

// A floating value usable in place as an SSE instruction's source: a
// constant from the pool, or a variable (or a member of one) in memory.
std::optional<Operand> FunctionCodegen::floatingOperand(const Expr* e) {
  if (e->floatingConstant) return floatingConstantOperand(*floatingValue(e), e->type);
  if (e->kind == ExprKind::VarRef || e->kind == ExprKind::Member) return fixedPlace(e);
  return std::nullopt;
}

// lhs into %xmm0, and an operand holding rhs: in place, or computed into
// %xmm1, the left value waiting on the stack meanwhile when both need
// computing (the right one may call a function, which keeps no %xmm).
Operand FunctionCodegen::genFloatingOperands(const Expr* lhs, const Expr* rhs) {
  const Width width = floatingWidth(lhs->type);
  const Operand first = reg(kFloatingAccumulator, Width::Q);
  const Operand second = reg(kFloatingScratch, Width::Q);
  if (auto operand = floatingOperand(rhs)) {
    genFloating(lhs);
    return *operand;
  }
  if (auto operand = floatingOperand(lhs)) {
    genFloating(rhs);
    copyVector(first, second);
    emit(Opcode::MovS, width, *operand, first);
    return second;
  }
  genFloating(lhs);
  pushFloating();
  genFloating(rhs);
  copyVector(first, second);
  popFloating(kFloatingAccumulator);
  return second;
}

void FunctionCodegen::applyFloatingOperator(BinaryOp op, const Type* type, const Operand& operand) {
  Opcode opcode = Opcode::AddS;
  switch (op) {
    case BinaryOp::Add: opcode = Opcode::AddS; break;
    case BinaryOp::Sub: opcode = Opcode::SubS; break;
    case BinaryOp::Mul: opcode = Opcode::MulS; break;
    case BinaryOp::Div: opcode = Opcode::DivS; break;
    default: return;  // sema allows no other operator on floating operands
  }
  emit(opcode, floatingWidth(type), operand, reg(kFloatingAccumulator, Width::Q));
}

// ------------------------------------------------------------ comparisons

// Sets the flags for the comparison `e` of two floating operands: the left
// one compared with the right one, or for < and <= the right one with the
// left one (see orderedCondition). The left is computed first either way.
void FunctionCodegen::genFloatingCompare(const BinaryExpr* e, bool swapped) {
  const Width width = floatingWidth(e->lhs->type);
  Operand operand = genFloatingOperands(e->lhs, e->rhs);
  const Operand first = reg(kFloatingAccumulator, Width::Q);
  if (!swapped) {
    emit(Opcode::UcomiS, width, operand, first);
    return;
  }
  const Operand second = reg(kFloatingScratch, Width::Q);
  if (!operand.isRegister()) emit(Opcode::MovS, width, operand, second);
  emit(Opcode::UcomiS, width, first, second).note = why::kComparedBackwards;
}

// Jumps to `target` when `e`'s truth is `jumpWhen`, for a comparison of
// floating operands. == is "equal and ordered" (ZF = 1, PF = 0), != its
// negation "unequal or unordered".
void FunctionCodegen::genFloatingCondJump(const BinaryExpr* e, bool jumpWhen, Label target) {
  genFloatingCompare(e, comparesBackwards(e->op));
  if (isOrderedComparison(e->op)) {
    const Cond cond = orderedCondition(e->op);
    jumpIf(jumpWhen ? cond : mach::negate(cond), target);
    return;
  }
  const bool jumpIfEqual = (e->op == BinaryOp::Equal) == jumpWhen;
  if (jumpIfEqual) {
    Label unordered = newLabel();
    jumpIf(Cond::P, unordered).note = why::kUnordered;
    jumpIf(Cond::E, target);
    placeLabel(unordered);
  } else {
    jumpIf(Cond::NE, target);
    jumpIf(Cond::P, target).note = why::kUnordered;
  }
}

// A floating value as a condition: true when it is not zero, NaN included
// (C17 6.8.4.1: it "compares unequal to 0").
void FunctionCodegen::genFloatingTruthJump(const Expr* e, bool jumpWhen, Label target) {
  const Width width = floatingWidth(e->type);
  const Operand zero = reg(kFloatingScratch, Width::Q);
  genFloating(e);
  emit(Opcode::Xorps, Width::Q, zero, zero);
  emit(Opcode::UcomiS, width, zero, reg(kFloatingAccumulator, Width::Q));
  if (jumpWhen) {
    jumpIf(Cond::NE, target);
    jumpIf(Cond::P, target);
  } else {
    Label unordered = newLabel();
    jumpIf(Cond::P, unordered);
    jumpIf(Cond::E, target);
    placeLabel(unordered);
  }
}

// A comparison of floating operands as a 0/1 value in %eax; == and !=
// combine two flags, as clang does: sete and setnp, setne or setp.
void FunctionCodegen::genFloatingComparisonValue(const BinaryExpr* e) {
  genFloatingCompare(e, comparesBackwards(e->op));
  const Operand al = reg(kAccumulator, Width::B);
  const Operand cl = reg(kScratch, Width::B);
  if (isOrderedComparison(e->op)) {
    emit(Opcode::Setcc, Width::B, al).cond = orderedCondition(e->op);
  } else {
    const bool equal = e->op == BinaryOp::Equal;
    emit(Opcode::Setcc, Width::B, al).cond = equal ? Cond::E : Cond::NE;
    mach::Inst& parity = emit(Opcode::Setcc, Width::B, cl);
    parity.cond = equal ? Cond::NP : Cond::P;
    parity.note = why::kUnordered;
    emit(equal ? Opcode::And : Opcode::Or, Width::B, cl, al);
  }
  emitExtend(Opcode::Movzx, Width::B, Width::L, al, reg(kAccumulator, Width::L));
}

// ------------------------------------------------------------ conversions

// The integer of type `from` in %eax/%rax becomes a floating `to` in %xmm0
// (C17 6.3.1.4p2), rounded to nearest by cvtsi2sd, which reads a signed
// 32- or 64-bit integer: an unsigned int is zero-extended to 64 bits first;
// an unsigned long of 2^63 or more is halved (keeping its low bit, so that
// it rounds the same), converted and doubled, as gcc does.
void FunctionCodegen::convertToFloating(const Type* from, const Type* to) {
  const Width width = floatingWidth(to);
  const int64_t size = abi::sizeOf(from);
  const Operand rax = reg(kAccumulator, Width::Q);
  const Operand xmm0 = reg(kFloatingAccumulator, Width::Q);
  auto convert = [&](const Operand& integer, Width integerWidth) {
    emit(Opcode::CvtSi2S, width, integer, xmm0).fromWidth = integerWidth;
  };
  if (size == 8 && from->isUnsigned()) {
    const Label large = newLabel(), done = newLabel();
    const Operand rdx = reg(Reg::DX, Width::Q);
    emit(Opcode::Test, Width::Q, rax, rax);
    jumpIf(Cond::L, large).note = why::kUnsignedToFloating;  // the sign bit
    convert(rax, Width::Q);
    jump(done);
    placeLabel(large);
    emit(Opcode::Mov, Width::Q, rax, rdx);
    emit(Opcode::Shr, Width::Q, imm(1), rdx);
    emit(Opcode::And, Width::L, imm(1), reg(kAccumulator, Width::L));
    emit(Opcode::Or, Width::Q, rax, rdx);
    convert(rdx, Width::Q);
    emit(Opcode::AddS, width, xmm0, xmm0);
    placeLabel(done);
    return;
  }
  if (size == 8) {
    convert(rax, Width::Q);
  } else if (from->isUnsigned() && size == 4) {
    emit(Opcode::Mov, Width::L, reg(kAccumulator, Width::L), reg(kAccumulator, Width::L));
    convert(rax, Width::Q);
  } else {  // narrower types are held widened to 32 bits
    convert(reg(kAccumulator, Width::L), Width::L);
  }
}

// The floating `from` in %xmm0 becomes an integer `to` in %eax/%rax,
// truncated toward zero (C17 6.3.1.4p1) by cvttsd2si, which gives a signed
// integer: an unsigned int goes through 64 bits; an unsigned long of 2^63
// or more has 2^63 taken off first and its top bit set after, as gcc does.
// (Values that do not fit the type are undefined behaviour.)
void FunctionCodegen::convertFromFloating(const Type* from, const Type* to) {
  const Width width = floatingWidth(from);
  const int64_t size = abi::sizeOf(to);
  const Operand xmm0 = reg(kFloatingAccumulator, Width::Q);
  auto truncate = [&](Width integerWidth) {
    emit(Opcode::CvttS2Si, integerWidth, xmm0, reg(kAccumulator, integerWidth)).fromWidth = width;
  };
  if (size == 8 && to->isUnsigned()) {
    const Label large = newLabel(), done = newLabel();
    const Operand limit = floatingConstantOperand(9223372036854775808.0, from);
    emit(Opcode::UcomiS, width, limit, xmm0);
    jumpIf(Cond::AE, large).note = why::kFloatingToUnsigned;
    truncate(Width::Q);
    jump(done);
    placeLabel(large);
    emit(Opcode::SubS, width, limit, xmm0);
    truncate(Width::Q);
    emit(Opcode::Movabs, Width::Q, imm(INT64_MIN), reg(Reg::DX, Width::Q));
    emit(Opcode::Xor, Width::Q, reg(Reg::DX, Width::Q), reg(kAccumulator, Width::Q));
    placeLabel(done);
    return;
  }
  truncate(size == 8 || (size == 4 && to->isUnsigned()) ? Width::Q : Width::L);
}

// ------------------------------------------------------------ assignments

// "x = v", and "x op= v" when the operation is done in floating point
// (also "i += 0.5" on an int: the int is converted, added and converted
// back, C17 6.5.16.2p3). The value is left in %xmm0 (or %eax), needed or not.
void FunctionCodegen::genFloatingAssign(const AssignExpr* e) {
  const Type* type = e->target->type;
  const Reg valueRegister = type->isFloating() ? kFloatingAccumulator : kAccumulator;
  std::optional<Operand> place = fixedPlace(e->target);
  if (!place) {
    genAddressInto(e->target, kAccumulator);
    pushTemporary();
  }
  genExpr(e->value);
  Operand where = place ? *place : mach::mem(kTargetAddress);
  if (!place) popTemporary(kTargetAddress);
  if (!e->op) {
    storeValue(valueRegister, type, where);
    return;
  }
  const Type* operation = e->operationType;
  const Width width = floatingWidth(operation);
  const Operand xmm0 = reg(kFloatingAccumulator, Width::Q);
  const Operand xmm1 = reg(kFloatingScratch, Width::Q);
  copyVector(xmm0, xmm1);
  if (type->isFloating()) {
    loadValue(where, type, kFloatingAccumulator);
    if (floatingWidth(type) != width) emit(Opcode::CvtS2S, width, xmm0, xmm0);
  } else {
    loadValue(where, type, kAccumulator);
    convertToFloating(type, operation);
  }
  applyFloatingOperator(*e->op, operation, xmm1);
  if (type->isFloating()) {
    if (floatingWidth(type) != width) emit(Opcode::CvtS2S, floatingWidth(type), xmm0, xmm0);
  } else {
    convertFromFloating(operation, type);
  }
  storeValue(valueRegister, type, where);
}

// ++ and -- add or take 1.0 (C17 6.5.3.1p2).
void FunctionCodegen::genFloatingIncDec(const IncDecExpr* e, bool needValue) {
  const Type* type = e->target->type;
  const Width width = floatingWidth(type);
  Operand where;
  if (auto place = fixedPlace(e->target)) {
    where = *place;
  } else {
    genAddressInto(e->target, kScratch);
    where = mach::mem(kScratch);
  }
  const Operand xmm0 = reg(kFloatingAccumulator, Width::Q);
  const Operand xmm1 = reg(kFloatingScratch, Width::Q);
  loadValue(where, type, kFloatingAccumulator);
  copyVector(xmm0, xmm1);
  emit(e->increment ? Opcode::AddS : Opcode::SubS, width, floatingConstantOperand(1.0, type), xmm1);
  storeValue(kFloatingScratch, type, where);
  if (needValue && e->prefix) copyVector(xmm1, xmm0);
}

// ------------------------------------------------------------ expressions

void FunctionCodegen::genFloating(const Expr* e) {
  const Width width = floatingWidth(e->type);
  const Operand xmm0 = reg(kFloatingAccumulator, Width::Q);
  if (e->floatingConstant) {
    const double value = *floatingValue(e);
    if (floatingBits(value, e->type) == 0)  // +0.0: no load (xorps, as compilers zero)
      emit(Opcode::Xorps, Width::Q, xmm0, xmm0);
    else
      emit(Opcode::MovS, width, floatingConstantOperand(value, e->type), xmm0);
    return;
  }
  switch (e->kind) {
    case ExprKind::VarRef:
      load(static_cast<const VarRefExpr*>(e)->decl, kFloatingAccumulator);
      return;
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op == UnaryOp::Deref) {
        loadValue(genAddress(e), e->type, kFloatingAccumulator);
        return;
      }
      genFloating(u->operand);
      if (u->op == UnaryOp::Negate)
        emit(Opcode::Xorps, Width::Q, signMask(e->type), xmm0).note = why::kSignMask;
      return;
    }
    case ExprKind::Subscript:
    case ExprKind::Member:
      loadValue(genAddress(e), e->type, kFloatingAccumulator);
      return;
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == BinaryOp::Comma) return genExpr(e);  // its one path, for every type
      if (readSameVariable(b->lhs, b->rhs)) {  // "mulsd %xmm0, %xmm0": loaded once
        genFloating(b->lhs);
        applyFloatingOperator(b->op, e->type, reg(kFloatingAccumulator, Width::Q));
        return;
      }
      applyFloatingOperator(b->op, e->type, genFloatingOperands(b->lhs, b->rhs));
      return;
    }
    case ExprKind::Cast: {
      const auto* c = static_cast<const CastExpr*>(e);
      if (c->castKind == CastKind::IntegralToFloating) {
        genExpr(c->operand);
        convertToFloating(c->operand->type, e->type);
      } else {
        genFloating(c->operand);
        if (c->castKind == CastKind::FloatingCast && floatingWidth(c->operand->type) != width)
          emit(Opcode::CvtS2S, width, xmm0, xmm0);
      }
      return;
    }
    case ExprKind::Builtin:
      genBuiltin(static_cast<const BuiltinExpr*>(e));
      return;
    default:  // assignments, ++, ?:, calls: as for any type, the value in %xmm0
      genExpr(e);
      return;
  }
}

}  // namespace codegen_detail
}  // namespace minicc
