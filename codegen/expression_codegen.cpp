// Instruction selection for expressions: values into %eax or %rax,
// addresses of lvalues, conditions into jumps, conversions, assignments,
// and calls by the System V convention.
//
// Every operator's operands arrive with the type it works on (sema made the
// conversions explicit), so each instruction's width and sign come from a
// type: addl or addq, idiv or div, sar or shr, jl or jb, movsbl or movzbl.
#include <algorithm>

#include "codegen/function_codegen_internal.h"
#include "codegen/symbols.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace codegen_detail {

using mach::imm;
using mach::reg;

namespace {

// The size of what pointers of this type step over (void and functions: 1, as gcc).
int64_t stepOf(const Type* pointer) {
  const Type* target = pointer->base;
  if (target->isVoid() || target->isFunction()) return 1;
  return abi::sizeOf(target);
}

// The mask 2^k - 1 when `e` is "x % 2^k == 0" or "!= 0" (k >= 1), x an
// integer of the comparison's width.
std::optional<int64_t> divisibilityTest(const BinaryExpr* e) {
  if ((e->op != BinaryOp::Equal && e->op != BinaryOp::NotEqual) || !e->rhs->constant ||
      *e->rhs->constant != 0)
    return std::nullopt;
  const Expr* lhs = throughNoOps(e->lhs);
  if (lhs->kind != ExprKind::Binary) return std::nullopt;
  const auto* rem = static_cast<const BinaryExpr*>(lhs);
  if (rem->op != BinaryOp::Rem || !rem->rhs->constant || !rem->type->isInteger() ||
      registerWidth(rem->type) != registerWidth(e->lhs->type))
    return std::nullopt;
  const int64_t divisor = *rem->rhs->constant;
  if (divisor < 2 || log2Exact(static_cast<uint64_t>(divisor)) < 0 || !fitsInImmediate(divisor))
    return std::nullopt;
  return divisor - 1;
}

}  // namespace

// ----------------------------------------------------------- operands

// A constant, or a variable of exactly `width`, usable in place as an
// instruction's source operand.
std::optional<Operand> FunctionCodegen::directOperand(const Expr* e, Width width) const {
  if (e->constant) {
    if (!fitsInImmediate(*e->constant)) return std::nullopt;
    return imm(*e->constant);
  }
  e = throughNoOps(e);
  if (e->type->isAggregate() || abi::sizeOf(e->type) != mach::bytes(width)) return std::nullopt;
  return fixedPlace(e);
}

// Where an lvalue lies when no instruction is needed to find it: a
// variable, or a member of one ("p.x", "r.corner.y"), in place.
std::optional<Operand> FunctionCodegen::fixedPlace(const Expr* e) const {
  if (e->kind == ExprKind::VarRef) {
    const VarDecl* var = static_cast<const VarRefExpr*>(e)->decl;
    if (var) return address(var);
  }
  if (e->kind == ExprKind::Member && !static_cast<const MemberExpr*>(e)->arrow) {
    auto* m = static_cast<const MemberExpr*>(e);
    auto place = fixedPlace(m->base);
    if (place) place->value += m->offset;
    return place;
  }
  return std::nullopt;
}

// Arguments loaded straight into their registers, after the others.
bool FunctionCodegen::isSimpleArgument(const Expr* e) const {
  if (e->constant || e->floatingConstant) return true;
  const Expr* inner = throughNoOps(e);
  return (!inner->type->isArray() && fixedPlace(inner)) || decayedOperand(e);
}

mach::Symbol FunctionCodegen::stringSymbol(const StringLiteralExpr* s) {
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::StringLiteral;
  symbol.index = strings_.idFor(s->bytes);
  return symbol;
}

// How many temporary registers computing `e` needs without touching the
// accumulator, memory writes or calls (Sethi-Ullman numbering); a number
// above kTemporaryRegisterCount means it cannot be done that way. Only
// 32-bit integer arithmetic goes this way.
int FunctionCodegen::registersNeeded(const Expr* e) const {
  constexpr int kCannot = kTemporaryRegisterCount + 1;
  if (registerWidth(e->type) != Width::L || !e->type->isInteger()) return kCannot;
  if (e->constant) return fitsInImmediate(*e->constant) ? 1 : kCannot;
  if (isRegisterNoOp(e)) return registersNeeded(static_cast<const CastExpr*>(e)->operand);
  switch (e->kind) {
    case ExprKind::VarRef:
    case ExprKind::Member:
      return !e->type->isAggregate() && fixedPlace(e) ? 1 : kCannot;
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op != UnaryOp::Negate && u->op != UnaryOp::BitNot && u->op != UnaryOp::Plus)
        return kCannot;
      return registersNeeded(u->operand);
    }
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      switch (b->op) {
        case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul:
        case BinaryOp::BitAnd: case BinaryOp::BitOr: case BinaryOp::BitXor:
          break;
        case BinaryOp::Shl: case BinaryOp::Shr:
          if (b->rhs->constant) break;  // a variable count must be in %cl
          return kCannot;
        default:
          return kCannot;
      }
      int left = registersNeeded(b->lhs);
      if (directOperand(b->rhs, Width::L)) return left;
      return std::min(kCannot, std::max(left, registersNeeded(b->rhs) + 1));
    }
    default:
      return kCannot;
  }
}

