// Checking expressions: names, types, lvalues, constant values, the
// operators on integers and pointers, assignments, casts and calls.
//
// checkExpr gives an expression its type and says whether it is an lvalue;
// value() then makes it a value (C17 6.3.2.1: an array or function decays
// to a pointer). Conversions become implicit CastExprs (conversions.cpp).
#include "codegen/abi.h"
#include "sema/constant_folding.h"
#include "sema/sema_internal.h"

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

// clang's words for an operator that cannot take these operand types, at the operator.
void Sema::invalidOperands(const Expr* op, const Type* lhs, const Type* rhs) {
  diags_.error(op->loc, "invalid operands to binary expression (" + quotedType(lhs) + " and " +
                            quotedType(rhs) + ")", op->length);
}

// "x / 0" and "x %= 0": undefined, and said so (the division is left to run time).
void Sema::warnDivisionByZero(BinaryOp op, const Expr* divisor) {
  if ((op != BinaryOp::Div && op != BinaryOp::Rem) || !divisor->constant || *divisor->constant != 0)
    return;
  diags_.warning(divisor->loc, op == BinaryOp::Div ? "division by zero is undefined"
                                                   : "remainder by zero is undefined",
                 "division-by-zero", divisor->length);
}

void Sema::setConstant(Expr* e, FoldResult folded) {
  e->constant = folded.value;
  if (folded.value && folded.overflowed)
    diags_.warning(e->loc, "overflow in expression; result is " + std::to_string(*folded.value) +
                               " with type " + quotedType(e->type), "integer-overflow", e->length);
}

Expr* Sema::value(Expr* e) {
  checkExpr(e);
  return decay(e);
}

const Type* Sema::checkExpr(Expr* e) {
  const Type* type = types_.intType();
  switch (e->kind) {
    case ExprKind::IntLiteral: type = checkIntLiteral(static_cast<IntLiteralExpr*>(e)); break;
    case ExprKind::FloatLiteral:
      type = types_.basic(static_cast<FloatLiteralExpr*>(e)->isFloat ? TypeKind::Float : TypeKind::Double);
      e->floatingConstant = true;
      break;
    case ExprKind::StringLiteral:
      // A string literal is an array of char, one longer than its text (C17 6.4.5p6).
      type = types_.arrayOf(types_.charType(),
                            static_cast<int64_t>(static_cast<StringLiteralExpr*>(e)->bytes.size()) + 1);
      e->isLvalue = true;
      break;
    case ExprKind::VarRef: type = checkVarRef(static_cast<VarRefExpr*>(e)); break;
    case ExprKind::Unary: type = checkUnary(static_cast<UnaryExpr*>(e)); break;
    case ExprKind::Binary: type = checkBinary(static_cast<BinaryExpr*>(e)); break;
    case ExprKind::Assign: type = checkAssign(static_cast<AssignExpr*>(e)); break;
    case ExprKind::IncDec: type = checkIncDec(static_cast<IncDecExpr*>(e)); break;
    case ExprKind::Conditional: type = checkConditional(static_cast<ConditionalExpr*>(e)); break;
    case ExprKind::Call: type = checkCall(static_cast<CallExpr*>(e)); break;
    case ExprKind::Cast: type = checkCast(static_cast<CastExpr*>(e)); break;
    case ExprKind::Subscript: type = checkSubscript(static_cast<SubscriptExpr*>(e)); break;
    case ExprKind::SizeOf: type = checkSizeOf(static_cast<SizeOfExpr*>(e)); break;
    case ExprKind::Member: type = checkMember(static_cast<MemberExpr*>(e)); break;
    case ExprKind::Builtin: type = checkBuiltin(static_cast<BuiltinExpr*>(e)); break;
    case ExprKind::InitList:
      diags_.error(e->loc, "initializer list cannot be used here");
      break;
  }
  e->type = type;
  return type;
}

