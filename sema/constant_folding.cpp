#include "sema/constant_folding.h"

#include "codegen/abi.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace minicc {
namespace {

int bitsOf(const Type* type) { return 8 * static_cast<int>(abi::sizeOf(type)); }

// The exact mathematical result, then as the type holds it.
FoldResult exact(__int128 wide, const Type* type) {
  FoldResult r;
  r.value = convertConstant(static_cast<int64_t>(static_cast<uint64_t>(wide)), type);
  if (type->isSigned()) r.overflowed = static_cast<__int128>(*r.value) != wide;
  return r;
}

FoldResult truth(bool b) {
  FoldResult r;
  r.value = b ? 1 : 0;
  return r;
}

}  // namespace

int64_t convertConstant(int64_t value, const Type* to) {
  int bits = bitsOf(to);
  if (bits >= 64 || bits == 0) return value;
  uint64_t mask = (uint64_t{1} << bits) - 1;
  uint64_t low = static_cast<uint64_t>(value) & mask;
  if (to->isSigned() && (low >> (bits - 1)))  // negative: sign-extend
    low |= ~mask;
  return static_cast<int64_t>(low);
}

bool fitsIn(int64_t value, const Type* from, const Type* to) {
  int64_t converted = convertConstant(value, to);
  if (converted != value) return false;
  // The same bits can mean another number: -1 as an unsigned long.
  bool fromNegative = from->isSigned() && value < 0;
  bool toNegative = to->isSigned() && converted < 0;
  return fromNegative == toNegative;
}

FoldResult foldUnary(UnaryOp op, const Type* type, int64_t v) {
  __int128 x = type->isUnsigned() && abi::sizeOf(type) == 8
                   ? static_cast<__int128>(static_cast<uint64_t>(v)) : v;
  switch (op) {
    case UnaryOp::Negate: return exact(-x, type);
    case UnaryOp::Plus: return exact(x, type);
    case UnaryOp::LogicalNot: return truth(v == 0);
    case UnaryOp::BitNot: return exact(~v, type);
    default: return {};
  }
}

FoldResult foldBinary(BinaryOp op, const Type* type, int64_t a, int64_t b) {
  const bool isUnsigned = type->isUnsigned();
  // Exact values: an unsigned long above 2^63 as the positive number it is.
  auto wide = [&](int64_t v) -> __int128 {
    return isUnsigned && abi::sizeOf(type) == 8 ? static_cast<__int128>(static_cast<uint64_t>(v)) : v;
  };
  __int128 x = wide(a), y = wide(b);
  const int bits = bitsOf(type);
  switch (op) {
    case BinaryOp::Mul: return exact(x * y, type);
    case BinaryOp::Div:
    case BinaryOp::Rem: {
      // Left to run time, where they trap as they do in gcc's build.
      if (y == 0) return {};
      __int128 q = x / y, r = x % y;
      if (exact(q, type).overflowed) return {};  // INT_MIN / -1 (and % -1) traps too
      return exact(op == BinaryOp::Div ? q : r, type);
    }
    case BinaryOp::Add: return exact(x + y, type);
    case BinaryOp::Sub: return exact(x - y, type);
    case BinaryOp::Shl: {
      if (b < 0 || b >= bits) return {};  // undefined; the hardware masks the count
      FoldResult r;  // the bits shifted out are dropped, as shl drops them (no warning, as clang)
      r.value = convertConstant(static_cast<int64_t>(static_cast<uint64_t>(a) << b), type);
      return r;
    }
    case BinaryOp::Shr:
      if (b < 0 || b >= bits) return {};
      return exact(x >> b, type);  // arithmetic for signed (sar), logical for unsigned (shr)
    case BinaryOp::Less: return truth(x < y);
    case BinaryOp::LessEqual: return truth(x <= y);
    case BinaryOp::Greater: return truth(x > y);
    case BinaryOp::GreaterEqual: return truth(x >= y);
    case BinaryOp::Equal: return truth(x == y);
    case BinaryOp::NotEqual: return truth(x != y);
    case BinaryOp::BitAnd: return exact(a & b, type);
    case BinaryOp::BitXor: return exact(a ^ b, type);
    case BinaryOp::BitOr: return exact(a | b, type);
    case BinaryOp::LogicalAnd: return truth(a && b);
    case BinaryOp::LogicalOr: return truth(a || b);
    case BinaryOp::Comma: return {};  // never a constant expression (C17 6.6p3)
  }
  return {};
}

}  // namespace minicc