// "imul" multiplies a register by any operand; by an immediate it takes a
// third operand, the register again ("imull $10, %eax, %eax"). By 2^k it
// is a shift, and by 3, 5 or 9 an lea ("leal (%rax,%rax,2), %eax"), as
// gcc -O0 does it: imul's three cycles were collatz's 3 * n + 1.
void FunctionCodegen::genMultiply(const Operand& operand, Reg into, Width width) {
  Operand destination = reg(into, width);
  if (!operand.isImmediate()) {
    emit(Opcode::Imul, width, operand, destination);
    return;
  }
  const int64_t k = operand.value;
  if (int shift = k > 0 ? log2Exact(static_cast<uint64_t>(k)) : -1; shift > 0) {
    emit(Opcode::Shl, width, imm(shift), destination).note = why::kMultiplyByShift;
  } else if (k == 3 || k == 5 || k == 9) {
    emit(Opcode::Lea, width, mach::memIndexed(into, into, static_cast<int>(k - 1)), destination).note =
        why::kMultiplyByLea;
  } else {
    emit(Opcode::Imul, width, operand, destination, destination);
  }
}

// -O: "x * 3" is one three-operand imul that reads x where it lies, which
// is x's register once variables are promoted ("imull $3, %ebx, %ecx").
// At the default level x is loaded first: the form that reads memory
// ("imull $3, -4(%rbp), %eax", clang -O0's) made collatz 15% slower on an
// AMD EPYC, the load feeding the multiplication through the store of the
// round before.
// Only a variable that may be promoted (not a stack argument or a global)
// is read in place, and not by 2^k: a shift is cheaper still.
bool FunctionCodegen::genMultiplyInPlace(const Expr* lhs, const Expr* rhs, Reg into, Width width) {
  if (!options_.optimize) return false;
  if (lhs->constant || !rhs->constant || !fitsInImmediate(*rhs->constant)) return false;
  const int64_t k = *rhs->constant;
  if (k > 2 && log2Exact(static_cast<uint64_t>(k)) > 0) return false;
  const std::optional<Operand> place = directOperand(lhs, width);
  if (!place || place->kind != Operand::Kind::FrameSlot ||
      out_.slots[static_cast<size_t>(place->slot)].stackArgument >= 0)
    return false;
  emit(Opcode::Imul, width, imm(*rhs->constant), *place, reg(into, width));
  return true;
}

// "16807 * lo" is computed as "lo * 16807": the variable is loaded and
// multiplied by an immediate (imull $16807, %eax, %eax), as gcc does it.
// Loading the constant and multiplying by the variable in memory is
// slower: 25% over a whole Park-Miller generator on an AMD EPYC.
static bool isCommutative(BinaryOp op) {
  return op == BinaryOp::Add || op == BinaryOp::Mul || op == BinaryOp::BitAnd ||
         op == BinaryOp::BitOr || op == BinaryOp::BitXor;
}

static bool constantFactorFirst(BinaryOp op, const Expr* lhs, const Expr* rhs) {
  return op == BinaryOp::Mul && lhs->constant && fitsInImmediate(*lhs->constant) && !rhs->constant;
}

// Computes `e` (for which registersNeeded fits) into kTemporaryRegisters[depth].
void FunctionCodegen::genIntoTemporary(const Expr* e, int depth) {
  const Reg into = kTemporaryRegisters[depth];
  const Operand destination = reg(into, Width::L);
  if (e->constant) {
    emit(Opcode::Mov, Width::L, imm(*e->constant), destination);
    return;
  }
  if (isRegisterNoOp(e)) return genIntoTemporary(static_cast<const CastExpr*>(e)->operand, depth);
  if (auto place = fixedPlace(e)) {
    loadValue(*place, e->type, into);
    return;
  }
  if (e->kind == ExprKind::Unary) {
    const auto* u = static_cast<const UnaryExpr*>(e);
    genIntoTemporary(u->operand, depth);
    if (u->op == UnaryOp::Negate) emit(Opcode::Neg, Width::L, destination);
    if (u->op == UnaryOp::BitNot) emit(Opcode::Not, Width::L, destination);
    return;
  }
  const auto* b = static_cast<const BinaryExpr*>(e);
  const Expr* lhs = b->lhs;
  const Expr* rhs = b->rhs;
  if (constantFactorFirst(b->op, lhs, rhs)) std::swap(lhs, rhs);
  if (b->op == BinaryOp::Mul && genMultiplyInPlace(lhs, rhs, into, Width::L)) return;
  genIntoTemporary(lhs, depth);
  Operand operand;
  if (readSameVariable(lhs, rhs) && b->op != BinaryOp::Shl && b->op != BinaryOp::Shr) {
    operand = destination;  // "imull %ecx, %ecx": loaded once
  } else if (auto direct = directOperand(rhs, Width::L)) {
    operand = *direct;
  } else {
    genIntoTemporary(rhs, depth + 1);
    operand = reg(kTemporaryRegisters[depth + 1], Width::L);
  }
  if (auto op = twoOperandOpcode(b->op, b->type))
    emit(*op, Width::L, operand, destination);  // shifts get here only with a constant count
  else  // the only other operator here is *
    genMultiply(operand, into, Width::L);
}