// C17 6.4.4.1p5: a literal's type is the first of a list, chosen by its
// suffix and base, that can hold its value.
const Type* Sema::checkIntLiteral(IntLiteralExpr* e) {
  if (e->isCharacter) {
    e->constant = static_cast<int64_t>(e->value);
    return types_.intType();
  }
  // Most literals are small and plain: an int, the first type of the list.
  if (e->longSuffix == 0 && !e->unsignedSuffix && e->value <= uint64_t{INT32_MAX}) {
    e->constant = static_cast<int64_t>(e->value);
    return types_.intType();
  }
  static constexpr TypeKind kSigned[] = {TypeKind::Int, TypeKind::Long, TypeKind::LongLong};
  static constexpr TypeKind kUnsigned[] = {TypeKind::UInt, TypeKind::ULong, TypeKind::ULongLong};
  const Type* type = nullptr;
  for (int i = e->longSuffix; i < 3 && !type; ++i) {
    const Type* s = types_.basic(kSigned[i]);
    const Type* u = types_.basic(kUnsigned[i]);
    int bits = 8 * static_cast<int>(abi::sizeOf(s));
    uint64_t signedMax = (uint64_t{1} << (bits - 1)) - 1;
    uint64_t unsignedMax = bits == 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
    if (!e->unsignedSuffix && e->value <= signedMax)
      type = s;
    else if ((e->unsignedSuffix || !e->decimal) && e->value <= unsignedMax)
      type = u;
  }
  if (!type) {
    type = types_.basic(TypeKind::ULongLong);
    if (!e->tooLarge)
      diags_.warning(e->loc, "integer literal is too large to be represented in a signed integer "
                             "type, interpreting as unsigned", "implicitly-unsigned-literal", e->length);
  }
  e->constant = convertConstant(static_cast<int64_t>(e->value), type);
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
    stand_in->invalid = true;
    scopes_.bind(e->name, stand_in);  // nothing is bound to the name
    e->decl = stand_in;
    e->isLvalue = true;
    return types_.intType();
  }
  switch (decl->kind) {
    case DeclKind::Function: {
      auto* fn = static_cast<FunctionDecl*>(decl)->canonical;
      e->function = fn;
      return fn->type;
    }
    case DeclKind::EnumConstant:
      e->constant = static_cast<EnumConstantDecl*>(decl)->value;
      return types_.intType();
    case DeclKind::Typedef:
      diags_.error(e->loc, "unexpected type name '" + std::string(e->name) + "': expected expression",
                   e->length);
      return types_.intType();
    case DeclKind::Variable:
      break;
    case DeclKind::Tag:  // tags have a namespace of their own, never bound here
      return types_.intType();
  }
  auto* var = static_cast<VarDecl*>(decl);
  var->used = true;
  e->decl = var;
  e->isLvalue = true;
  return var->type;
}

const Type* Sema::checkUnary(UnaryExpr* e) {
  if (e->op == UnaryOp::AddressOf) return checkAddressOf(e);
  e->operand = value(e->operand);
  const Type* operand = e->operand->type;
  if (e->op == UnaryOp::Deref) {
    if (!operand->isPointer()) {
      diags_.error(e->loc, "indirection requires pointer operand (" + quotedType(operand) +
                               " invalid)");
      return types_.intType();
    }
    e->isLvalue = !operand->base->isFunction() && !operand->base->isVoid();
    return operand->base;
  }
  if (e->op == UnaryOp::LogicalNot) {
    if (!operand->isScalar()) {
      diags_.error(e->loc, "invalid argument type " + quotedType(operand) + " to unary expression");
      return types_.intType();
    }
    if (e->operand->constant) e->constant = *e->operand->constant == 0;
    if (auto v = floatingValue(e->operand)) e->constant = *v == 0;
    return types_.intType();
  }
  bool ok = e->op == UnaryOp::BitNot ? operand->isInteger() : operand->isArithmetic();
  if (!ok) {
    diags_.error(e->loc, "invalid argument type " + quotedType(operand) + " to unary expression");
    return types_.intType();
  }
  const Type* type = promote(operand);
  e->operand = convertTo(e->operand, type);
  e->type = type;
  e->floatingConstant = e->operand->floatingConstant;
  if (e->operand->constant) {
    FoldResult folded = foldUnary(e->op, type, *e->operand->constant);
    // "-2147483648" is INT_MIN written as the negation of a long: no
    // overflow to warn about (the value converts later, if it must).
    setConstant(e, folded);
  }
  return type;
}

