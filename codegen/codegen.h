// Code generation: the checked tree in, x86-64 assembly text out
// (AT&T syntax, System V AMD64 ABI, clang's layout).
#pragma once

#include <string>

#include "parser/ast.h"
#include "support/target.h"

namespace minicc {

struct CodegenOptions {
  // A dense switch of 4 or more cases jumps through a table rather than a
  // chain of compares (-fno-jump-tables turns this off, as in clang).
  bool jumpTables = true;
  // -fverbose-asm: comments that tie the assembly to the C source — each
  // statement's line before its code, and where each variable lives.
  bool verboseAsm = false;
};

std::string generateAssembly(const TranslationUnit& unit, Target target,
                             const CodegenOptions& options = {});

}  // namespace minicc
