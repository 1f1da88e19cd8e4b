// Code generation for expressions: values into %eax, conditions into jumps,
// assignments, and calls by the System V convention.
#include "codegen/function_codegen_internal.h"

#include <algorithm>

#include "sema/frame_layout.h"

namespace minicc {
namespace codegen_detail {

// ----------------------------------------------------------- expressions

// A constant, or a variable of exactly `size` bytes, usable in place as an
// instruction's source operand.
std::optional<std::string> FunctionCodegen::directOperand(const Expr* e, int size) const {
  if (e->constant) return immediate(*e->constant);
  if (e->kind == ExprKind::VarRef) {
    const VarDecl* var = static_cast<const VarRefExpr*>(e)->decl;
    if (var->type->size() == size) return address(var);
  }
  return std::nullopt;
}

// Arguments loaded straight into their registers, after the others.
bool FunctionCodegen::isSimpleArgument(const Expr* e) const {
  return e->constant || e->kind == ExprKind::VarRef || e->kind == ExprKind::StringLiteral;
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
      if (directOperand(b->rhs, 4)) return left;
      return std::min(kCannot, std::max(left, registersNeeded(b->rhs) + 1));
    }
    default:
      return kCannot;
  }
}

// Computes `e` (for which registersNeeded fits) into kTemporaryRegisters[depth].
void FunctionCodegen::genIntoTemporary(const Expr* e, int depth) {
  const Register& reg = kTemporaryRegisters[depth];
  if (e->constant) {
    emit("movl", immediate(*e->constant), reg.l);
    return;
  }
  if (e->kind == ExprKind::VarRef) {
    load(static_cast<const VarRefExpr*>(e)->decl, reg);
    return;
  }
  if (e->kind == ExprKind::Unary) {
    const auto* u = static_cast<const UnaryExpr*>(e);
    genIntoTemporary(u->operand, depth);
    if (u->op == UnaryOp::Negate) emit("negl", reg.l);
    if (u->op == UnaryOp::BitNot) emit("notl", reg.l);
    return;
  }
  const auto* b = static_cast<const BinaryExpr*>(e);
  genIntoTemporary(b->lhs, depth);
  std::string operand;
  if (auto direct = directOperand(b->rhs, 4)) {
    operand = *direct;
  } else {
    genIntoTemporary(b->rhs, depth + 1);
    operand = std::string(kTemporaryRegisters[depth + 1].l);
  }
  if (std::string_view name = twoOperandMnemonic(b->op); !name.empty())
    emit(name, operand, reg.l);  // shifts get here only with a constant count
  else if (isImmediate(operand))  // the only other operator here is *
    emit("imull", operand, reg.l, reg.l);
  else
    emit("imull", operand, reg.l);
}

// Computes lhs into the accumulator and returns an operand holding rhs:
// the right side in place if it is a constant or a variable, else computed
// into registers, and only when it needs a call, on the stack.
std::string FunctionCodegen::genOperands(const Expr* lhs, const Expr* rhs, int size) {
  if (auto operand = directOperand(rhs, size)) {
    genExpr(lhs);
    return *operand;
  }
  if (size == 4 && registersNeeded(rhs) <= kTemporaryRegisterCount) {
    genExpr(lhs);
    genIntoTemporary(rhs, 0);
    return std::string(kTemporaryRegisters[0].l);
  }
  std::string mov = mnemonic("mov", size);
  if (auto operand = directOperand(lhs, size)) {
    // The left side is a constant or a variable: it can wait until after.
    genExpr(rhs);
    emit(mov, kAccumulator.sized(size), kScratch.sized(size));
    emit(mov, *operand, kAccumulator.sized(size));
    return std::string(kScratch.sized(size));
  }
  genExpr(lhs);
  pushTemporary();
  genExpr(rhs);
  emit(mov, kAccumulator.sized(size), kScratch.sized(size));
  popTemporary(kAccumulator.q);
  return std::string(kScratch.sized(size));
}