// Computes lhs into the accumulator and returns an operand holding rhs:
// the right side in place if it is a constant or a variable, else computed
// into registers, and only when it needs a call, in the frame. With a
// commutative operator, the accumulator may hold rhs and the operand lhs.
Operand FunctionCodegen::genOperands(const Expr* lhs, const Expr* rhs, Width width,
                                     bool commutative) {
  if (auto operand = directOperand(rhs, width)) {
    genExpr(lhs);
    return *operand;
  }
  if (width == Width::L && registersNeeded(rhs) <= kTemporaryRegisterCount) {
    genExpr(lhs);
    genIntoTemporary(rhs, 0);
    return reg(kTemporaryRegisters[0], Width::L);
  }
  const Operand accumulator = reg(kAccumulator, width);
  const Operand scratch = reg(kScratch, width);
  if (auto operand = directOperand(lhs, width)) {
    // The left side is a constant or a variable: it can wait until after.
    genExpr(rhs);
    emit(Opcode::Mov, width, accumulator, scratch);
    emit(Opcode::Mov, width, *operand, accumulator);
    return scratch;
  }
  genExpr(lhs);
  pushTemporary();
  genExpr(rhs);
  if (commutative) return takeTemporary(width);  // "addl -16(%rbp), %eax"
  emit(Opcode::Mov, width, accumulator, scratch);
  popTemporary(kAccumulator);
  return scratch;
}

// The accumulator becomes "accumulator op operand", in `type` (the
// operator's operand type, after the usual arithmetic conversions).
void FunctionCodegen::applyOperator(BinaryOp op, const Type* type, Operand operand) {
  const Width width = registerWidth(type);
  const Operand accumulator = reg(kAccumulator, width);
  switch (op) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::BitAnd:
    case BinaryOp::BitOr: case BinaryOp::BitXor:
      emit(*twoOperandOpcode(op, type), width, operand, accumulator);
      return;
    case BinaryOp::Mul:
      genMultiply(operand, kAccumulator, width);
      return;
    case BinaryOp::Div:
    case BinaryOp::Rem: {
      if (operand.isImmediate() && width == Width::L &&
          genDivisionByConstant(op, type, operand.value))
        return;
      if (operand.isImmediate()) {  // div and idiv take no immediate
        emit(Opcode::Mov, width, operand, reg(kScratch, width));
        operand = reg(kScratch, width);
      }
      if (type->isUnsigned()) {  // the dividend is %edx:%eax with %edx zero
        emit(Opcode::Xor, Width::L, reg(Reg::DX, Width::L), reg(Reg::DX, Width::L));
        emit(Opcode::Div, width, operand);
      } else {  // sign-extended into %edx (cltd) or %rdx (cqto)
        emit(Opcode::SignExtendAx, width);
        emit(Opcode::Idiv, width, operand);
      }
      if (op == BinaryOp::Rem) emit(Opcode::Mov, width, reg(Reg::DX, width), accumulator);
      return;
    }
    case BinaryOp::Shl:
    case BinaryOp::Shr: {
      Opcode shift = *twoOperandOpcode(op, type);
      if (operand.isImmediate()) {
        emit(shift, width, operand, accumulator);
        return;
      }
      if (!operand.isRegister(kScratch)) {
        Width countWidth = operand.isRegister() ? operand.width : width;
        emit(Opcode::Mov, countWidth, operand, reg(kScratch, countWidth));
      }
      emit(shift, width, reg(kScratch, Width::B), accumulator);  // a variable count must be in %cl
      return;
    }
    default:
      return;
  }
}

void FunctionCodegen::genArithmetic(BinaryOp op, const Type* type, const Expr* lhs, const Expr* rhs) {
  const Width width = registerWidth(type);
  if (constantFactorFirst(op, lhs, rhs)) std::swap(lhs, rhs);
  if (isShift(op) && registerWidth(rhs->type) != width && !rhs->constant) {
    // A count of another width than the value: compute it on its own.
    genExpr(lhs);
    pushTemporary();
    genExpr(rhs);
    emit(Opcode::Mov, Width::Q, reg(kAccumulator, Width::Q), reg(kScratch, Width::Q));
    popTemporary(kAccumulator);
    applyOperator(op, type, reg(kScratch, Width::B));
    return;
  }
  if ((isCommutative(op) || op == BinaryOp::Sub) && readSameVariable(lhs, rhs)) {
    genExpr(lhs);
    applyOperator(op, type, reg(kAccumulator, width));
    return;
  }
  if (op == BinaryOp::Mul && genMultiplyInPlace(lhs, rhs, kAccumulator, width)) return;
  applyOperator(op, type, genOperands(lhs, rhs, width, isCommutative(op)));
}