// "&x" (C17 6.5.3.2): the operand is an lvalue or a function designator.
const Type* Sema::checkAddressOf(UnaryExpr* e) {
  const Type* operand = checkExpr(e->operand);
  if (operand->isFunction()) return types_.pointerTo(operand);
  if (!e->operand->isLvalue) {
    diags_.error(e->loc, "cannot take the address of an rvalue of type " + quotedType(operand));
    return types_.pointerTo(operand);
  }
  return types_.pointerTo(operand);
}

// The size of what `pointer` points to, for pointer arithmetic; reports a
// pointer to something without a size.
int64_t Sema::pointeeSize(const Expr* pointer, const Expr* op) {
  const Type* target = pointer->type->base;
  if (target->isVoid() || target->isFunction()) {
    diags_.warning(op->loc, std::string("arithmetic on a pointer to ") +
                                (target->isVoid() ? "void" : "the function type " + quotedType(target)) +
                                " is a GNU extension", "pointer-arith");
    return 1;  // as gcc: sizeof(void) is 1
  }
  if (target->isIncomplete()) {
    diags_.error(op->loc, "arithmetic on a pointer to an incomplete type " + quotedType(target));
    return 1;
  }
  return abi::sizeOf(target);
}

// A constant condition's truth: an integer's, or a floating value's (C17
// 6.5.13p3: it compares unequal to 0; NaN is true).
std::optional<bool> Sema::truthOf(const Expr* e) const {
  if (e->constant) return *e->constant != 0;
  if (auto v = floatingValue(e)) return *v != 0;
  return std::nullopt;
}

// A binary operator on floating operands: + - * / of constants are a
// floating constant; a comparison of constants is an int (C17 6.6p8).
void Sema::foldFloating(BinaryExpr* e) {
  if (!e->lhs->floatingConstant || !e->rhs->floatingConstant) return;
  switch (e->op) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div:
      e->floatingConstant = true;
      return;
    default:
      break;
  }
  const double l = *floatingValue(e->lhs), r = *floatingValue(e->rhs);
  switch (e->op) {  // false when unordered (NaN), but for != (IEEE 754 5.11)
    case BinaryOp::Less: e->constant = l < r; break;
    case BinaryOp::LessEqual: e->constant = l <= r; break;
    case BinaryOp::Greater: e->constant = l > r; break;
    case BinaryOp::GreaterEqual: e->constant = l >= r; break;
    case BinaryOp::Equal: e->constant = l == r; break;
    case BinaryOp::NotEqual: e->constant = l != r; break;
    default: break;
  }
}