void FunctionCodegen::genArithmetic(BinaryOp op, const Expr* lhs, const Expr* rhs) {
  switch (op) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::BitAnd:
    case BinaryOp::BitOr: case BinaryOp::BitXor: {
      std::string operand = genOperands(lhs, rhs, 4);
      emit(twoOperandMnemonic(op), operand, kAccumulator.l);
      return;
    }
    case BinaryOp::Mul: {
      std::string operand = genOperands(lhs, rhs, 4);
      if (isImmediate(operand))
        emit("imull", operand, kAccumulator.l, kAccumulator.l);
      else
        emit("imull", operand, kAccumulator.l);
      return;
    }
    case BinaryOp::Div:
    case BinaryOp::Rem: {
      std::string operand = genOperands(lhs, rhs, 4);
      if (isImmediate(operand)) {  // idivl takes no immediate
        emit("movl", operand, kScratch.l);
        operand = std::string(kScratch.l);
      }
      emit("cltd");  // sign-extend %eax into %edx:%eax
      emit("idivl", operand);
      if (op == BinaryOp::Rem) emit("movl", "%edx", kAccumulator.l);
      return;
    }
    case BinaryOp::Shl:
    case BinaryOp::Shr: {
      std::string_view name = twoOperandMnemonic(op);
      std::string operand = genOperands(lhs, rhs, 4);
      if (isImmediate(operand)) {
        emit(name, operand, kAccumulator.l);
        return;
      }
      if (operand != kScratch.l) emit("movl", operand, kScratch.l);
      emit(name, kScratch.b, kAccumulator.l);  // a variable count must be in %cl
      return;
    }
    default: {  // comparisons, as a 0/1 value
      int size = registerSize(lhs->type) == 8 || registerSize(rhs->type) == 8 ? 8 : 4;
      std::string operand = genOperands(lhs, rhs, size);
      emit(mnemonic("cmp", size), operand, kAccumulator.sized(size));
      emit(conditionCode(op).set, kAccumulator.b);
      emit("movzbl", kAccumulator.b, kAccumulator.l);
      return;
    }
  }
}

// && and || as values: branch, then materialise 1 or 0.
void FunctionCodegen::genLogicalValue(const Expr* e) {
  Label isFalse = newLabel();
  Label done = newLabel();
  genCondJump(e, false, isFalse);
  emit("movl", "$1", kAccumulator.l);
  jump(done);
  placeLabel(isFalse);
  emit("xorl", kAccumulator.l, kAccumulator.l);
  placeLabel(done);
}

void FunctionCodegen::genExpr(const Expr* e) {
  if (e->constant) {
    if (*e->constant == 0)
      emit("xorl", kAccumulator.l, kAccumulator.l);
    else
      emit("movl", immediate(*e->constant), kAccumulator.l);
    return;
  }
  switch (e->kind) {
    case ExprKind::IntLiteral:  // always constant; handled above
      return;
    case ExprKind::StringLiteral: {
      const auto* s = static_cast<const StringLiteralExpr*>(e);
      emit("leaq", strings_.labelFor(s->bytes) + "(%rip)", kAccumulator.q);
      return;
    }
    case ExprKind::VarRef:
      load(static_cast<const VarRefExpr*>(e)->decl, kAccumulator);
      return;
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op == UnaryOp::LogicalNot) {
        int size = registerSize(u->operand->type);
        genExpr(u->operand);
        emit(mnemonic("cmp", size), "$0", kAccumulator.sized(size));
        emit("sete", kAccumulator.b);
        emit("movzbl", kAccumulator.b, kAccumulator.l);
        return;
      }
      genExpr(u->operand);
      if (u->op == UnaryOp::Negate) emit("negl", kAccumulator.l);
      if (u->op == UnaryOp::BitNot) emit("notl", kAccumulator.l);
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
      int size = registerSize(b->lhs->type) == 8 || registerSize(b->rhs->type) == 8 ? 8 : 4;
      auto lhsInMemory = directOperand(b->lhs, size);
      if (lhsInMemory && !b->lhs->constant && b->rhs->constant) {
        // "x < 10" compares the variable in place: cmpl $10, -4(%rbp).
        emit(mnemonic("cmp", size), immediate(*b->rhs->constant), *lhsInMemory);
      } else {
        std::string operand = genOperands(b->lhs, b->rhs, size);
        emit(mnemonic("cmp", size), operand, kAccumulator.sized(size));
      }
      const ConditionCode& cc = conditionCode(b->op);
      jumpIf(jumpWhen ? cc.jump : cc.inverse, target);
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
  int size = registerSize(e->type);
  if (auto operand = directOperand(e, size)) {
    emit(mnemonic("cmp", size), "$0", *operand);
  } else {
    genExpr(e);
    emit(mnemonic("cmp", size), "$0", kAccumulator.sized(size));
  }
  jumpIf(jumpWhen ? "jne" : "je", target);
}

