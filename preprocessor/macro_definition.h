// Reading a #define line into a Macro (C11 6.10.3), with clang's diagnostics
// for malformed definitions.
#pragma once

#include <optional>
#include <vector>

#include "lexer/token.h"
#include "preprocessor/macro.h"
#include "support/diagnostics.h"

namespace minicc {

// `line` holds the tokens after `#define` up to the end of the line; a
// missing name is reported at `endOfLine`. nullopt after an error.
std::optional<Macro> parseMacroDefinition(const std::vector<Token>& line, SourceLoc endOfLine,
                                          Diagnostics& diags);

// Checks a name given to #define, #undef, #ifdef or #ifndef; reports and
// returns false when it is missing, not an identifier, or `defined`.
bool checkMacroName(const std::vector<Token>& line, SourceLoc endOfLine, Diagnostics& diags,
                    bool definingOrUndefining);

}  // namespace minicc
