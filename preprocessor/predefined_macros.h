// The macros defined before the main file is read: minicc's predefined
// macros (as a "<built-in>" file of #defines) and the -D/-U options (as a
// "<command line>" file), so both go through ordinary #define handling and
// diagnostics about them point somewhere, as in clang.
#pragma once

#include <string>
#include <vector>

#include "preprocessor/preprocessor.h"
#include "support/target.h"

namespace minicc {

std::string predefinedMacrosText(Target target);

// -D NAME → #define NAME 1, -D NAME=VALUE → #define NAME VALUE,
// -U NAME → #undef NAME; one line each, in command-line order.
std::string commandLineMacrosText(const std::vector<MacroDefinitionOption>& options);

}  // namespace minicc
