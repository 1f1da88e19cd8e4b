// How GNU-assembler listings (AT&T and Intel) name things: C symbols with
// the target's prefix, clang's local labels (.LBB<f>_<n>), string literals
// (.L.str.N), jump tables (.LJTI<f>_<n>) and floating constants (.LCPI<f>_<n>).
#pragma once

#include "codegen/asm_writer.h"
#include "codegen/machine.h"
#include "codegen/target_info.h"

namespace minicc {

struct GasNames {
  const TargetInfo& target;
  int functionIndex = 0;  // of the function being printed

  void symbol(const mach::Symbol& s, AsmWriter& out) const;
  void block(int label, AsmWriter& out) const;
};

}  // namespace minicc
