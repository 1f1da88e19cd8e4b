// C's conversions (C17 6.3): the integer promotions, the usual arithmetic
// conversions, array and function decay, and conversion as if by
// assignment with the diagnostics clang gives for each way it can go wrong.
// Every conversion sema makes is an implicit CastExpr in the tree, so
// codegen sees each operator's operands in the types it works on.
#include "codegen/abi.h"
#include "sema/constant_folding.h"
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

// C17 6.3.1.1p2: types ranked below int become int (all their values fit).
const Type* Sema::promote(const Type* t) const {
  t = t->unqualified;
  if (t->kind == TypeKind::Enum || (t->isInteger() && t->rank() < types_.intType()->rank()))
    return types_.intType();
  return t;
}

// C17 6.3.1.8: the type both operands of an arithmetic operator take.
const Type* Sema::commonType(const Type* a, const Type* b) const {
  // Most operands are plain ints, which stay what they are.
  if (a->unqualified == types_.intType() && b->unqualified == types_.intType())
    return types_.intType();
  // A floating operand makes both floating: double if either is (C17 6.3.1.8p1).
  if (a->isFloating() || b->isFloating()) {
    return a->unqualified->kind == TypeKind::Double || b->unqualified->kind == TypeKind::Double
               ? types_.doubleType() : types_.basic(TypeKind::Float);
  }
  a = promote(a);
  b = promote(b);
  if (a == b) return a;
  if (a->isUnsigned() == b->isUnsigned()) return a->rank() >= b->rank() ? a : b;
  const Type* u = a->isUnsigned() ? a : b;
  const Type* s = a->isUnsigned() ? b : a;
  if (u->rank() >= s->rank()) return u;
  if (abi::sizeOf(s) > abi::sizeOf(u)) return s;  // the signed type holds every value
  // Otherwise the unsigned type of the signed one's rank: long long with
  // unsigned long is unsigned long long.
  return types_.basic(static_cast<TypeKind>(static_cast<int>(s->kind) + 1));
}

bool Sema::isNullPointerConstant(const Expr* e) const {
  // An integer constant 0, possibly cast to void * (C17 6.3.2.3p3).
  if (e->type && e->type->isInteger() && e->constant && *e->constant == 0) return true;
  if (e->kind == ExprKind::Cast) {
    auto* c = static_cast<const CastExpr*>(e);
    return c->type->isPointer() && c->type->base->isVoid() && isNullPointerConstant(c->operand);
  }
  return false;
}

Expr* Sema::implicitCast(Expr* e, const Type* to, CastKind kind) {
  auto* cast = ast_.make<CastExpr>(e->loc, e, to);
  cast->implicit = true;
  cast->castKind = kind;
  cast->type = to;
  cast->begin = e->begin;
  cast->length = e->length;
  cast->parenthesized = e->parenthesized;
  if (kind == CastKind::Integral && e->constant) cast->constant = convertConstant(*e->constant, to);
  if (kind == CastKind::NullToPointer) cast->constant = 0;
  markArithmeticConstant(cast);
  return cast;
}

// A conversion between arithmetic types of a constant is a constant: a
// floating one, or an integer truncated from a floating one when it fits.
void Sema::markArithmeticConstant(CastExpr* cast) {
  const Expr* operand = cast->operand;
  switch (cast->castKind) {
    case CastKind::IntegralToFloating:
      cast->floatingConstant = operand->constant.has_value();
      break;
    case CastKind::FloatingCast:
      cast->floatingConstant = operand->floatingConstant;
      break;
    case CastKind::FloatingToIntegral:
      if (auto v = floatingValue(operand)) cast->constant = floatingToIntegerAsTarget(*v, cast->type);
      break;
    default:
      break;
  }
}

// The cast that converts an arithmetic `from` into an arithmetic `to`.
CastKind arithmeticCastKind(const Type* from, const Type* to) {
  if (from->isFloating() && to->isFloating()) return CastKind::FloatingCast;
  if (from->isFloating()) return CastKind::FloatingToIntegral;
  if (to->isFloating()) return CastKind::IntegralToFloating;
  return CastKind::Integral;
}