// The pointer's step scales an index held in `index` (64 bits).
void FunctionCodegen::scaleIndex(Reg index, int64_t size) {
  const Operand r = reg(index, Width::Q);
  if (size == 1) return;
  int shift = log2Exact(static_cast<uint64_t>(size));
  if (shift > 0)
    emit(Opcode::Shl, Width::Q, imm(shift), r);
  else
    emit(Opcode::Imul, Width::Q, imm(size), r, r);
}

// pointer ± integer steps over whole elements; pointer - pointer counts
// them (C17 6.5.6): scaled by the element size, in 64 bits.
void FunctionCodegen::genPointerArithmetic(const BinaryExpr* e) {
  const Operand rax = reg(kAccumulator, Width::Q);
  const Operand rcx = reg(kScratch, Width::Q);
  if (e->lhs->type->isPointer() && e->rhs->type->isPointer()) {
    Operand other = genOperands(e->lhs, e->rhs, Width::Q);
    emit(Opcode::Sub, Width::Q, other, rax);
    int64_t size = stepOf(e->lhs->type);
    int shift = log2Exact(static_cast<uint64_t>(size));
    if (shift > 0) {
      emit(Opcode::Sar, Width::Q, imm(shift), rax);  // the difference is a whole number of elements
    } else if (size != 1) {
      emit(Opcode::Mov, Width::Q, imm(size), rcx);
      emit(Opcode::SignExtendAx, Width::Q);
      emit(Opcode::Idiv, Width::Q, rcx);
    }
    return;
  }
  const Expr* pointer = e->lhs->type->isPointer() ? e->lhs : e->rhs;
  const Expr* index = e->lhs->type->isPointer() ? e->rhs : e->lhs;
  const int64_t size = stepOf(pointer->type);
  const bool subtract = e->op == BinaryOp::Sub;
  if (index->constant && fitsInImmediate(*index->constant * size)) {
    genExpr(pointer);
    int64_t delta = *index->constant * size;
    if (delta) emit(subtract ? Opcode::Sub : Opcode::Add, Width::Q, imm(delta), rax);
    return;
  }
  Operand operand = genOperands(pointer, index, Width::Q);
  if (!operand.isRegister(kScratch)) emit(Opcode::Mov, Width::Q, operand, rcx);
  if (subtract) emit(Opcode::Neg, Width::Q, rcx);
  if (size == 1 || size == 2 || size == 4 || size == 8) {
    // "leaq (%rax,%rcx,4), %rax": the address arithmetic x86 does in one go
    emit(Opcode::Lea, Width::Q, mach::memIndexed(kAccumulator, kScratch, static_cast<int>(size)), rax);
  } else {
    scaleIndex(kScratch, size);
    emit(Opcode::Add, Width::Q, rcx, rax);
  }
}

// "cmp rhs, lhs" with lhs in the accumulator, at the operands' width.
void FunctionCodegen::genCompare(const Expr* lhs, const Expr* rhs) {
  Width width = registerWidth(lhs->type);
  Operand operand = genOperands(lhs, rhs, width);
  emit(Opcode::Cmp, width, operand, reg(kAccumulator, width));
}

// && and || as values: branch, then materialise 1 or 0.
void FunctionCodegen::genLogicalValue(const Expr* e) {
  Label isFalse = newLabel();
  Label done = newLabel();
  const Operand accumulator = reg(kAccumulator, Width::L);
  genCondJump(e, false, isFalse);
  emit(Opcode::Mov, Width::L, imm(1), accumulator);
  jump(done);
  placeLabel(isFalse);
  emit(Opcode::Xor, Width::L, accumulator, accumulator);
  placeLabel(done);
}

void FunctionCodegen::genConstant(int64_t value, Width width, Reg into) {
  if (value == 0) {  // 32-bit operations clear the upper half too
    emit(Opcode::Xor, Width::L, reg(into, Width::L), reg(into, Width::L));
  } else if (width == Width::Q && value > 0 && value <= UINT32_MAX) {
    // A 32-bit move clears the upper half: movl $4294967295, %edi, as gcc.
    emit(Opcode::Mov, Width::L, imm(value), reg(into, Width::L));
  } else if (width == Width::Q && !fitsInImmediate(value)) {
    emit(Opcode::Movabs, Width::Q, imm(value), reg(into, Width::Q));
  } else {
    emit(Opcode::Mov, width, imm(value), reg(into, width));
  }
}

// ------------------------------------------------------------ addresses