const Type* Sema::checkBinary(BinaryExpr* e) {
  e->lhs = value(e->lhs);
  e->rhs = value(e->rhs);
  const Type* lhs = e->lhs->type;
  const Type* rhs = e->rhs->type;
  if (e->op == BinaryOp::Comma) return rhs;  // C17 6.5.17: no constant, the right type

  auto invalid = [&]() {
    invalidOperands(e, lhs, rhs);
    return types_.intType();
  };
  const Type* type = types_.intType();
  const Type* operandType = nullptr;  // the operands' common type, for folding
  switch (e->op) {
    case BinaryOp::LogicalAnd:
    case BinaryOp::LogicalOr:
      if (!lhs->isScalar() || !rhs->isScalar()) return invalid();
      if (auto l = truthOf(e->lhs), r = truthOf(e->rhs); l && r)
        e->constant = e->op == BinaryOp::LogicalAnd ? (*l && *r) : (*l || *r);
      return type;
    case BinaryOp::Add:
    case BinaryOp::Sub:
      if (lhs->isPointer() || rhs->isPointer()) return checkPointerArithmetic(e);
      [[fallthrough]];
    case BinaryOp::Mul:
    case BinaryOp::Div:
      if (!lhs->isArithmetic() || !rhs->isArithmetic()) return invalid();
      type = operandType = convertOperands(e->lhs, e->rhs);
      break;
    case BinaryOp::Rem:
    case BinaryOp::BitAnd:
    case BinaryOp::BitOr:
    case BinaryOp::BitXor:
      if (!lhs->isInteger() || !rhs->isInteger()) return invalid();
      type = operandType = convertOperands(e->lhs, e->rhs);
      break;
    case BinaryOp::Shl:
    case BinaryOp::Shr:
      // Each operand is promoted on its own; the result has the left's type (C17 6.5.7p3).
      if (!lhs->isInteger() || !rhs->isInteger()) return invalid();
      type = operandType = promote(lhs);
      e->lhs = convertTo(e->lhs, type);
      e->rhs = convertTo(e->rhs, promote(rhs));
      if (e->rhs->constant && (*e->rhs->constant < 0 || *e->rhs->constant >= 8 * abi::sizeOf(type))) {
        diags_.warning(e->rhs->loc, *e->rhs->constant < 0 ? "shift count is negative"
                                                          : "shift count >= width of type",
                       "shift-count-overflow", e->rhs->length);
      }
      break;
    default: {  // comparisons
      if (lhs->isArithmetic() && rhs->isArithmetic()) {
        operandType = convertOperands(e->lhs, e->rhs);
        break;
      }
      bool equality = e->op == BinaryOp::Equal || e->op == BinaryOp::NotEqual;
      if (lhs->isPointer() && rhs->isPointer()) {
        bool compatible = sameType(lhs->base->unqualified, rhs->base->unqualified);
        bool viaVoid = equality && (lhs->base->isVoid() || rhs->base->isVoid());
        if (!compatible && !viaVoid)
          diags_.warning(e->loc, std::string("comparison of distinct pointer types (") +
                                     quotedType(lhs) + " and " + quotedType(rhs) + ")",
                         "compare-distinct-pointer-types", e->length);
        e->rhs = convertTo(e->rhs, lhs);
        return type;
      }
      Expr*& pointer = lhs->isPointer() ? e->lhs : e->rhs;
      Expr*& other = lhs->isPointer() ? e->rhs : e->lhs;
      if (!pointer->type->isPointer() || !other->type->isInteger()) return invalid();
      if (!(equality && isNullPointerConstant(other)))
        diags_.warning(e->loc, std::string(equality ? "comparison" : "ordered comparison") +
                                   " between pointer and integer (" + quotedType(lhs) + " and " +
                                   quotedType(rhs) + ")", "pointer-integer-compare", e->length);
      other = convertTo(other, pointer->type);
      return type;
    }
  }
  e->type = type;
  warnDivisionByZero(e->op, e->rhs);
  if (operandType->isFloating()) {
    foldFloating(e);
    return type;
  }
  if (e->lhs->constant && e->rhs->constant)
    setConstant(e, foldBinary(e->op, operandType, *e->lhs->constant, *e->rhs->constant));
  return type;
}

// pointer + integer, integer + pointer, pointer - integer, pointer - pointer
// (C17 6.5.6): the integer counts elements, the difference is a ptrdiff_t.
const Type* Sema::checkPointerArithmetic(BinaryExpr* e) {
  const Type* lhs = e->lhs->type;
  const Type* rhs = e->rhs->type;
  if (e->op == BinaryOp::Sub && lhs->isPointer() && rhs->isPointer()) {
    if (!sameType(lhs->base->unqualified, rhs->base->unqualified)) {
      diags_.error(e->loc, "'" + lhs->str() + "' and '" + rhs->str() +
                               "' are not pointers to compatible types", e->length);
      return types_.ptrdiffType();
    }
    pointeeSize(e->lhs, e);
    return types_.ptrdiffType();
  }
  Expr*& pointer = lhs->isPointer() ? e->lhs : e->rhs;
  Expr*& index = lhs->isPointer() ? e->rhs : e->lhs;
  if (!index->type->isInteger() || (e->op == BinaryOp::Sub && !lhs->isPointer())) {
    invalidOperands(e, lhs, rhs);
    return pointer->type;
  }
  pointeeSize(pointer, e);
  index = convertTo(index, types_.ptrdiffType());  // the index goes to 64 bits, signed
  return pointer->type;
}