// An lvalue or function designator used as a value (C17 6.3.2.1): an array
// becomes a pointer to its first element, a function a pointer to it.
Expr* Sema::decayToPointer(Expr* e) {
  if (e->type->isArray())
    return implicitCast(e, types_.pointerTo(e->type->base), CastKind::ArrayToPointer);
  if (e->type->isFunction())
    return implicitCast(e, types_.pointerTo(e->type), CastKind::FunctionToPointer);
  return e;
}

// `e`, known to be convertible, as a value of type `to`.
Expr* Sema::convertTo(Expr* e, const Type* to) {
  const Type* from = e->type;
  if (from->unqualified == to->unqualified) return e;  // the same type, qualifiers aside
  if (to->isVoid()) return implicitCast(e, to, CastKind::ToVoid);
  if (to->isArithmetic() && from->isArithmetic()) {
    if (from->unqualified == to->unqualified) return e;
    return implicitCast(e, to->unqualified, arithmeticCastKind(from, to));
  }
  if (to->isPointer()) {
    if (from->isInteger())
      return implicitCast(e, to, isNullPointerConstant(e) ? CastKind::NullToPointer
                                                          : CastKind::IntegerToPointer);
    if (sameType(from, to)) return e;
    return implicitCast(e, to, CastKind::PointerToPointer);
  }
  if (to->isInteger() && from->isPointer()) return implicitCast(e, to, CastKind::PointerToInteger);
  return e;
}

// The usual arithmetic conversions applied to two operands in place; the
// type they now share.
const Type* Sema::convertOperands(Expr*& lhs, Expr*& rhs) {
  const Type* common = commonType(lhs->type, rhs->type);
  lhs = convertTo(lhs, common);
  rhs = convertTo(rhs, common);
  return common;
}

namespace {

// Whether a pointer to `from` may become one to `to` without a cast, as far
// as qualifiers go: the target must have every qualifier of the source.
bool keepsQualifiers(const Type* to, const Type* from) {
  return (to->isConst || !from->isConst) && (to->isVolatile || !from->isVolatile);
}

}  // namespace

namespace {

// How clang words each conversion as if by assignment: "assigning to 'int'
// from 'char *'", "passing 'char *' to parameter of type 'int'" ...
std::string phrase(Conversion action, const std::string& to, const std::string& from,
                   bool incompatible) {
  std::string kind = incompatible ? "incompatible " : "";
  switch (action) {
    case Conversion::Assigning: return "assigning to " + to + " from " + kind + (incompatible ? "type " : "") + from;
    case Conversion::Initializing: return "initializing " + to + " with an expression of " + kind + "type " + from;
    case Conversion::Passing: return "passing " + from + " to parameter of " + kind + "type " + to;
    case Conversion::Returning:
      return "returning " + from + " from a function with " + kind + "result type " + to;
  }
  return "";
}

}  // namespace

// Where C wants an integer constant expression (C17 6.6p6) and `e` is none:
// a floating one is named by its type, as clang does.
void Sema::notIntegerConstant(const Expr* e) {
  if (e->type->isFloating())
    diags_.error(e->begin, "integer constant expression must have integer type, not " +
                               quotedType(e->type), e->length);
  else
    diags_.error(e->begin, "expression is not an integer constant expression", e->length);
}

// clang's -Wliteral-conversion and friends: a floating constant whose
// value an integer target does not keep ("int i = 2.5;"), or cannot hold.
void Sema::warnFloatingConversion(const Expr* e, const Type* to) {
  if (!e->type->isFloating() || !to->isInteger()) return;
  auto v = floatingValue(e);
  if (!v) return;
  const std::string fromName = quotedType(e->type), toName = quotedType(to);
  auto converted = floatingToInteger(*v, to);
  if (!converted) {
    diags_.warning(e->begin, "implicit conversion of out of range value from " + fromName + " to " +
                                 toName + " is undefined", "literal-conversion", e->length);
  } else {
    // As a number of `to`: an unsigned long above 2^63 reads negative here.
    const bool unsigned64 = to->isUnsigned() && abi::sizeOf(to) == 8;
    const double kept = unsigned64 ? static_cast<double>(static_cast<uint64_t>(*converted))
                                   : static_cast<double>(*converted);
    if (kept != *v)
      diags_.warning(e->begin, "implicit conversion from " + fromName + " to " + toName +
                                   " changes value from " + formatFloating(*v) + " to " +
                                   (unsigned64 ? std::to_string(static_cast<uint64_t>(*converted))
                                               : std::to_string(*converted)),
                     "literal-conversion", e->length);
  }
}