// Where the object `e` designates is: a frame slot or a global in place,
// or (%rax) after computing its address.
Operand FunctionCodegen::genAddress(const Expr* e) {
  switch (e->kind) {
    case ExprKind::VarRef: {
      auto* ref = static_cast<const VarRefExpr*>(e);
      if (ref->function) return mach::ripRelative(symbolOf(ref->function), ref->name);
      return address(ref->decl);
    }
    case ExprKind::StringLiteral:
      return mach::ripRelative(stringSymbol(static_cast<const StringLiteralExpr*>(e)));
    case ExprKind::Unary:  // *p: the object at p's value
      genExpr(static_cast<const UnaryExpr*>(e)->operand);
      return mach::mem(kAccumulator);
    case ExprKind::Subscript: {
      auto* s = static_cast<const SubscriptExpr*>(e);
      const int64_t size = abi::sizeOf(s->type);
      if (s->offset->constant && fitsInImmediate(*s->offset->constant * size)) {
        genExpr(s->pointer);
        return mach::mem(kAccumulator, *s->offset->constant * size);
      }
      Operand index = genOperands(s->pointer, s->offset, Width::Q);
      if (!index.isRegister(kScratch)) emit(Opcode::Mov, Width::Q, index, reg(kScratch, Width::Q));
      if (size == 1 || size == 2 || size == 4 || size == 8)
        return mach::memIndexed(kAccumulator, kScratch, static_cast<int>(size));
      scaleIndex(kScratch, size);
      return mach::memIndexed(kAccumulator, kScratch, 1);
    }
    case ExprKind::Member: {  // the record's address, moved on to the member
      auto* m = static_cast<const MemberExpr*>(e);
      if (m->arrow) {
        genExpr(m->base);
        return mach::mem(kAccumulator, m->offset);
      }
      Operand where = genAddress(m->base);
      where.value += m->offset;
      return where;
    }
    default:  // a structure value (its address), or not an lvalue (sema reported it)
      genExpr(e);
      return mach::mem(kAccumulator);
  }
}

void FunctionCodegen::genAddressInto(const Expr* e, Reg into) {
  Operand where = genAddress(e);
  if (where.kind == Operand::Kind::Memory && where.reg == into && !where.scale && !where.value)
    return;  // already there: &*p
  emit(Opcode::Lea, Width::Q, where, reg(into, Width::Q));
}

// ---------------------------------------------------------- conversions

// The accumulator, holding a value of `from`, becomes the same value as a
// `to` (C17 6.3.1.3): widened with movslq (or a 32-bit move, which clears the
// upper half, from an unsigned int), narrowed by keeping the low bytes.
void FunctionCodegen::convertValue(const Type* from, const Type* to) {
  const int64_t fromSize = from->isPointer() ? 8 : abi::sizeOf(from);
  const int64_t toSize = to->isPointer() ? 8 : abi::sizeOf(to);
  const Operand eax = reg(kAccumulator, Width::L);
  if (toSize == 8 && fromSize <= 4) {
    if (from->isUnsigned() && fromSize == 4)
      emit(Opcode::Mov, Width::L, eax, eax);
    else
      emitExtend(Opcode::Movsx, Width::L, Width::Q, eax, reg(kAccumulator, Width::Q));
    return;
  }
  if (toSize >= 4) return;  // the register's low half already is the value
  // To char or short: the value is already held right when it comes from a
  // type no wider with the same sign, or from a narrower one whose values
  // the target holds; otherwise the low bytes are widened again.
  bool sameSign = from->isUnsigned() == to->isUnsigned();
  bool alreadyRight = (fromSize == toSize && sameSign) ||
                      (fromSize < toSize && !(from->isSigned() && to->isUnsigned()));
  if (alreadyRight) return;
  Width narrow = mach::widthOfBytes(static_cast<int>(toSize));
  emitExtend(to->isUnsigned() ? Opcode::Movzx : Opcode::Movsx, narrow, Width::L,
             reg(kAccumulator, narrow), eax);
}

void FunctionCodegen::genCast(const CastExpr* e) {
  switch (e->castKind) {
    case CastKind::ToVoid:
      genEffect(e->operand);
      return;
    case CastKind::ArrayToPointer:
    case CastKind::FunctionToPointer:
      genAddressInto(e->operand, kAccumulator);
      return;
    case CastKind::PointerToPointer:
      genExpr(e->operand);
      return;
    case CastKind::FloatingToIntegral:
      genExpr(e->operand);
      convertFromFloating(e->operand->type, e->type);
      return;
    case CastKind::IntegralToFloating:
    case CastKind::FloatingCast:
      genFloating(e);
      return;
    case CastKind::NullToPointer:
    case CastKind::Integral:
    case CastKind::IntegerToPointer:
    case CastKind::PointerToInteger: {
      // An int variable widened to 64 bits is one instruction: movslq -4(%rbp), %rax.
      const Expr* operand = throughNoOps(e->operand);
      auto place = fixedPlace(operand);
      if (place && abi::sizeOf(operand->type) == 4 && registerWidth(e->type) == Width::Q) {
        // The sign is the converted value's: "(long)(unsigned)i" zero-extends i.
        if (e->operand->type->isUnsigned())
          emit(Opcode::Mov, Width::L, *place, reg(kAccumulator, Width::L));  // zero-extends
        else
          emitExtend(Opcode::Movsx, Width::L, Width::Q, *place, reg(kAccumulator, Width::Q));
        return;
      }
      genExpr(e->operand);
      convertValue(e->operand->type, e->type);
      return;
    }
  }
}

