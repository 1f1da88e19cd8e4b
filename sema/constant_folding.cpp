#include "sema/constant_folding.h"

namespace minicc {
namespace {

FoldResult exact(int64_t wide) {
  FoldResult r;
  r.value = static_cast<int32_t>(static_cast<uint32_t>(wide));  // wraps, as the hardware does
  r.overflowed = wide < INT32_MIN || wide > INT32_MAX;
  return r;
}

}  // namespace

FoldResult foldUnary(UnaryOp op, int32_t v) {
  switch (op) {
    case UnaryOp::Negate: return exact(-static_cast<int64_t>(v));
    case UnaryOp::Plus: return exact(v);
    case UnaryOp::LogicalNot: return exact(v == 0);
    case UnaryOp::BitNot: return exact(~v);
  }
  return {};
}

FoldResult foldBinary(BinaryOp op, int32_t a, int32_t b) {
  int64_t x = a, y = b;
  switch (op) {
    case BinaryOp::Mul: return exact(x * y);
    case BinaryOp::Div:
    case BinaryOp::Rem:
      // Left to run time, where they trap as they do in gcc's build.
      if (b == 0 || (a == INT32_MIN && b == -1)) return {};
      return exact(op == BinaryOp::Div ? x / y : x % y);
    case BinaryOp::Add: return exact(x + y);
    case BinaryOp::Sub: return exact(x - y);
    case BinaryOp::Shl:
      if (b < 0 || b > 31) return {};  // undefined; the hardware masks the count
      return exact(static_cast<int32_t>(static_cast<uint32_t>(a) << b));
    case BinaryOp::Shr:
      if (b < 0 || b > 31) return {};
      return exact(a >> b);  // arithmetic shift, as sarl
    case BinaryOp::Less: return exact(a < b);
    case BinaryOp::LessEqual: return exact(a <= b);
    case BinaryOp::Greater: return exact(a > b);
    case BinaryOp::GreaterEqual: return exact(a >= b);
    case BinaryOp::Equal: return exact(a == b);
    case BinaryOp::NotEqual: return exact(a != b);
    case BinaryOp::BitAnd: return exact(a & b);
    case BinaryOp::BitXor: return exact(a ^ b);
    case BinaryOp::BitOr: return exact(a | b);
    case BinaryOp::LogicalAnd: return exact(a && b);
    case BinaryOp::LogicalOr: return exact(a || b);
    case BinaryOp::Comma: return {};  // never a constant expression (C17 6.6p3)
  }
  return {};
}

}  // namespace minicc