// What an assignment or ++/-- may write to: a modifiable lvalue (C17
// 6.3.2.1p1). Reports the reason otherwise, where clang does; `op` is the
// assignment or ++/-- operator.
bool Sema::checkModifiable(Expr* target, const Expr* op) {
  if (target->type->isArray()) {
    diags_.error(op->loc, "array type " + quotedType(target->type) + " is not assignable",
                 op->length);
    return false;
  }
  if (!target->isLvalue) {
    if (target->kind == ExprKind::VarRef && static_cast<VarRefExpr*>(target)->function) {
      diags_.error(op->loc, "non-object type " + quotedType(target->type) + " is not assignable",
                   op->length);
      return false;
    }
    diags_.error(op->loc, "expression is not assignable", op->length);
    return false;
  }
  if (target->type->isConst) {
    if (target->kind == ExprKind::VarRef)
      diags_.error(op->loc, "cannot assign to variable '" +
                                std::string(static_cast<VarRefExpr*>(target)->name) +
                                "' with const-qualified type " + quotedType(target->type),
                   op->length);
    else
      diags_.error(op->loc, "read-only variable is not assignable", op->length);
    return false;
  }
  return true;
}

const Type* Sema::checkAssign(AssignExpr* e) {
  const Type* target = checkExpr(e->target);
  e->value = value(e->value);
  if (!checkModifiable(e->target, e)) return target->unqualified;
  const Type* type = target->unqualified;
  if (!e->op) {
    e->value = convertForAssignment(type, e->value, Conversion::Assigning, e->loc, e->length);
    return type;
  }
  // "a op= b" is "a = a op b" with a evaluated once (C17 6.5.16.2).
  BinaryOp op = *e->op;
  const Type* valueType = e->value->type;
  bool pointerStep = (op == BinaryOp::Add || op == BinaryOp::Sub) && type->isPointer();
  if (pointerStep) {
    if (!valueType->isInteger()) {
      invalidOperands(e, type, valueType);
      return type;
    }
    pointeeSize(e->target, e);
    e->value = convertTo(e->value, types_.ptrdiffType());
    return type;
  }
  bool integerOnly = op == BinaryOp::Rem || op == BinaryOp::Shl || op == BinaryOp::Shr ||
                     op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor;
  bool ok = integerOnly ? type->isInteger() && valueType->isInteger()
                        : type->isArithmetic() && valueType->isArithmetic();
  if (!ok) {
    invalidOperands(e, type, valueType);
    return type;
  }
  // The operation's type: that of the shift's left side, or the common one.
  e->operationType = op == BinaryOp::Shl || op == BinaryOp::Shr ? promote(type)
                                                               : commonType(type, valueType);
  e->value = convertTo(e->value, op == BinaryOp::Shl || op == BinaryOp::Shr ? promote(valueType)
                                                                          : e->operationType);
  warnDivisionByZero(op, e->value);
  return type;
}

const Type* Sema::checkIncDec(IncDecExpr* e) {
  const Type* type = checkExpr(e->target);
  if (type->isArray() || type->isFunction()) {
    diags_.error(e->loc, "cannot " + std::string(e->increment ? "increment" : "decrement") +
                             " value of type " + quotedType(type), 2);
    return type;
  }
  if (!checkModifiable(e->target, e)) return type->unqualified;
  if (type->isPointer()) {
    pointeeSize(e->target, e);
  } else if (!type->isScalar()) {
    diags_.error(e->loc, "cannot " + std::string(e->increment ? "increment" : "decrement") +
                             " value of type " + quotedType(type), 2);
  }
  return type->unqualified;
}