// ---------------------------------------------------------- expressions

void FunctionCodegen::genExpr(const Expr* e) {
  const Width width = registerWidth(e->type);
  const Operand accumulator = reg(kAccumulator, width);
  if (e->constant) {
    genConstant(*e->constant, width, kAccumulator);
    return;
  }
  // A floating value goes to %xmm0; assignments, ++, ?:, calls and the comma
  // take the common paths below, which know it.
  const bool isComma = e->kind == ExprKind::Binary &&
                       static_cast<const BinaryExpr*>(e)->op == BinaryOp::Comma;
  if (e->type && e->type->isFloating() && e->kind != ExprKind::Assign &&
      e->kind != ExprKind::IncDec && e->kind != ExprKind::Conditional && e->kind != ExprKind::Call &&
      !isComma) {
    genFloating(e);
    return;
  }
  switch (e->kind) {
    case ExprKind::IntLiteral:  // always constant; handled above
    case ExprKind::FloatLiteral:  // always of floating type; handled above
    case ExprKind::SizeOf:
    case ExprKind::InitList:
      return;
    case ExprKind::StringLiteral:  // an array: used by its address
      genAddressInto(e, kAccumulator);
      return;
    case ExprKind::VarRef: {
      auto* ref = static_cast<const VarRefExpr*>(e);
      if (ref->function || ref->decl->type->isAggregate())
        genAddressInto(e, kAccumulator);
      else
        load(ref->decl, kAccumulator);
      return;
    }
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      switch (u->op) {
        case UnaryOp::AddressOf:
          genAddressInto(u->operand, kAccumulator);
          return;
        case UnaryOp::Deref: {
          if (e->type->isAggregate() || e->type->isFunction() || e->type->isVoid()) {
            genExpr(u->operand);  // used by its address, or not at all
            return;
          }
          Operand where = genAddress(e);
          loadValue(where, e->type, kAccumulator);
          return;
        }
        case UnaryOp::LogicalNot: {
          if (u->operand->type->isFloating()) {  // 1 when it is zero (NaN is not)
            Label isTrue = newLabel(), done = newLabel();
            genFloatingTruthJump(u->operand, false, isTrue);
            emit(Opcode::Xor, Width::L, reg(kAccumulator, Width::L), reg(kAccumulator, Width::L));
            jump(done);
            placeLabel(isTrue);
            emit(Opcode::Mov, Width::L, imm(1), reg(kAccumulator, Width::L));
            placeLabel(done);
            return;
          }
          Width operandWidth = registerWidth(u->operand->type);
          genExpr(u->operand);
          emit(Opcode::Cmp, operandWidth, imm(0), reg(kAccumulator, operandWidth));
          emit(Opcode::Setcc, Width::B, reg(kAccumulator, Width::B)).cond = Cond::E;
          emitExtend(Opcode::Movzx, Width::B, Width::L, reg(kAccumulator, Width::B),
                     reg(kAccumulator, Width::L));
          return;
        }
        default:
          genExpr(u->operand);
          if (u->op == UnaryOp::Negate) emit(Opcode::Neg, width, accumulator);
          if (u->op == UnaryOp::BitNot) emit(Opcode::Not, width, accumulator);
          return;
      }
    }
    case ExprKind::Subscript:
    case ExprKind::Member: {
      if (e->type->isAggregate()) {  // a row of a 2-D array, a structure: used by its address
        genAddressInto(e, kAccumulator);
        return;
      }
      Operand where = genAddress(e);
      loadValue(where, e->type, kAccumulator);
      return;
    }
    case ExprKind::Builtin:
      genBuiltin(static_cast<const BuiltinExpr*>(e));
      return;
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == BinaryOp::Comma) {
        genEffect(b->lhs);
        genExpr(b->rhs);
      } else if (b->op == BinaryOp::LogicalAnd || b->op == BinaryOp::LogicalOr) {
        genLogicalValue(b);
      } else if (isComparison(b->op) && b->lhs->type->isFloating()) {
        genFloatingComparisonValue(b);
      } else if (isComparison(b->op)) {  // as a 0/1 value
        genCompare(b->lhs, b->rhs);
        emit(Opcode::Setcc, Width::B, reg(kAccumulator, Width::B)).cond =
            conditionFor(b->op, comparesUnsigned(b->lhs->type));
        emitExtend(Opcode::Movzx, Width::B, Width::L, reg(kAccumulator, Width::B),
                   reg(kAccumulator, Width::L));
      } else if ((b->op == BinaryOp::Add || b->op == BinaryOp::Sub) &&
                 (b->lhs->type->isPointer() || b->rhs->type->isPointer())) {
        genPointerArithmetic(b);
      } else {
        genArithmetic(b->op, isShift(b->op) ? b->type : b->lhs->type, b->lhs, b->rhs);
      }
      return;
    }
    case ExprKind::Assign:
      genAssign(static_cast<const AssignExpr*>(e), true);
      return;
    case ExprKind::IncDec:
      genIncDec(static_cast<const IncDecExpr*>(e), true);
      return;
    case ExprKind::Conditional: {
      const auto* c = static_cast<const ConditionalExpr*>(e);
      Label elseLabel = newLabel();
      Label done = newLabel();
      genCondJump(c->cond, false, elseLabel);
      genExpr(c->thenExpr);
      jump(done);
      placeLabel(elseLabel);
      genExpr(c->elseExpr);
      placeLabel(done);
      return;
    }
    case ExprKind::Call:
      genCall(static_cast<const CallExpr*>(e));
      return;
    case ExprKind::Cast:
      genCast(static_cast<const CastExpr*>(e));
      return;
  }
}

