// Code generation for one function.
//
// Expressions are computed into %eax (%rax for pointers). A binary operator
// whose right operand is a constant or a variable uses it in place
// ("addl -8(%rbp), %eax"); otherwise the left value waits in %ecx or, when the
// right side is complex, on the stack (pushq/popq), and the codegen tracks
// those pushes so %rsp is 16-byte aligned at every call (ABI 3.2.2).
// Conditions that only steer a branch become cmpl + jcc, never a 0/1 value.
#include "codegen/function_codegen.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>

#include "codegen/registers.h"
#include "sema/frame_layout.h"

namespace minicc {
namespace {

// Comparison operators and their condition codes (Intel SDM, Jcc/SETcc).
struct ConditionCode {
  BinaryOp op;
  std::string_view jump;     // jump if the comparison holds
  std::string_view inverse;  // jump if it does not
  std::string_view set;      // materialise it as 0/1
};
constexpr ConditionCode kConditionCodes[] = {
    {BinaryOp::Less, "jl", "jge", "setl"},         {BinaryOp::LessEqual, "jle", "jg", "setle"},
    {BinaryOp::Greater, "jg", "jle", "setg"},      {BinaryOp::GreaterEqual, "jge", "jl", "setge"},
    {BinaryOp::Equal, "je", "jne", "sete"},        {BinaryOp::NotEqual, "jne", "je", "setne"},
};

const ConditionCode& conditionCode(BinaryOp op) {
  for (const ConditionCode& cc : kConditionCodes)
    if (cc.op == op) return cc;
  return kConditionCodes[4];
}

// The size suffix for a value of `size` bytes.
char suffix(int size) { return size == 8 ? 'q' : size == 1 ? 'b' : 'l'; }

std::string mnemonic(std::string_view base, int size) {
  return std::string(base) + suffix(size);
}

std::string immediate(int64_t value) { return "$" + std::to_string(value); }

// A constant stored into a variable of `size` bytes, converted as C converts
// it (C17 6.3.1.3): a char keeps the low byte, as gcc does.
std::string storedImmediate(int32_t value, int size) {
  return immediate(size == 1 ? static_cast<int8_t>(value) : value);
}

bool isImmediate(const std::string& operand) { return !operand.empty() && operand[0] == '$'; }

// Operand size of a value of this type in a register (char is widened to int).
int registerSize(const Type* type) { return type && type->isPointer() ? 8 : 4; }

class FunctionCodegen {
 public:
  FunctionCodegen(const FunctionDecl& fn, int index, const TargetInfo& target,
                  const CodegenOptions& options, StringTable& strings)
      : fn_(fn), index_(index), target_(target), options_(options), strings_(strings) {}

  void run(AsmWriter& out);

 private:
  using Label = int;

  // ---- emission: every instruction goes through here, so a pending jump
  // is written (or dropped, when its label comes next) in one place.
  template <class... Operands>
  void emit(std::string_view mnemonic, const Operands&... operands) {
    flushJump();
    body_.instruction(mnemonic, operands...);
  }
  Label newLabel() { return nextLabel_++; }
  std::string labelName(Label label) const {
    return std::string(target_.localLabelPrefix) + "BB" + std::to_string(index_) + "_" +
           std::to_string(label);
  }
  void placeLabel(Label label);
  void jump(Label label);
  void jumpIf(std::string_view condition, Label label);
  void flushJump();

  // ---- variables
  std::string address(const VarDecl* var) const;
  void load(const VarDecl* var, const Register& into);
  void store(const VarDecl* var, const Register& from);
  void pushTemporary();
  void popTemporary(std::string_view reg);

  // ---- expressions
  std::optional<std::string> directOperand(const Expr* e, int size) const;
  bool isSimpleArgument(const Expr* e) const;
  void genExpr(const Expr* e);
  void genEffect(const Expr* e);
  std::string genOperands(const Expr* lhs, const Expr* rhs, int size);
  int registersNeeded(const Expr* e) const;
  void genIntoTemporary(const Expr* e, int depth);
  void genArithmetic(BinaryOp op, const Expr* lhs, const Expr* rhs);
  void genLogicalValue(const Expr* e);
  void genCondJump(const Expr* e, bool jumpWhen, Label target);
  void genAssign(const AssignExpr* e, bool needValue);
  void genIncDec(const IncDecExpr* e, bool needValue);
  void genCall(const CallExpr* e);
  void loadArgument(const Expr* arg, const Register& reg);