const Type* Sema::checkConditional(ConditionalExpr* e) {
  checkCondition(e->cond, e->loc, false);
  e->thenExpr = value(e->thenExpr);
  e->elseExpr = value(e->elseExpr);
  const Type* a = e->thenExpr->type;
  const Type* b = e->elseExpr->type;
  if (a->isArithmetic() && b->isArithmetic()) {
    const Type* type = convertOperands(e->thenExpr, e->elseExpr);
    e->type = type;
    if (e->cond->constant && e->thenExpr->constant && e->elseExpr->constant)
      e->constant = *e->cond->constant ? e->thenExpr->constant : e->elseExpr->constant;
    if (auto c = truthOf(e->cond))
      e->floatingConstant = (*c ? e->thenExpr : e->elseExpr)->floatingConstant;
    return type;
  }
  if (a->isVoid() && b->isVoid()) return a;
  if (a->isRecord() && b->isRecord() && sameType(a, b)) return a->unqualified;
  if (a->isPointer() && isNullPointerConstant(e->elseExpr)) {
    e->elseExpr = convertTo(e->elseExpr, a);
    return a;
  }
  if (b->isPointer() && isNullPointerConstant(e->thenExpr)) {
    e->thenExpr = convertTo(e->thenExpr, b);
    return b;
  }
  if (a->isPointer() != b->isPointer() && (a->isInteger() || b->isInteger())) {
    // Not C, but gcc and clang take it with a warning, as a pointer.
    diags_.warning(e->loc, "pointer/integer type mismatch in conditional expression (" +
                               quotedType(a) + " and " + quotedType(b) + ")",
                   "conditional-type-mismatch");
    const Type* type = a->isPointer() ? a : b;
    e->thenExpr = convertTo(e->thenExpr, type);
    e->elseExpr = convertTo(e->elseExpr, type);
    return type;
  }
  if (a->isPointer() && b->isPointer()) {
    // C17 6.5.15p6: with void * the result is void *, qualified as both are;
    // pointers to different types meet at void * too, with a warning (as clang).
    bool mismatch = !a->base->isVoid() && !b->base->isVoid() &&
                    !sameType(a->base->unqualified, b->base->unqualified);
    const Type* target = a->base->isVoid() || mismatch ? types_.voidType()
                         : b->base->isVoid()           ? b->base : a->base;
    if (mismatch)
      diags_.warning(e->loc, "pointer type mismatch (" + quotedType(a) + " and " + quotedType(b) + ")",
                     "pointer-type-mismatch");
    const Type* type = types_.pointerTo(types_.qualified(
        target->unqualified, a->base->isConst || b->base->isConst,
        a->base->isVolatile || b->base->isVolatile));
    e->thenExpr = convertTo(e->thenExpr, type);
    e->elseExpr = convertTo(e->elseExpr, type);
    return type;
  }
  diags_.error(e->loc, "incompatible operand types (" + quotedType(a) + " and " + quotedType(b) + ")");
  return types_.intType();
}

// A call to an undeclared function: gcc and clang accept the common library
// ones with a warning; anything else is an error, as in clang (C99 removed
// implicit declarations).
FunctionDecl* Sema::implicitDeclaration(VarRefExpr* name) {
  for (const ImplicitLibraryFunction& lib : kImplicitLibraryFunctions) {
    if (lib.name != name->name) continue;
    const Type* param = lib.takesString
                            ? types_.pointerTo(types_.qualified(types_.charType(), true, false))
                            : types_.intType();
    const Type* type = types_.function(types_.intType(), {param}, lib.variadic, true);
    diags_.warning(name->loc, "call to undeclared library function '" + std::string(name->name) +
                                  "' with type '" + type->str() +
                                  "'; ISO C99 and later do not support implicit function declarations",
                   "implicit-function-declaration", name->length);
    diags_.note(name->loc, "include the header <" + std::string(lib.header) +
                               "> or explicitly provide a declaration for '" +
                               std::string(name->name) + "'",
                name->length);
    FunctionDecl* fn = nullptr;
    {
      AstContext::LastingNodes lasting(ast_);  // made in a body, declared for the whole file
      fn = ast_.make<FunctionDecl>(name->loc, name->name, type);
    }
    fn->implicit = true;
    functions_.emplace(fn->name, fn);
    scopes_.bindInFileScopeIfAbsent(fn->name, fn);
    return fn;
  }
  diags_.error(name->loc, "call to undeclared function '" + std::string(name->name) +
                              "'; ISO C99 and later do not support implicit function declarations",
               name->length);
  return nullptr;
}

