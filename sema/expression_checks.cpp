// Checking expressions: names, types, constant values, assignments and calls.
#include "sema/sema_internal.h"

#include "sema/constant_folding.h"

namespace minicc {
namespace sema_detail {

namespace {

// Library functions that may be called without a declaration (with a
// warning, as gcc and clang allow), and the header that declares each.
struct ImplicitLibraryFunction {
  std::string_view name;
  std::string_view header;
  bool takesString;  // (const char *, ...) rather than (int)
  bool variadic;
};

constexpr ImplicitLibraryFunction kImplicitLibraryFunctions[] = {
    {"printf", "stdio.h", true, true},
    {"puts", "stdio.h", true, false},
    {"putchar", "stdio.h", false, false},
};

}  // namespace

// -------------------------------------------------------------- expressions

void Sema::setConstant(Expr* e, FoldResult folded) {
  e->constant = folded.value;
  if (folded.value && folded.overflowed)
    diags_.warning(e->loc, "overflow in expression; result is " + std::to_string(*folded.value) +
                               " with type 'int'", "integer-overflow", e->length);
}

const Type* Sema::checkExpr(Expr* e) {
  const Type* type = types_.intType();
  switch (e->kind) {
    case ExprKind::IntLiteral:
      e->constant = static_cast<IntLiteralExpr*>(e)->value;
      break;
    case ExprKind::StringLiteral:
      type = types_.pointerTo(types_.charType());
      break;
    case ExprKind::VarRef: type = checkVarRef(static_cast<VarRefExpr*>(e)); break;
    case ExprKind::Unary: type = checkUnary(static_cast<UnaryExpr*>(e)); break;
    case ExprKind::Binary: type = checkBinary(static_cast<BinaryExpr*>(e)); break;
    case ExprKind::Assign: type = checkAssign(static_cast<AssignExpr*>(e)); break;
    case ExprKind::IncDec: type = checkIncDec(static_cast<IncDecExpr*>(e)); break;
    case ExprKind::Conditional: type = checkConditional(static_cast<ConditionalExpr*>(e)); break;
    case ExprKind::Call: type = checkCall(static_cast<CallExpr*>(e)); break;
  }
  // char values take part in arithmetic as int (the integer promotions, C17 6.3.1.1).
  e->type = type;
  return type;
}

const Type* Sema::checkVarRef(VarRefExpr* e) {
  Decl* decl = lookup(e->name);
  if (!decl) {
    diags_.error(e->loc, "use of undeclared identifier '" + std::string(e->name) + "'",
                 e->length);
    // Declare it as an int so later uses do not repeat the error.
    auto* stand_in = ast_.make<VarDecl>(e->loc, e->name, types_.intType());
    stand_in->place = VarPlace::Global;
    stand_in->used = true;
    scopes_.back().emplace(e->name, stand_in);
    e->decl = stand_in;
    return types_.intType();
  }
  if (decl->invalid) {  // its declaration was reported: no second error here
    if (decl->kind == DeclKind::Function) return types_.intType();
    auto* var = static_cast<VarDecl*>(decl);
    var->used = true;
    e->decl = var;
    return var->type;
  }
  if (decl->kind == DeclKind::Function) {
    diags_.error(e->loc, "'" + std::string(e->name) +
                             "' is a function: minicc can only call functions, not take their address",
                 e->length);
    return types_.intType();
  }
  auto* var = static_cast<VarDecl*>(decl);
  var->used = true;
  e->decl = var;
  return var->type;
}

const Type* Sema::checkUnary(UnaryExpr* e) {
  const Type* operand = checkExpr(e->operand);
  bool ok = e->op == UnaryOp::LogicalNot ? operand->isScalar() : operand->isInteger();
  if (!ok) {
    diags_.error(e->loc, "invalid argument type '" + operand->str() + "' to unary expression");
    return types_.intType();
  }
  if (e->operand->constant) {
    FoldResult folded = foldUnary(e->op, *e->operand->constant);
    // "-2147483648" is INT_MIN: in C the literal is a long whose negation
    // fits in int, so there is no overflow to warn about.
    if (e->operand->kind == ExprKind::IntLiteral) folded.overflowed = false;
    setConstant(e, folded);
  }
  return types_.intType();
}

const Type* Sema::checkBinary(BinaryExpr* e) {
  const Type* lhs = checkExpr(e->lhs);
  const Type* rhs = checkExpr(e->rhs);
  if (e->op == BinaryOp::Comma) return rhs;  // C17 6.5.17: no constant, the right type

  auto isNullConstant = [](const Expr* x) { return x->constant && *x->constant == 0; };
  bool ok;
  switch (e->op) {
    case BinaryOp::LogicalAnd:
    case BinaryOp::LogicalOr:
      ok = lhs->isScalar() && rhs->isScalar();
      break;
    case BinaryOp::Equal:
    case BinaryOp::NotEqual:
      ok = (lhs->isInteger() && rhs->isInteger()) ||
           (lhs->isPointer() && rhs->isPointer()) ||
           (lhs->isPointer() && isNullConstant(e->rhs)) ||
           (rhs->isPointer() && isNullConstant(e->lhs));
      break;
    default:
      ok = lhs->isInteger() && rhs->isInteger();
  }
  if (!ok) {
    diags_.error(e->loc, "invalid operands to binary expression ('" + lhs->str() + "' and '" +
                             rhs->str() + "')", e->length);
    return types_.intType();
  }
  if ((e->op == BinaryOp::Div || e->op == BinaryOp::Rem) && e->rhs->constant &&
      *e->rhs->constant == 0) {
    diags_.warning(e->rhs->loc, e->op == BinaryOp::Div ? "division by zero is undefined"
                                                       : "remainder by zero is undefined",
                   "division-by-zero", e->rhs->length);
  }
  if ((e->op == BinaryOp::Shl || e->op == BinaryOp::Shr) && e->rhs->constant &&
      (*e->rhs->constant < 0 || *e->rhs->constant > 31)) {
    diags_.warning(e->rhs->loc, *e->rhs->constant < 0 ? "shift count is negative"
                                                      : "shift count >= width of type",
                   "shift-count-overflow", e->rhs->length);
  }
  if (e->lhs->constant && e->rhs->constant)
    setConstant(e, foldBinary(e->op, *e->lhs->constant, *e->rhs->constant));
  return types_.intType();
}

// The variable an assignment or ++/-- writes to, or null after reporting why not.
// `op` is the assignment or ++/-- operator, where clang reports the problem.
VarDecl* Sema::assignableVariable(Expr* target, const Expr* op) {
  if (target->kind == ExprKind::VarRef) {
    auto* ref = static_cast<VarRefExpr*>(target);
    if (ref->decl) return ref->decl;
    return nullptr;  // already reported (a function name)
  }
  diags_.error(op->loc, "expression is not assignable", op->length);
  return nullptr;
}

// Whether a value of `from`'s type may be stored in a `to` (C17 6.5.16.1),
// reporting the problem as clang words it otherwise.
bool Sema::checkConvertible(const Type* to, Expr* from, std::string_view action) {
  const Type* type = from->type;
  bool ok = (to->isInteger() && type->isInteger()) ||
            (to->isPointer() && type->isPointer() &&
             (sameType(to->base, type->base) || to->base->isVoid() || type->base->isVoid())) ||
            (to->isPointer() && from->constant && *from->constant == 0);
  if (ok) {
    if (to->kind == TypeKind::Char && from->constant &&
        static_cast<int8_t>(*from->constant) != *from->constant) {
      diags_.warning(from->loc, "implicit conversion from 'int' to 'char' changes value from " +
                                    std::to_string(*from->constant) + " to " +
                                    std::to_string(static_cast<int8_t>(*from->constant)),
                     "constant-conversion", from->length);
    }
    return true;
  }
  std::string message;
  if (type->isVoid() || to->isVoid())
    message = std::string(action) + " '" + to->str() + "' with an expression of incompatible type '" +
              type->str() + "'";
  else if (to->isInteger() && type->isPointer())
    message = "incompatible pointer to integer conversion " + std::string(action) + " '" +
              to->str() + "' with an expression of type '" + type->str() + "'";
  else if (to->isPointer() && type->isInteger())
    message = "incompatible integer to pointer conversion " + std::string(action) + " '" +
              to->str() + "' with an expression of type '" + type->str() + "'";
  else
    message = "incompatible pointer types " + std::string(action) + " '" + to->str() +
              "' with an expression of type '" + type->str() + "'";
  diags_.error(from->begin, message, from->length);
  return false;
}

const Type* Sema::checkAssign(AssignExpr* e) {
  checkExpr(e->target);
  checkExpr(e->value);
  VarDecl* var = assignableVariable(e->target, e);
  if (!var) return types_.intType();
  if (e->op) {
    if (!var->type->isInteger() || !e->value->type->isInteger()) {
      diags_.error(e->loc, "invalid operands to binary expression ('" + var->type->str() +
                               "' and '" + e->value->type->str() + "')", e->length);
      return var->type;
    }
    if ((*e->op == BinaryOp::Div || *e->op == BinaryOp::Rem) && e->value->constant &&
        *e->value->constant == 0)
      diags_.warning(e->value->loc, *e->op == BinaryOp::Div ? "division by zero is undefined"
                                                            : "remainder by zero is undefined",
                     "division-by-zero", e->value->length);
  } else {
    checkConvertible(var->type, e->value, "assigning to");
  }
  return var->type;
}

const Type* Sema::checkIncDec(IncDecExpr* e) {
  const Type* type = checkExpr(e->target);
  VarDecl* var = assignableVariable(e->target, e);
  if (var && !type->isInteger()) {
    diags_.error(e->loc, "cannot " + std::string(e->increment ? "increment" : "decrement") +
                             " value of type '" + type->str() + "' in minicc", 2);
  }
  return types_.intType();
}

const Type* Sema::checkConditional(ConditionalExpr* e) {
  checkCondition(e->cond);
  const Type* a = checkExpr(e->thenExpr);
  const Type* b = checkExpr(e->elseExpr);
  if (a->isInteger() && b->isInteger()) {
    if (e->cond->constant && e->thenExpr->constant && e->elseExpr->constant)
      e->constant = *e->cond->constant ? e->thenExpr->constant : e->elseExpr->constant;
    return types_.intType();
  }
  if (a->isVoid() && b->isVoid()) return a;
  if (a->isPointer() && b->isPointer() && sameType(a, b)) return a;
  if (a->isPointer() && e->elseExpr->constant && *e->elseExpr->constant == 0) return a;
  if (b->isPointer() && e->thenExpr->constant && *e->thenExpr->constant == 0) return b;
  diags_.error(e->loc, "incompatible operand types ('" + a->str() + "' and '" + b->str() + "')");
  return types_.intType();
}

// A call to an undeclared function: gcc and clang accept the common library
// ones with a warning; anything else is an error, as in clang (C99 removed
// implicit declarations).
FunctionDecl* Sema::implicitDeclaration(CallExpr* e) {
  for (const ImplicitLibraryFunction& lib : kImplicitLibraryFunctions) {
    if (lib.name != e->name) continue;
    const Type* param = lib.takesString ? types_.pointerTo(types_.charType()) : types_.intType();
    const Type* type = types_.function(types_.intType(), {param}, lib.variadic, true);
    diags_.warning(e->loc, "call to undeclared library function '" + std::string(e->name) +
                               "' with type '" + type->str() +
                               "'; ISO C99 and later do not support implicit function declarations",
                   "implicit-function-declaration", e->length);
    diags_.note(e->loc, "include the header <" + std::string(lib.header) +
                            "> or explicitly provide a declaration for '" + std::string(e->name) + "'",
                e->length);
    auto* fn = ast_.make<FunctionDecl>(e->loc, e->name, type);
    fn->implicit = true;
    functions_.emplace(fn->name, fn);
    scopes_.front().emplace(fn->name, fn);
    return fn;
  }
  diags_.error(e->loc, "call to undeclared function '" + std::string(e->name) +
                           "'; ISO C99 and later do not support implicit function declarations",
               e->length);
  return nullptr;
}

const Type* Sema::checkCall(CallExpr* e) {
  for (Expr* arg : e->args) checkExpr(arg);
  Decl* decl = lookup(e->name);
  if (decl && decl->invalid)  // its declaration was reported: no second error here
    return decl->kind == DeclKind::Function ? decl->type->base : types_.intType();
  if (decl && decl->kind == DeclKind::Variable) {
    static_cast<VarDecl*>(decl)->used = true;  // it is used, wrongly: no second warning
    diags_.error(e->lparenLoc, "called object type '" + decl->type->str() +
                                   "' is not a function or function pointer");
    return types_.intType();
  }
  FunctionDecl* fn = decl ? static_cast<FunctionDecl*>(decl)->canonical : implicitDeclaration(e);
  if (!fn) return types_.intType();
  e->callee = fn;
  fn->called = true;
  const Type* type = fn->type;
  if (type->prototyped) {
    size_t expected = type->params.size(), have = e->args.size();
    if (have < expected || (have > expected && !type->variadic)) {
      std::string message = std::string(have < expected ? "too few" : "too many") +
                            " arguments to function call, expected " +
                            (type->variadic ? "at least " : "") + std::to_string(expected) +
                            ", have " + std::to_string(have);
      // As clang: too many points at the first extra argument, too few at ')'.
      SourceLoc at = have > expected ? e->args[expected]->begin : e->rparenLoc;
      diags_.error(at, message, have > expected ? e->args[expected]->length : 1);
      diags_.note(fn->loc, "'" + std::string(fn->name) + "' declared here", fn->name.size());
      return type->base;
    }
    for (size_t i = 0; i < expected; ++i)
      checkConvertible(type->params[i], e->args[i], "passing to parameter of type");
  }
  for (size_t i = type->prototyped ? type->params.size() : 0; i < e->args.size(); ++i) {
    if (!e->args[i]->type->isScalar())
      diags_.error(e->args[i]->loc, "argument type '" + e->args[i]->type->str() + "' is incomplete",
                   e->args[i]->length);
  }
  return type->base;
}

}  // namespace sema_detail
}  // namespace minicc
