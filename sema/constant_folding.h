// Integer constant expressions (C17 6.6), computed as gcc and clang compute
// them on x86-64: each type's width and sign, two's complement, unsigned
// arithmetic modulo 2^N.
//
// A value of type T is kept in an int64_t normalised to T: the low
// width(T) bits, sign-extended for a signed type and zero-extended for an
// unsigned one narrower than 64 bits (so an unsigned int is never negative
// here, and an unsigned long above 2^63 is).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "parser/ast.h"

namespace minicc {

struct FoldResult {
  std::optional<int64_t> value;  // nullopt: not a constant (e.g. division by zero)
  bool overflowed = false;       // the exact result did not fit in the signed type
};

// `value` (of any type) as a value of integer type `to` (C17 6.3.1.3).
int64_t convertConstant(int64_t value, const Type* to);
// Whether `value` of type `from` keeps its value as a `to`.
bool fitsIn(int64_t value, const Type* from, const Type* to);

// The operands have the operator's operand type `type` (after the usual
// arithmetic conversions, or promotion for unary operators and shifts);
// comparisons and ! give an int.
FoldResult foldUnary(UnaryOp op, const Type* type, int64_t operand);
FoldResult foldBinary(BinaryOp op, const Type* type, int64_t lhs, int64_t rhs);

// ---- arithmetic constant expressions of floating type (C17 6.6p8), as the
// target computes them: IEEE binary64 and binary32, rounded to nearest,
// no excess precision (SSE, psABI 3.1.2).

// An integer constant of type `from` as a `to` (float or double), rounded once.
double integerToFloating(int64_t value, const Type* from, const Type* to);
// `value` rounded to the floating type `to` (float, or double: unchanged).
double roundToFloating(double value, const Type* to);
// `value` truncated toward zero as an integer `to`, when the result is in
// the range of `to` (C17 6.3.1.4p1: otherwise the behaviour is undefined).
std::optional<int64_t> floatingToInteger(double value, const Type* to);
// What the target's conversion gives for any `value`, in range or not (x86's
// cvttsd2si answers 0x80...0 when the result does not fit): the value of a
// constant conversion whose behaviour C leaves undefined.
int64_t floatingToIntegerAsTarget(double value, const Type* to);
// The value of an expression sema marked floatingConstant, and of the
// integer constants beneath the conversions it is made of; nullopt for
// anything else. Its cost is the size of the constant expression.
std::optional<double> floatingValue(const Expr* e);
// The bits of `value` as the floating type `type` stores it: binary64, or
// binary32 in the low half.
int64_t floatingBits(double value, const Type* type);
// The shortest decimal spelling that reads back as `value`: "2.5", "0.1".
std::string formatFloating(double value);

}  // namespace minicc