// Conversion as if by assignment (C17 6.5.16.1), for =, initialisers,
// arguments and return: `e` (already a value) as a `to`, or a diagnostic
// worded and placed as clang's (`at`: the '=' of an assignment, else the value).
Expr* Sema::convertForAssignment(const Type* to, Expr* e, Conversion action, SourceLoc at,
                                 unsigned length) {
  const Type* from = e->type;
  // The types as diagnostics name them, spelled only when one is reported.
  auto toName = [to] { return quotedType(to); };
  // A function is named by its own type, as clang does: 'int (int)'.
  const Type* shown = from;
  // So is an array: 'char[2]' for "s".
  if (e->kind == ExprKind::Cast && (static_cast<CastExpr*>(e)->castKind == CastKind::FunctionToPointer ||
                                    static_cast<CastExpr*>(e)->castKind == CastKind::ArrayToPointer))
    shown = static_cast<CastExpr*>(e)->operand->type;
  auto fromName = [shown] { return quotedType(shown); };
  // clang-14 makes these warnings (-Wint-conversion, -Wincompatible-pointer-types
  // ...); the value still converts.
  auto warn = [&](const std::string& message, const char* flag) {
    diags_.warning(at, message, flag, length);
  };
  if (to->isInteger() && from->isInteger()) {
    if (e->constant) {
      // Bits lost, as in "char c = 300;": clang's -Wconstant-conversion
      // warns when the value fits the target's width neither signed nor
      // unsigned ("unsigned char u = -1;" is fine).
      int64_t converted = convertConstant(*e->constant, to);
      int bits = 8 * static_cast<int>(abi::sizeOf(to));
      bool fromUnsigned64 = from->isUnsigned() && abi::sizeOf(from) == 8;
      bool fits = bits >= 64 ||
                  (!(fromUnsigned64 && *e->constant < 0) &&
                   *e->constant >= -(int64_t{1} << (bits - 1)) && *e->constant < (int64_t{1} << bits));
      if (!fits)
        diags_.warning(e->begin, "implicit conversion from " + fromName() + " to " + toName() +
                                     " changes value from " + std::to_string(*e->constant) +
                                     " to " + std::to_string(converted),
                       "constant-conversion", e->length);
    }
    return convertTo(e, to);
  }
  if (to->isArithmetic() && from->isArithmetic()) {
    warnFloatingConversion(e, to);
    return convertTo(e, to);
  }
  if (to->isPointer() && from->isPointer()) {
    const Type* target = to->base;
    const Type* source = from->base;
    bool compatible = sameType(target->unqualified, source->unqualified) ||
                      target->isVoid() || source->isVoid();
    if (compatible && !keepsQualifiers(target, source))
      warn(phrase(action, toName(), fromName(), false) + " discards qualifiers",
           "incompatible-pointer-types-discards-qualifiers");
    else if (!compatible)
      warn("incompatible pointer types " + phrase(action, toName(), fromName(), false),
           "incompatible-pointer-types");
    return convertTo(e, to);
  }
  if (to->isRecord() && from->isRecord() && sameType(to, from)) return e;  // copied whole
  if (to->isPointer() && isNullPointerConstant(e)) return convertTo(e, to);
  if (to->isPointer() && from->isInteger()) {
    warn("incompatible integer to pointer conversion " + phrase(action, toName(), fromName(), false),
         "int-conversion");
    return convertTo(e, to);
  }
  if (to->isInteger() && from->isPointer()) {
    warn("incompatible pointer to integer conversion " + phrase(action, toName(), fromName(), false),
         "int-conversion");
    return convertTo(e, to);
  }
  diags_.error(at, phrase(action, toName(), fromName(), true), length);
  e->type = to;  // reported: what follows sees the type it expects
  return e;
}

}  // namespace sema_detail
}  // namespace minicc
