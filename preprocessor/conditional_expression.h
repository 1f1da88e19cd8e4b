// The integer constant expression of #if and #elif (C11 6.10.1): computed in
// 64 bits, signed like intmax_t unless an operand is unsigned (a u suffix or a
// constant too large for intmax_t), with every C operator but assignment.
#pragma once

#include <optional>
#include <vector>

#include "lexer/token.h"
#include "support/diagnostics.h"

namespace minicc {

// `tokens` is the line after macro expansion, with `defined` already replaced
// by 0 or 1; identifiers left over (keywords too) count as 0. `endOfLine` is
// where a missing operand is reported. Returns nullopt after reporting an
// error (the caller treats the group as false, as clang does).
std::optional<bool> evaluateConditionalExpression(const std::vector<Token>& tokens,
                                                  SourceLoc endOfLine, Diagnostics& diags);

}  // namespace minicc
