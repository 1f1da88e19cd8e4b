// Integer constant expressions (C17 6.6) with the int semantics of gcc and
// clang on x86-64: 32-bit two's complement.
#pragma once

#include <cstdint>
#include <optional>

#include "parser/ast.h"

namespace minicc {

struct FoldResult {
  std::optional<int32_t> value;  // nullopt: not a constant (e.g. division by zero)
  bool overflowed = false;       // the exact result did not fit in int
};

FoldResult foldUnary(UnaryOp op, int32_t operand);
FoldResult foldBinary(BinaryOp op, int32_t lhs, int32_t rhs);

}  // namespace minicc