// Stores `value` into `var`: a constant straight into memory, anything else
// through the accumulator, which then holds the value unless it was a constant.
void FunctionCodegen::assignValue(const VarDecl* var, const Expr* value) {
  if (value->constant) {
    int size = var->type->size();
    emit(mnemonic("mov", size), storedImmediate(*value->constant, size), address(var));
    return;
  }
  genExpr(value);
  store(var, kAccumulator);
}

void FunctionCodegen::genAssign(const AssignExpr* e, bool needValue) {
  const VarDecl* var = static_cast<const VarRefExpr*>(e->target)->decl;
  int size = var->type->size();
  if (!e->op) {
    assignValue(var, e->value);
    if (needValue && e->value->constant) load(var, kAccumulator);
    return;
  }
  BinaryOp op = *e->op;
  std::string_view inPlace = twoOperandMnemonic(op);
  if (!inPlace.empty() && !isShift(op) && !needValue && size == 4 && e->value->constant) {
    // "x += 3" as one instruction on memory.
    emit(inPlace, immediate(*e->value->constant), address(var));
    return;
  }
  genArithmetic(op, e->target, e->value);
  store(var, kAccumulator);
}

void FunctionCodegen::genIncDec(const IncDecExpr* e, bool needValue) {
  const VarDecl* var = static_cast<const VarRefExpr*>(e->target)->decl;
  std::string step = mnemonic(e->increment ? "add" : "sub", var->type->size());
  if (!needValue || e->prefix) {
    emit(step, "$1", address(var));
    if (needValue) load(var, kAccumulator);
  } else {  // postfix: the old value is the result
    load(var, kAccumulator);
    emit(step, "$1", address(var));
  }
}

void FunctionCodegen::loadArgument(const Expr* arg, const Register& reg) {
  if (arg->constant) {
    emit("movl", immediate(*arg->constant), reg.l);
  } else if (arg->kind == ExprKind::StringLiteral) {
    emit("leaq", strings_.labelFor(static_cast<const StringLiteralExpr*>(arg)->bytes) + "(%rip)",
         reg.q);
  } else {
    load(static_cast<const VarRefExpr*>(arg)->decl, reg);
  }
}

// A call, System V style (ABI 3.2.3): the first six arguments in registers,
// the rest pushed right to left; %rsp 16-byte aligned at the call; %al holds
// the number of vector registers used for a variadic or unprototyped callee.
void FunctionCodegen::genCall(const CallExpr* e) {
  const auto& args = e->args;
  const size_t registerCount = std::min<size_t>(args.size(), kRegisterArgumentCount);
  const int stackCount = static_cast<int>(args.size() - registerCount);

  const int padding = (pushedBytes_ + 8 * stackCount) % 16 == 0 ? 0 : 8;
  if (padding) {
    emit("subq", "$8", "%rsp");
    pushedBytes_ += 8;
  }
  for (size_t i = args.size(); i-- > registerCount;) {
    const Expr* arg = args[i];
    if (arg->constant) {
      emit("pushq", immediate(*arg->constant));
    } else {
      genExpr(arg);
      emit("pushq", kAccumulator.q);
    }
    pushedBytes_ += 8;
    usedPushes_ = true;
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
      int size = registerSize(args[i]->type);
      emit(mnemonic("mov", size), kAccumulator.sized(size), kArgumentRegisters[i].sized(size));
    }
  }
  for (size_t k = computed.size(); k-- > 1;) popTemporary(kArgumentRegisters[computed[k - 1]].q);
  for (size_t i = 0; i < registerCount; ++i)
    if (isSimpleArgument(args[i])) loadArgument(args[i], kArgumentRegisters[i]);

  const Type* callee = e->callee->type;
  if (callee->variadic || !callee->prototyped) emit("movb", "$0", kAccumulator.b);
  emit("callq", target_.symbol(e->callee->name));

  int cleanup = 8 * stackCount + padding;
  if (cleanup) {
    emit("addq", immediate(cleanup), "%rsp");
    pushedBytes_ -= cleanup;
  }
  if (callee->base->kind == TypeKind::Char) emit("movsbl", kAccumulator.b, kAccumulator.l);
}

}  // namespace codegen_detail
}  // namespace minicc