// The default argument promotions (C17 6.5.2.2p6), for arguments matched by
// "..." or by no prototype.
Expr* Sema::promoteArgument(Expr* arg) {
  if (arg->type->isInteger()) return convertTo(arg, promote(arg->type));
  if (arg->type->unqualified->kind == TypeKind::Float) return convertTo(arg, types_.doubleType());
  if (!arg->type->isScalar() && (!arg->type->isRecord() || arg->type->isIncomplete()))
    diags_.error(arg->loc, "argument type " + quotedType(arg->type) + " is incomplete", arg->length);
  return arg;
}

const Type* Sema::checkCall(CallExpr* e) {
  // A name called before any declaration: the implicit declaration rule.
  if (e->calleeExpr->kind == ExprKind::VarRef) {
    auto* name = static_cast<VarRefExpr*>(e->calleeExpr);
    Decl* decl = lookup(name->name);
    if (!decl) {
      if (!implicitDeclaration(name)) {
        for (Expr*& arg : e->args) arg = value(arg);
        return types_.intType();
      }
    } else if (decl->invalid) {  // its declaration was reported: no second error here
      for (Expr*& arg : e->args) arg = value(arg);
      if (decl->kind == DeclKind::Variable) static_cast<VarDecl*>(decl)->used = true;
      return decl->type->isFunction() ? decl->type->base : types_.intType();
    }
  }
  e->calleeExpr = value(e->calleeExpr);
  for (Expr*& arg : e->args) arg = value(arg);
  const Type* callee = e->calleeExpr->type;
  if (!callee->isPointer() || !callee->base->isFunction()) {
    diags_.error(e->lparenLoc, "called object type " + quotedType(callee) +
                                   " is not a function or function pointer");
    return types_.intType();
  }
  const Type* type = callee->base;
  e->functionType = type;
  // A call by name is a direct call: "callq f".
  FunctionDecl* fn = nullptr;
  if (e->calleeExpr->kind == ExprKind::Cast) {
    Expr* inner = static_cast<CastExpr*>(e->calleeExpr)->operand;
    if (inner->kind == ExprKind::VarRef) fn = static_cast<VarRefExpr*>(inner)->function;
  }
  if (fn) {
    e->callee = fn;
    fn->called = true;
    type = fn->type;
    e->functionType = type;
  }
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
      if (fn) diags_.note(fn->loc, "'" + std::string(fn->name) + "' declared here", fn->name.size());
      return type->base;
    }
    for (size_t i = 0; i < expected; ++i) {
      const Type* param = type->params[i]->unqualified;
      if (param->isIncomplete() && param->isRecord()) {
        diags_.error(e->args[i]->begin, "argument type " + quotedType(param) + " is incomplete",
                     e->args[i]->length);
        continue;
      }
      const unsigned before = diags_.errorCount() + diags_.warningCount();
      e->args[i] = convertForAssignment(param, e->args[i], Conversion::Passing);
      // As clang: a conversion reported at an argument shows the parameter.
      if (fn && diags_.errorCount() + diags_.warningCount() != before && i < fn->params.size() &&
          !fn->params[i]->name.empty())
        diags_.note(fn->params[i]->loc, "passing argument to parameter '" +
                                            std::string(fn->params[i]->name) + "' here",
                    static_cast<unsigned>(fn->params[i]->name.size()));
    }
  }
  if (type->base->isRecord() && type->base->isIncomplete()) {
    diags_.error(e->loc, "calling function with incomplete return type " + quotedType(type->base),
                 e->length);
    return types_.intType();
  }
  for (size_t i = type->prototyped ? type->params.size() : 0; i < e->args.size(); ++i)
    e->args[i] = promoteArgument(e->args[i]);
  return type->base;
}

