// Code generation: the checked tree in, x86-64 assembly text out
// (AT&T syntax, System V AMD64 ABI, clang's layout).
#pragma once

#include <string>

#include "parser/ast.h"
#include "support/target.h"

namespace minicc {

std::string generateAssembly(const TranslationUnit& unit, Target target);

}  // namespace minicc