  // ---- statements
  void genStmt(const Stmt* s);
  void genLocalDeclaration(const DeclStmt* s);
  void genSwitch(const SwitchStmt* s);
  bool genSwitchTable(const SwitchStmt* s, Label otherwise);
  Label userLabel(const LabelStmt* label);
  void annotateSource(const Stmt* s);

  const FunctionDecl& fn_;
  int index_;
  const TargetInfo& target_;
  const CodegenOptions& options_;
  StringTable& strings_;
  AsmWriter body_;

  // Switch jump tables, written after the function.
  struct JumpTable {
    std::string name;
    std::vector<Label> targets;  // one per value from the lowest case up
  };
  std::vector<JumpTable> jumpTables_;
  void emitJumpTables(AsmWriter& out) const;

  Label nextLabel_ = 1;  // .LBB<n>_0 would be the entry block, which has no label
  std::optional<Label> pendingJump_;
  uint32_t annotatedLine_ = 0;  // the last source line written as a comment
  std::set<Label> referenced_;
  Label returnLabel_ = 0;
  int pushedBytes_ = 0;       // bytes pushed below the frame right now
  bool usedPushes_ = false;   // then the frame cannot live in the red zone
  std::unordered_map<const Stmt*, Label> breakLabels_, continueLabels_, caseLabels_;
  std::unordered_map<const LabelStmt*, Label> userLabels_;
};

// ---------------------------------------------------------------- labels

void FunctionCodegen::flushJump() {
  if (!pendingJump_) return;
  referenced_.insert(*pendingJump_);
  body_.instruction("jmp", labelName(*pendingJump_));
  pendingJump_.reset();
}

void FunctionCodegen::jump(Label label) {
  if (pendingJump_) return;  // straight after another jump: unreachable
  pendingJump_ = label;
}

void FunctionCodegen::jumpIf(std::string_view condition, Label label) {
  referenced_.insert(label);
  emit(condition, labelName(label));
}

void FunctionCodegen::placeLabel(Label label) {
  if (pendingJump_ == label) pendingJump_.reset();  // a jump to the next line
  flushJump();
  body_.label(labelName(label));
}

// ------------------------------------------------------------- variables

std::string FunctionCodegen::address(const VarDecl* var) const {
  if (var->place == VarPlace::Local || var->place == VarPlace::Param)
    return std::to_string(var->frameOffset) + "(%rbp)";
  return target_.symbol(var->canonical->symbol) + "(%rip)";
}

void FunctionCodegen::load(const VarDecl* var, const Register& into) {
  int size = var->type->size();
  if (size == 1)
    emit("movsbl", address(var), into.l);  // char is widened to int (C17 6.3.1.1)
  else
    emit(mnemonic("mov", size), address(var), into.sized(size));
}

void FunctionCodegen::store(const VarDecl* var, const Register& from) {
  int size = var->type->size();
  emit(mnemonic("mov", size), from.sized(size), address(var));
}

void FunctionCodegen::pushTemporary() {
  emit("pushq", kAccumulator.q);
  pushedBytes_ += 8;
  usedPushes_ = true;
}

void FunctionCodegen::popTemporary(std::string_view reg) {
  emit("popq", reg);
  pushedBytes_ -= 8;
}

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
  switch (b->op) {
    case BinaryOp::Add: emit("addl", operand, reg.l); break;
    case BinaryOp::Sub: emit("subl", operand, reg.l); break;
    case BinaryOp::BitAnd: emit("andl", operand, reg.l); break;
    case BinaryOp::BitOr: emit("orl", operand, reg.l); break;
    case BinaryOp::BitXor: emit("xorl", operand, reg.l); break;
    case BinaryOp::Shl: emit("shll", operand, reg.l); break;
    case BinaryOp::Shr: emit("sarl", operand, reg.l); break;
    default:  // Mul
      if (isImmediate(operand))
        emit("imull", operand, reg.l, reg.l);
      else
        emit("imull", operand, reg.l);
  }
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
      static const std::unordered_map<int, std::string_view> kNames = {
          {int(BinaryOp::Add), "addl"}, {int(BinaryOp::Sub), "subl"},
          {int(BinaryOp::BitAnd), "andl"}, {int(BinaryOp::BitOr), "orl"},
          {int(BinaryOp::BitXor), "xorl"}};
      std::string operand = genOperands(lhs, rhs, 4);
      emit(kNames.at(int(op)), operand, kAccumulator.l);
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
      std::string_view name = op == BinaryOp::Shl ? "shll" : "sarl";  // int >> is arithmetic
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

void FunctionCodegen::genAssign(const AssignExpr* e, bool needValue) {
  const VarDecl* var = static_cast<const VarRefExpr*>(e->target)->decl;
  int size = var->type->size();
  if (!e->op) {
    if (e->value->constant) {  // store the constant straight into memory
      emit(mnemonic("mov", size), storedImmediate(*e->value->constant, size), address(var));
      if (needValue) load(var, kAccumulator);
      return;
    }
    genExpr(e->value);
    store(var, kAccumulator);
    return;
  }
  BinaryOp op = *e->op;
  bool inPlace = op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::BitAnd ||
                 op == BinaryOp::BitOr || op == BinaryOp::BitXor;
  if (inPlace && !needValue && size == 4 && e->value->constant) {
    // "x += 3" as one instruction on memory.
    static const std::unordered_map<int, std::string_view> kNames = {
        {int(BinaryOp::Add), "addl"}, {int(BinaryOp::Sub), "subl"},
        {int(BinaryOp::BitAnd), "andl"}, {int(BinaryOp::BitOr), "orl"},
        {int(BinaryOp::BitXor), "xorl"}};
    emit(kNames.at(int(op)), immediate(*e->value->constant), address(var));
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

// ------------------------------------------------------------ statements

FunctionCodegen::Label FunctionCodegen::userLabel(const LabelStmt* label) {
  auto [it, inserted] = userLabels_.emplace(label, 0);
  if (inserted) it->second = newLabel();
  return it->second;
}

void FunctionCodegen::genLocalDeclaration(const DeclStmt* s) {
  for (const Decl* d : s->decls) {
    if (d->kind != DeclKind::Variable) continue;
    const auto* var = static_cast<const VarDecl*>(d);
    if (var->place != VarPlace::Local || !var->init) continue;
    if (var->init->constant) {
      int size = var->type->size();
      emit(mnemonic("mov", size), storedImmediate(*var->init->constant, size), address(var));
    } else {
      genExpr(var->init);
      store(var, kAccumulator);
    }
  }
}

// switch (C17 6.8.4.2): the body is generated once, with each case as a
// label; the dispatch before it is a jump table when the cases are dense
// enough, and otherwise a chain of compares.
void FunctionCodegen::genSwitch(const SwitchStmt* s) {
  Label end = newLabel();
  genExpr(s->cond);
  for (const CaseStmt* c : s->cases) caseLabels_[c] = newLabel();
  Label otherwise = end;
  if (s->defaultStmt) otherwise = caseLabels_[s->defaultStmt] = newLabel();

  if (!genSwitchTable(s, otherwise)) {
    for (const CaseStmt* c : s->cases) {
      emit("cmpl", immediate(c->caseValue), kAccumulator.l);
      jumpIf("je", caseLabels_[c]);
    }
    jump(otherwise);
  }
  breakLabels_[s] = end;
  genStmt(s->body);
  placeLabel(end);
}

// Tables pay off from about four cases, and only while at least a third of
// the entries between the lowest and highest case are real cases.
bool FunctionCodegen::genSwitchTable(const SwitchStmt* s, Label otherwise) {
  constexpr size_t kMinCases = 4;
  constexpr int64_t kMaxEntries = 4096;
  if (!options_.jumpTables || s->cases.size() < kMinCases) return false;
  int64_t low = INT64_MAX, high = INT64_MIN;
  for (const CaseStmt* c : s->cases) {
    low = std::min<int64_t>(low, c->caseValue);
    high = std::max<int64_t>(high, c->caseValue);
  }
  int64_t entries = high - low + 1;
  if (entries > kMaxEntries || entries > 3 * static_cast<int64_t>(s->cases.size())) return false;

  JumpTable table;
  table.name = std::string(target_.localLabelPrefix) + "JTI" + std::to_string(index_) + "_" +
               std::to_string(jumpTables_.size());
  table.targets.assign(entries, otherwise);
  for (const CaseStmt* c : s->cases) table.targets[c->caseValue - low] = caseLabels_.at(c);

  // Values below `low` wrap around to large unsigned numbers, so one
  // unsigned compare ("ja") catches both ends of the range.
  if (low != 0) emit("subl", immediate(low), kAccumulator.l);
  emit("cmpl", immediate(entries - 1), kAccumulator.l);
  jumpIf("ja", otherwise);
  // Each entry holds its target's distance from the table, so the code
  // needs no absolute addresses (position-independent, as cc links it).
  emit("leaq", table.name + "(%rip)", kScratch.q);
  emit("movslq", "(" + std::string(kScratch.q) + "," + std::string(kAccumulator.q) + ",4)",
       kAccumulator.q);
  emit("addq", kScratch.q, kAccumulator.q);
  emit("jmpq", "*" + std::string(kAccumulator.q));
  for (Label target : table.targets) referenced_.insert(target);
  jumpTables_.push_back(std::move(table));
  return true;
}

void FunctionCodegen::emitJumpTables(AsmWriter& out) const {
  if (jumpTables_.empty()) return;
  const bool inText = target_.jumpTableSection.empty();
  if (!inText) out.directive(target_.jumpTableSection);
  for (const JumpTable& table : jumpTables_) {
    out.directive(".p2align", "2");
    if (inText) out.directive(".data_region", "jt32");
    out.label(table.name);
    for (Label target : table.targets) out.directive(".long", labelName(target) + "-" + table.name);
    if (inText) out.directive(".end_data_region");
  }
  if (!inText) out.directive(".text");
}

// -fverbose-asm: "# fun.c:4: return a + b + c;" before a statement's code.
void FunctionCodegen::annotateSource(const Stmt* s) {
  if (!options_.verboseAsm || s->kind == StmtKind::Compound || !s->loc.valid() ||
      s->loc.line == annotatedLine_)
    return;
  annotatedLine_ = s->loc.line;
  std::string_view text = s->loc.file->lineText(s->loc.line);
  size_t first = text.find_first_not_of(" \t");
  text = first == std::string_view::npos ? std::string_view() : text.substr(first);
  flushJump();
  body_.comment(s->loc.file->name() + ":" + std::to_string(s->loc.line) + ": " + std::string(text));
}

void FunctionCodegen::genStmt(const Stmt* s) {
  annotateSource(s);
  switch (s->kind) {
    case StmtKind::Compound:
      for (const Stmt* c : static_cast<const CompoundStmt*>(s)->body) genStmt(c);
      return;
    case StmtKind::Decl:
      genLocalDeclaration(static_cast<const DeclStmt*>(s));
      return;
    case StmtKind::Expr:
      if (const Expr* e = static_cast<const ExprStmt*>(s)->expr) genEffect(e);
      return;
    case StmtKind::If: {
      const auto* i = static_cast<const IfStmt*>(s);
      Label elseLabel = newLabel();
      genCondJump(i->cond, false, elseLabel);
      genStmt(i->thenStmt);
      if (i->elseStmt) {
        Label end = newLabel();
        jump(end);
        placeLabel(elseLabel);
        genStmt(i->elseStmt);
        placeLabel(end);
      } else {
        placeLabel(elseLabel);
      }
      return;
    }
    case StmtKind::While: {
      const auto* w = static_cast<const WhileStmt*>(s);
      Label head = newLabel();
      Label end = newLabel();
      breakLabels_[s] = end;
      continueLabels_[s] = head;
      placeLabel(head);
      genCondJump(w->cond, false, end);
      genStmt(w->body);
      jump(head);
      placeLabel(end);
      return;
    }
    case StmtKind::DoWhile: {
      const auto* d = static_cast<const DoWhileStmt*>(s);
      Label top = newLabel();
      Label next = newLabel();
      Label end = newLabel();
      breakLabels_[s] = end;
      continueLabels_[s] = next;
      placeLabel(top);
      genStmt(d->body);
      placeLabel(next);
      genCondJump(d->cond, true, top);
      placeLabel(end);
      return;
    }
    case StmtKind::For: {
      const auto* f = static_cast<const ForStmt*>(s);
      if (f->init) genStmt(f->init);
      Label head = newLabel();
      Label next = newLabel();
      Label end = newLabel();
      breakLabels_[s] = end;
      continueLabels_[s] = next;
      placeLabel(head);
      if (f->cond) genCondJump(f->cond, false, end);
      genStmt(f->body);
      placeLabel(next);
      if (f->step) genEffect(f->step);
      jump(head);
      placeLabel(end);
      return;
    }
    case StmtKind::Return: {
      const auto* r = static_cast<const ReturnStmt*>(s);
      if (r->value) {
        if (fn_.type->base->isVoid())
          genEffect(r->value);
        else
          genExpr(r->value);
      }
      jump(returnLabel_);
      return;
    }
    case StmtKind::Break:
      jump(breakLabels_.at(static_cast<const JumpStmt*>(s)->target));
      return;
    case StmtKind::Continue:
      jump(continueLabels_.at(static_cast<const JumpStmt*>(s)->target));
      return;
    case StmtKind::Switch:
      genSwitch(static_cast<const SwitchStmt*>(s));
      return;
    case StmtKind::Case:
    case StmtKind::Default: {
      const auto* c = static_cast<const CaseStmt*>(s);
      auto it = caseLabels_.find(c);
      if (it != caseLabels_.end()) placeLabel(it->second);
      genStmt(c->body);
      return;
    }
    case StmtKind::Label: {
      const auto* l = static_cast<const LabelStmt*>(s);
      placeLabel(userLabel(l));
      genStmt(l->body);
      return;
    }
    case StmtKind::Goto:
      jump(userLabel(static_cast<const GotoStmt*>(s)->target));
      return;
  }
}

// ------------------------------------------------------------- the function

void FunctionCodegen::run(AsmWriter& out) {
  returnLabel_ = newLabel();
  genStmt(fn_.body);
  if (fn_.mayFallOffEnd && fn_.name == "main")
    emit("xorl", kAccumulator.l, kAccumulator.l);  // main returns 0 (C17 5.1.2.2.3)
  if (pendingJump_ == returnLabel_) pendingJump_.reset();
  flushJump();

  // A leaf function whose locals fit in the 128-byte red zone below %rsp
  // need not move %rsp at all (ABI 3.2.2), as long as it pushes nothing.
  const FrameLayout& frame = fn_.frame;
  bool redZone = !frame.makesCalls && frame.localsSize <= 128 &&
                 !(usedPushes_ && frame.localsSize > 0);
  int reserved = redZone ? 0 : frame.localsSize;

  std::string symbol = target_.symbol(fn_.name);
  if (fn_.canonical->storage != StorageClass::Static) out.directive(".globl", symbol);
  out.directive(".p2align", "4, 0x90");
  if (target_.elfSymbolInfo) out.directive(".type", symbol + ",@function");
  out.label(symbol);
  out.instruction("pushq", "%rbp");
  out.instruction("movq", "%rsp", "%rbp");
  if (reserved) out.instruction("subq", immediate(reserved), "%rsp");
  if (options_.verboseAsm) {
    for (const VarDecl* param : fn_.params)
      out.comment("parameter " + std::string(param->name) + " (" + param->type->str() + ") at " +
                  address(param));
    for (const VarDecl* local : fn_.locals)
      out.comment("local " + std::string(local->name) + " (" + local->type->str() + ") at " +
                  address(local));
  }
  for (size_t i = 0; i < fn_.params.size() && i < kRegisterArgumentCount; ++i) {
    const VarDecl* param = fn_.params[i];
    int size = param->type->size();
    out.instruction(mnemonic("mov", size), kArgumentRegisters[i].sized(size), address(param));
  }
  out.append(body_);
  if (referenced_.count(returnLabel_)) out.label(labelName(returnLabel_));
  if (reserved) out.instruction("addq", immediate(reserved), "%rsp");
  out.instruction("popq", "%rbp");
  out.instruction("retq");
  if (target_.elfSymbolInfo) out.directive(".size", symbol + ", .-" + symbol);
  emitJumpTables(out);
}

}  // namespace

void generateFunction(const FunctionDecl& fn, int index, const TargetInfo& target,
                      const CodegenOptions& options, StringTable& strings, AsmWriter& out) {
  FunctionCodegen(fn, index, target, options, strings).run(out);
}

}  // namespace minicc