// An expression evaluated for its side effects only: assignments and ++
// then write memory directly, with no value left in a register.
void FunctionCodegen::genEffect(const Expr* e) {
  if (e->constant) return;
  switch (e->kind) {
    case ExprKind::Assign:
      genAssign(static_cast<const AssignExpr*>(e), false);
      return;
    case ExprKind::IncDec:
      genIncDec(static_cast<const IncDecExpr*>(e), false);
      return;
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == BinaryOp::Comma) {
        genEffect(b->lhs);
        genEffect(b->rhs);
        return;
      }
      break;
    }
    case ExprKind::Cast:
      // An array's or function's address is no effect either: "va_end(ap)".
      if (isRegisterNoOp(e) || static_cast<const CastExpr*>(e)->castKind == CastKind::ToVoid ||
          static_cast<const CastExpr*>(e)->castKind == CastKind::ArrayToPointer ||
          static_cast<const CastExpr*>(e)->castKind == CastKind::FunctionToPointer) {
        genEffect(static_cast<const CastExpr*>(e)->operand);
        return;
      }
      break;
    case ExprKind::VarRef:
    case ExprKind::StringLiteral:
      return;  // no effect, nothing to compute
    default:
      break;
  }
  genExpr(e);
}

// Jumps to `target` when e's truth equals `jumpWhen`; otherwise falls through.
void FunctionCodegen::genCondJump(const Expr* e, bool jumpWhen, Label target) {
  if (e->constant) {
    if ((*e->constant != 0) == jumpWhen) jump(target);
    return;
  }
  if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == UnaryOp::LogicalNot) {
    genCondJump(static_cast<const UnaryExpr*>(e)->operand, !jumpWhen, target);
    return;
  }
  if (e->type->isFloating()) {
    genFloatingTruthJump(e, jumpWhen, target);
    return;
  }
  if (e->kind == ExprKind::Binary) {
    const auto* b = static_cast<const BinaryExpr*>(e);
    if (isComparison(b->op) && b->lhs->type->isFloating()) {
      genFloatingCondJump(b, jumpWhen, target);
      return;
    }
    if (isComparison(b->op)) {
      Width width = registerWidth(b->lhs->type);
      if (auto divisible = divisibilityTest(b)) {
        // "x % 2^k == 0" tests the low k bits: the remainder is zero exactly
        // when they are, whatever x's sign (C17 6.5.5p6).
        const Expr* dividend = static_cast<const BinaryExpr*>(throughNoOps(b->lhs))->lhs;
        Operand mask = imm(*divisible);
        if (auto inMemory = directOperand(dividend, width)) {
          emit(Opcode::Test, width, mask, *inMemory);
        } else {
          genExpr(dividend);
          emit(Opcode::Test, width, mask, reg(kAccumulator, width));
        }
        Cond cond = b->op == BinaryOp::Equal ? Cond::E : Cond::NE;
        jumpIf(jumpWhen ? cond : mach::negate(cond), target);
        return;
      }
      auto lhsInMemory = directOperand(b->lhs, width);
      if (lhsInMemory && !b->lhs->constant && b->rhs->constant && fitsInImmediate(*b->rhs->constant)) {
        // "x < 10" compares the variable in place: cmpl $10, -4(%rbp).
        emit(Opcode::Cmp, width, imm(*b->rhs->constant), *lhsInMemory);
      } else {
        genCompare(b->lhs, b->rhs);
      }
      Cond cond = conditionFor(b->op, comparesUnsigned(b->lhs->type));
      jumpIf(jumpWhen ? cond : mach::negate(cond), target);
      return;
    }
    bool isAnd = b->op == BinaryOp::LogicalAnd;
    if (isAnd || b->op == BinaryOp::LogicalOr) {
      // a && b jumps on false as soon as a is false; a || b on true as soon as a is true.
      if (jumpWhen == !isAnd) {
        genCondJump(b->lhs, jumpWhen, target);
        genCondJump(b->rhs, jumpWhen, target);
      } else {
        Label skip = newLabel();
        genCondJump(b->lhs, !jumpWhen, skip);
        genCondJump(b->rhs, jumpWhen, target);
        placeLabel(skip);
      }
      return;
    }
  }
  Width width = registerWidth(e->type);
  if (auto operand = directOperand(e, width)) {
    emit(Opcode::Cmp, width, imm(0), *operand);
  } else {
    genExpr(e);
    emit(Opcode::Cmp, width, imm(0), reg(kAccumulator, width));
  }
  jumpIf(jumpWhen ? Cond::NE : Cond::E, target);
}

