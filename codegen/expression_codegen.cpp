// Instruction selection for expressions: values into %eax, conditions into
// jumps, assignments, and calls by the System V convention.
#include <algorithm>

#include "codegen/function_codegen_internal.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace codegen_detail {

using mach::reg;
using mach::imm;

// ----------------------------------------------------------- expressions

// A constant, or a variable of exactly `width`, usable in place as an
// instruction's source operand.
std::optional<Operand> FunctionCodegen::directOperand(const Expr* e, Width width) const {
  if (e->constant) return imm(*e->constant);
  if (e->kind == ExprKind::VarRef) {
    const VarDecl* var = static_cast<const VarRefExpr*>(e)->decl;
    if (abi::sizeOf(var->type) == mach::bytes(width)) return address(var);
  }
  return std::nullopt;
}

// Arguments loaded straight into their registers, after the others.
bool FunctionCodegen::isSimpleArgument(const Expr* e) const {
  return e->constant || e->kind == ExprKind::VarRef || e->kind == ExprKind::StringLiteral;
}

mach::Symbol FunctionCodegen::stringSymbol(const StringLiteralExpr* s) {
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::StringLiteral;
  symbol.index = strings_.idFor(s->bytes);
  return symbol;
}

// How many temporary registers computing `e` needs without touching the
// accumulator, memory writes or calls (Sethi-Ullman numbering); a number
// above kTemporaryRegisterCount means it cannot be done that way.
int FunctionCodegen::registersNeeded(const Expr* e) const {
  constexpr int kCannot = kTemporaryRegisterCount + 1;
  if (e->constant) return 1;
  switch (e->kind) {
    case ExprKind::VarRef:
      return static_cast<const VarRefExpr*>(e)->decl->type->isPointer() ? kCannot : 1;
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      return u->op == UnaryOp::LogicalNot ? kCannot : registersNeeded(u->operand);
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
// third operand, the register again ("imull $10, %eax, %eax").
void FunctionCodegen::genMultiply(const Operand& operand, Reg into) {
  Operand destination = reg(into, Width::L);
  if (operand.isImmediate())
    emit(Opcode::Imul, Width::L, operand, destination, destination);
  else
    emit(Opcode::Imul, Width::L, operand, destination);
}

// Computes `e` (for which registersNeeded fits) into kTemporaryRegisters[depth].
void FunctionCodegen::genIntoTemporary(const Expr* e, int depth) {
  const Reg into = kTemporaryRegisters[depth];
  const Operand destination = reg(into, Width::L);
  if (e->constant) {
    emit(Opcode::Mov, Width::L, imm(*e->constant), destination);
    return;
  }
  if (e->kind == ExprKind::VarRef) {
    load(static_cast<const VarRefExpr*>(e)->decl, into);
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
  genIntoTemporary(b->lhs, depth);
  Operand operand;
  if (auto direct = directOperand(b->rhs, Width::L)) {
    operand = *direct;
  } else {
    genIntoTemporary(b->rhs, depth + 1);
    operand = reg(kTemporaryRegisters[depth + 1], Width::L);
  }
  if (auto op = twoOperandOpcode(b->op))
    emit(*op, Width::L, operand, destination);  // shifts get here only with a constant count
  else  // the only other operator here is *
    genMultiply(operand, into);
}

// Computes lhs into the accumulator and returns an operand holding rhs:
// the right side in place if it is a constant or a variable, else computed
// into registers, and only when it needs a call, on the stack.
Operand FunctionCodegen::genOperands(const Expr* lhs, const Expr* rhs, Width width) {
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
  emit(Opcode::Mov, width, accumulator, scratch);
  popTemporary(kAccumulator);
  return scratch;
}

void FunctionCodegen::genArithmetic(BinaryOp op, const Expr* lhs, const Expr* rhs) {
  const Operand accumulator = reg(kAccumulator, Width::L);
  switch (op) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::BitAnd:
    case BinaryOp::BitOr: case BinaryOp::BitXor: {
      Operand operand = genOperands(lhs, rhs, Width::L);
      emit(*twoOperandOpcode(op), Width::L, operand, accumulator);
      return;
    }
    case BinaryOp::Mul:
      genMultiply(genOperands(lhs, rhs, Width::L), kAccumulator);
      return;
    case BinaryOp::Div:
    case BinaryOp::Rem: {
      Operand operand = genOperands(lhs, rhs, Width::L);
      if (operand.isImmediate()) {  // idiv takes no immediate
        emit(Opcode::Mov, Width::L, operand, reg(kScratch, Width::L));
        operand = reg(kScratch, Width::L);
      }
      emit(Opcode::SignExtendAx, Width::L);  // %eax into %edx:%eax
      emit(Opcode::Idiv, Width::L, operand);
      if (op == BinaryOp::Rem) emit(Opcode::Mov, Width::L, reg(Reg::DX, Width::L), accumulator);
      return;
    }
    case BinaryOp::Shl:
    case BinaryOp::Shr: {
      Opcode shift = *twoOperandOpcode(op);
      Operand operand = genOperands(lhs, rhs, Width::L);
      if (operand.isImmediate()) {
        emit(shift, Width::L, operand, accumulator);
        return;
      }
      if (!operand.isRegister(kScratch)) emit(Opcode::Mov, Width::L, operand, reg(kScratch, Width::L));
      emit(shift, Width::L, reg(kScratch, Width::B), accumulator);  // a variable count must be in %cl
      return;
    }
    default: {  // comparisons, as a 0/1 value
      genCompare(lhs, rhs);
      emit(Opcode::Setcc, Width::B, reg(kAccumulator, Width::B)).cond = conditionFor(op);
      emitExtend(Opcode::Movzx, Width::B, Width::L, reg(kAccumulator, Width::B), accumulator);
      return;
    }
  }
}

// "cmp rhs, lhs" with lhs in the accumulator, at the wider of the two widths.
void FunctionCodegen::genCompare(const Expr* lhs, const Expr* rhs) {
  Width width = registerWidth(lhs->type) == Width::Q || registerWidth(rhs->type) == Width::Q
                    ? Width::Q : Width::L;
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

void FunctionCodegen::genExpr(const Expr* e) {
  const Operand accumulator = reg(kAccumulator, Width::L);
  if (e->constant) {
    if (*e->constant == 0)
      emit(Opcode::Xor, Width::L, accumulator, accumulator);
    else
      emit(Opcode::Mov, Width::L, imm(*e->constant), accumulator);
    return;
  }
  switch (e->kind) {
    case ExprKind::IntLiteral:  // always constant; handled above
      return;
    case ExprKind::StringLiteral:
      emit(Opcode::Lea, Width::Q, mach::ripRelative(stringSymbol(static_cast<const StringLiteralExpr*>(e))),
           reg(kAccumulator, Width::Q));
      return;
    case ExprKind::VarRef:
      load(static_cast<const VarRefExpr*>(e)->decl, kAccumulator);
      return;
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op == UnaryOp::LogicalNot) {
        Width width = registerWidth(u->operand->type);
        genExpr(u->operand);
        emit(Opcode::Cmp, width, imm(0), reg(kAccumulator, width));
        emit(Opcode::Setcc, Width::B, reg(kAccumulator, Width::B)).cond = Cond::E;
        emitExtend(Opcode::Movzx, Width::B, Width::L, reg(kAccumulator, Width::B), accumulator);
        return;
      }
      genExpr(u->operand);
      if (u->op == UnaryOp::Negate) emit(Opcode::Neg, Width::L, accumulator);
      if (u->op == UnaryOp::BitNot) emit(Opcode::Not, Width::L, accumulator);
      return;
    }
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == BinaryOp::Comma) {
        genEffect(b->lhs);
        genExpr(b->rhs);
      } else if (b->op == BinaryOp::LogicalAnd || b->op == BinaryOp::LogicalOr) {
        genLogicalValue(b);
      } else {
        genArithmetic(b->op, b->lhs, b->rhs);
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
  if (e->kind == ExprKind::Binary) {
    const auto* b = static_cast<const BinaryExpr*>(e);
    if (isComparison(b->op)) {
      Width width = registerWidth(b->lhs->type) == Width::Q || registerWidth(b->rhs->type) == Width::Q
                        ? Width::Q : Width::L;
      auto lhsInMemory = directOperand(b->lhs, width);
      if (lhsInMemory && !b->lhs->constant && b->rhs->constant) {
        // "x < 10" compares the variable in place: cmpl $10, -4(%rbp).
        emit(Opcode::Cmp, width, imm(*b->rhs->constant), *lhsInMemory);
      } else {
        genCompare(b->lhs, b->rhs);
      }
      Cond cond = conditionFor(b->op);
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

// Stores `value` into `var`: a constant straight into memory, anything else
// through the accumulator, which then holds the value unless it was a constant.
void FunctionCodegen::assignValue(const VarDecl* var, const Expr* value) {
  if (value->constant) {
    int size = abi::sizeOf(var->type);
    emit(Opcode::Mov, mach::widthOfBytes(size), imm(storedValue(*value->constant, size)), address(var));
    return;
  }
  genExpr(value);
  store(var, kAccumulator);
}

void FunctionCodegen::genAssign(const AssignExpr* e, bool needValue) {
  const VarDecl* var = static_cast<const VarRefExpr*>(e->target)->decl;
  if (!e->op) {
    assignValue(var, e->value);
    if (needValue && e->value->constant) load(var, kAccumulator);
    return;
  }
  BinaryOp op = *e->op;
  auto inPlace = twoOperandOpcode(op);
  if (inPlace && !isShift(op) && !needValue && abi::sizeOf(var->type) == 4 && e->value->constant) {
    // "x += 3" as one instruction on memory.
    emit(*inPlace, Width::L, imm(*e->value->constant), address(var));
    return;
  }
  genArithmetic(op, e->target, e->value);
  store(var, kAccumulator);
}

void FunctionCodegen::genIncDec(const IncDecExpr* e, bool needValue) {
  const VarDecl* var = static_cast<const VarRefExpr*>(e->target)->decl;
  Opcode step = e->increment ? Opcode::Add : Opcode::Sub;
  Width width = mach::widthOfBytes(abi::sizeOf(var->type));
  if (!needValue || e->prefix) {
    emit(step, width, imm(1), address(var));
    if (needValue) load(var, kAccumulator);
  } else {  // postfix: the old value is the result
    load(var, kAccumulator);
    emit(step, width, imm(1), address(var));
  }
}

void FunctionCodegen::loadArgument(const Expr* arg, Reg into) {
  if (arg->constant) {
    emit(Opcode::Mov, Width::L, imm(*arg->constant), reg(into, Width::L));
  } else if (arg->kind == ExprKind::StringLiteral) {
    emit(Opcode::Lea, Width::Q, mach::ripRelative(stringSymbol(static_cast<const StringLiteralExpr*>(arg))),
         reg(into, Width::Q));
  } else {
    load(static_cast<const VarRefExpr*>(arg)->decl, into);
  }
}

// A call, System V style (psABI 3.2.3): the first six arguments in
// registers, the rest pushed right to left; %rsp 16-byte aligned at the
// call; %al holds the number of vector registers used for a variadic or
// unprototyped callee (3.5.7).
void FunctionCodegen::genCall(const CallExpr* e) {
  const auto& args = e->args;
  const size_t registerCount =
      std::min<size_t>(args.size(), abi::kIntegerArgumentRegisterCount);
  const int stackCount = static_cast<int>(args.size() - registerCount);
  const Operand stackPointer = reg(Reg::SP, Width::Q);

  const int padding =
      (pushedBytes_ + abi::kStackArgumentSize * stackCount) % abi::kStackAlignment == 0 ? 0 : 8;
  if (padding) {
    emit(Opcode::Sub, Width::Q, imm(padding), stackPointer).note = why::kCallPadding;
    pushedBytes_ += padding;
  }
  for (size_t i = args.size(); i-- > registerCount;) {
    const Expr* arg = args[i];
    if (arg->constant) {
      emit(Opcode::Push, Width::Q, imm(*arg->constant));
    } else {
      genExpr(arg);
      emit(Opcode::Push, Width::Q, reg(kAccumulator, Width::Q));
    }
    pushedBytes_ += abi::kStackArgumentSize;
  }

  // Arguments that need computing go first, each waiting on the stack while
  // the next is computed; the last one moves straight into its register.
  std::vector<size_t> computed;
  for (size_t i = 0; i < registerCount; ++i)
    if (!isSimpleArgument(args[i])) computed.push_back(i);
  for (size_t k = 0; k < computed.size(); ++k) {
    size_t i = computed[k];
    genExpr(args[i]);
    if (k + 1 < computed.size()) {
      pushTemporary();
    } else {
      Width width = registerWidth(args[i]->type);
      emit(Opcode::Mov, width, reg(kAccumulator, width),
           reg(abi::kIntegerArgumentRegisters[i], width));
    }
  }
  for (size_t k = computed.size(); k-- > 1;)
    popTemporary(abi::kIntegerArgumentRegisters[computed[k - 1]]);
  for (size_t i = 0; i < registerCount; ++i)
    if (isSimpleArgument(args[i])) loadArgument(args[i], abi::kIntegerArgumentRegisters[i]);

  const Type* callee = e->callee->type;
  if (abi::callNeedsVectorCount(callee))
    emit(Opcode::Mov, Width::B, imm(0), reg(abi::kVectorCountRegister, Width::B)).note = why::kVectorCount;
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::C;
  symbol.name = e->callee->name;
  symbol.fileLocal = e->callee->canonical->storage == StorageClass::Static;
  emit(Opcode::Call, Width::Q, mach::target(symbol));

  int cleanup = abi::kStackArgumentSize * stackCount + padding;
  if (cleanup) {
    emit(Opcode::Add, Width::Q, imm(cleanup), stackPointer);
    pushedBytes_ -= cleanup;
  }
  if (callee->base->kind == TypeKind::Char)  // a char result is widened to int
    emitExtend(Opcode::Movsx, Width::B, Width::L, reg(kAccumulator, Width::B),
               reg(kAccumulator, Width::L));
}

}  // namespace codegen_detail
}  // namespace minicc