// "(type) expr" (C17 6.5.4): to void, or between scalar types.
const Type* Sema::checkCast(CastExpr* e) {
  const Type* to = resolveType(e->target, e->loc);
  e->operand = value(e->operand);
  const Type* from = e->operand->type;
  if (to->isVoid()) {
    e->castKind = CastKind::ToVoid;
    return to;
  }
  if (to->isRecord() && from->isRecord() && sameType(to, from)) {  // a GNU extension, as clang
    e->castKind = CastKind::PointerToPointer;  // the structure stays as it is
    return to->unqualified;
  }
  if (!to->isScalar()) {
    diags_.error(e->loc, "used type " + quotedType(to) + " where arithmetic or pointer type is required");
    return types_.intType();
  }
  if (!from->isScalar()) {
    diags_.error(e->operand->begin, "operand of type " + quotedType(from) +
                                        " where arithmetic or pointer type is required",
                 e->operand->length);
    return to->unqualified;
  }
  to = to->unqualified;
  if (to->isPointer() && from->isFloating()) {
    diags_.error(e->operand->begin, "operand of type " + quotedType(from) +
                                        " cannot be cast to a pointer type", e->operand->length);
    return to;
  }
  if (to->isFloating() && from->isPointer()) {
    diags_.error(e->operand->begin, "pointer cannot be cast to type " + quotedType(to),
                 e->operand->length);
    return to;
  }
  if (to->isArithmetic() && from->isArithmetic()) {
    e->castKind = arithmeticCastKind(from, to);
    if (e->castKind == CastKind::Integral && e->operand->constant)
      e->constant = convertConstant(*e->operand->constant, to);
    e->type = to;
    markArithmeticConstant(e);
  } else if (to->isPointer() && from->isInteger()) {
    e->castKind = isNullPointerConstant(e->operand) ? CastKind::NullToPointer : CastKind::IntegerToPointer;
  } else if (to->isInteger()) {
    e->castKind = CastKind::PointerToInteger;
  } else {
    e->castKind = CastKind::PointerToPointer;
  }
  return to;
}

// "a[i]" is "*(a + i)" (C17 6.5.2.1): one side a pointer, the other an integer.
const Type* Sema::checkSubscript(SubscriptExpr* e) {
  e->base = value(e->base);
  e->index = value(e->index);
  Expr*& pointer = e->base->type->isPointer() ? e->base : e->index;
  Expr*& index = e->base->type->isPointer() ? e->index : e->base;
  if (!pointer->type->isPointer()) {
    diags_.error(e->loc, "subscripted value is not an array, pointer, or vector");
    return types_.intType();
  }
  if (!index->type->isInteger()) {
    diags_.error(e->loc, "array subscript is not an integer");
    return pointer->type->base;
  }
  pointeeSize(pointer, e);
  index = convertTo(index, types_.ptrdiffType());
  e->pointer = pointer;
  e->offset = index;
  e->isLvalue = !pointer->type->base->isFunction();
  return pointer->type->base;
}

// sizeof and _Alignof (C17 6.5.3.4): constants of type size_t; the operand
// is not evaluated.
const Type* Sema::checkSizeOf(SizeOfExpr* e) {
  const Type* of = e->operandType ? resolveType(e->operandType, e->loc) : checkExpr(e->operand);
  std::string what = e->isAlignof ? "alignof" : "sizeof";
  if (of->isFunction()) {
    diags_.error(e->loc, "invalid application of '" + what + "' to a function type", e->length);
  } else if (of->isIncomplete()) {
    diags_.error(e->loc, "invalid application of '" + what + "' to an incomplete type " +
                             quotedType(of), e->length);
    if (of->isRecord())
      diags_.note(of->record->loc, "forward declaration of " + quotedType(of->unqualified),
                  static_cast<unsigned>(std::max<size_t>(of->record->tag.size(), 1)));
  } else {
    e->constant = e->isAlignof ? abi::alignOf(of) : abi::sizeOf(of);
  }
  if (!e->constant) e->constant = 1;
  return types_.sizeType();
}

}  // namespace sema_detail
}  // namespace minicc