// -------------------------------------------------------- assignments

// Stores `value` into the object of `type` at `place`: a constant straight
// into memory, anything else through the accumulator, which then holds the
// value unless it was a constant.
void FunctionCodegen::assignValue(const Operand& place, const Type* type, const Expr* value) {
  if (value->constant) {
    storeConstant(*value->constant, abi::sizeOf(type), place);
    return;
  }
  genExpr(value);
  storeValue(type->isFloating() ? kFloatingAccumulator : kAccumulator, type, place);
}

void FunctionCodegen::genAssign(const AssignExpr* e, bool needValue) {
  const Type* type = e->target->type;
  if (type->isRecord()) return genRecordAssign(e, needValue);
  if (type->isFloating() || (e->op && e->operationType && e->operationType->isFloating()))
    return genFloatingAssign(e);
  const std::optional<Operand> place = fixedPlace(e->target);
  if (e->op) {
    // "x += 3" with x in memory as one instruction, for a 32-bit x.
    BinaryOp op = *e->op;
    auto inPlace = twoOperandOpcode(op, e->operationType);
    if (place && e->operationType && inPlace && !isShift(op) && !needValue &&
        abi::sizeOf(type) == 4 && e->value->constant && fitsInImmediate(*e->value->constant)) {
      emit(*inPlace, Width::L, imm(*e->value->constant), *place);
      return;
    }
    // With a variable the operation's width: done on the variable in place.
    if (place && e->operationType && registerWidth(type) == registerWidth(e->operationType) &&
        !type->isPointer()) {
      genArithmetic(op, e->operationType, e->target, e->value);
      storeValue(kAccumulator, type, *place);
      if (needValue) convertValue(e->operationType, type);  // the value is what was stored
      return;
    }
    genCompoundAssign(e);
    return;
  }
  if (place) {
    assignValue(*place, type, e->value);
    if (needValue && e->value->constant) loadValue(*place, type, kAccumulator);
    return;
  }
  // Through a computed address: the address waits in the frame while the
  // value is computed (the value could call a function).
  if (e->value->constant) {
    Operand where = genAddress(e->target);
    storeConstant(*e->value->constant, abi::sizeOf(type), where);
    if (needValue) genConstant(*e->value->constant, registerWidth(type), kAccumulator);
    return;
  }
  genAddressInto(e->target, kAccumulator);
  pushTemporary();
  genExpr(e->value);
  popTemporary(kScratch);
  storeValue(kAccumulator, type, mach::mem(kScratch));
}

// "a op= b" on any lvalue: its address is computed once and kept in
// kTargetAddress while the old value is loaded, combined and stored back.
void FunctionCodegen::genCompoundAssign(const AssignExpr* e) {
  const Type* type = e->target->type;
  genAddressInto(e->target, kAccumulator);
  pushTemporary();
  genExpr(e->value);
  emit(Opcode::Mov, Width::Q, reg(kAccumulator, Width::Q), reg(kScratch, Width::Q));
  popTemporary(kTargetAddress);
  const Operand target = mach::mem(kTargetAddress);
  loadValue(target, type, kAccumulator);
  if (type->isPointer()) {  // p += n: n elements
    scaleIndex(kScratch, stepOf(type));
    emit(*e->op == BinaryOp::Sub ? Opcode::Sub : Opcode::Add, Width::Q, reg(kScratch, Width::Q),
         reg(kAccumulator, Width::Q));
  } else {
    const Type* operation = e->operationType;
    convertValue(type, operation);
    Width width = isShift(*e->op) ? Width::B : registerWidth(operation);
    applyOperator(*e->op, operation, reg(kScratch, width));
    convertValue(operation, type);
  }
  storeValue(kAccumulator, type, target);
}

void FunctionCodegen::genIncDec(const IncDecExpr* e, bool needValue) {
  const Type* type = e->target->type;
  if (type->isFloating()) return genFloatingIncDec(e, needValue);
  Opcode step = e->increment ? Opcode::Add : Opcode::Sub;
  const int64_t amount = type->isPointer() ? stepOf(type) : 1;
  Width width = mach::widthOfBytes(static_cast<int>(abi::sizeOf(type)));
  Operand where;
  if (auto place = fixedPlace(e->target)) {
    where = *place;
  } else {
    genAddressInto(e->target, kScratch);
    where = mach::mem(kScratch);
  }
  if (!needValue || e->prefix) {
    emit(step, width, imm(amount), where);
    if (needValue) loadValue(where, type, kAccumulator);
  } else {  // postfix: the old value is the result
    loadValue(where, type, kAccumulator);
    emit(step, width, imm(amount), where);
  }
}

}  // namespace codegen_detail
}  // namespace minicc