namespace minicc {

double integerToFloating(int64_t value, const Type* from, const Type* to) {
  const bool toFloat = to->kind == TypeKind::Float;
  if (from->isUnsigned()) {
    const uint64_t u = static_cast<uint64_t>(value);
    return toFloat ? static_cast<double>(static_cast<float>(u)) : static_cast<double>(u);
  }
  return toFloat ? static_cast<double>(static_cast<float>(value)) : static_cast<double>(value);
}

double roundToFloating(double value, const Type* to) {
  return to->kind == TypeKind::Float ? static_cast<double>(static_cast<float>(value)) : value;
}

std::optional<int64_t> floatingToInteger(double value, const Type* to) {
  if (std::isnan(value)) return std::nullopt;
  const double truncated = std::trunc(value);
  const int bits = bitsOf(to);
  if (to->isUnsigned()) {
    if (truncated < 0 || truncated >= std::ldexp(1.0, bits)) return std::nullopt;
    return convertConstant(static_cast<int64_t>(static_cast<uint64_t>(truncated)), to);
  }
  if (truncated < -std::ldexp(1.0, bits - 1) || truncated >= std::ldexp(1.0, bits - 1))
    return std::nullopt;
  return static_cast<int64_t>(truncated);
}

int64_t floatingToIntegerAsTarget(double value, const Type* to) {
  if (auto v = floatingToInteger(value, to)) return *v;
  // minicc converts to 32-bit signed types with a 32-bit cvttsd2si and to
  // all others through 64 bits (codegen/floating_codegen.cpp).
  const bool narrowSigned = to->isSigned() && bitsOf(to) <= 32;
  const int64_t indefinite = narrowSigned ? INT32_MIN : INT64_MIN;
  if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0)) {
    if (to->isUnsigned() && bitsOf(to) == 64 && value >= 9223372036854775808.0 &&
        value < 18446744073709551616.0)
      return static_cast<int64_t>(static_cast<uint64_t>(value));
    return convertConstant(indefinite, to);
  }
  const int64_t wide = static_cast<int64_t>(std::trunc(value));
  if (narrowSigned && (wide < INT32_MIN || wide > INT32_MAX)) return convertConstant(indefinite, to);
  return convertConstant(wide, to);
}

std::optional<double> floatingValue(const Expr* e) {
  if (!e->floatingConstant) return std::nullopt;
  switch (e->kind) {
    case ExprKind::FloatLiteral:
      return static_cast<const FloatLiteralExpr*>(e)->value;
    case ExprKind::Cast: {
      auto* c = static_cast<const CastExpr*>(e);
      if (c->castKind == CastKind::IntegralToFloating && c->operand->constant)
        return integerToFloating(*c->operand->constant, c->operand->type, c->type);
      if (auto v = floatingValue(c->operand)) return roundToFloating(*v, c->type);
      return std::nullopt;
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      auto v = floatingValue(u->operand);
      if (!v) return std::nullopt;
      return u->op == UnaryOp::Negate ? -*v : *v;
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      auto l = floatingValue(b->lhs), r = floatingValue(b->rhs);
      if (!l || !r) return std::nullopt;
      // Computed in double and rounded once: exact for float operands, whose
      // products and quotients double holds to more than twice their bits.
      switch (b->op) {
        case BinaryOp::Add: return roundToFloating(*l + *r, e->type);
        case BinaryOp::Sub: return roundToFloating(*l - *r, e->type);
        case BinaryOp::Mul: return roundToFloating(*l * *r, e->type);
        case BinaryOp::Div: return roundToFloating(*l / *r, e->type);
        default: return std::nullopt;
      }
    }
    case ExprKind::Conditional: {
      auto* c = static_cast<const ConditionalExpr*>(e);
      std::optional<bool> cond;
      if (c->cond->constant) cond = *c->cond->constant != 0;
      else if (auto v = floatingValue(c->cond)) cond = *v != 0;
      if (!cond) return std::nullopt;
      return floatingValue(*cond ? c->thenExpr : c->elseExpr);
    }
    default:
      return std::nullopt;
  }
}

}  // namespace minicc

namespace minicc {

int64_t floatingBits(double value, const Type* type) {
  if (type->kind == TypeKind::Float) {
    const float f = static_cast<float>(value);
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
  }
  int64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

std::string formatFloating(double value) {
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

}  // namespace minicc
