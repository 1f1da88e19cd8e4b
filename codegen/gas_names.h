// How GNU-assembler listings (AT&T and Intel) name things: C symbols with
// the target's prefix, clang's local labels (.LBB<f>_<n>), string literals
// (.L.str.N), jump tables (.LJTI<f>_<n>) and floating constants (.LCPI<f>_<n>).
#pragma once

#include <string>

#include "codegen/asm_writer.h"
#include "codegen/machine.h"
#include "codegen/target_info.h"

namespace minicc {

class GasNames {
 public:
  // `functionIndex`: of the function being printed, for its labels and tables.
  explicit GasNames(const TargetInfo& target, int functionIndex = 0);

  void symbol(const mach::Symbol& s, AsmWriter& out) const;
  void block(int label, AsmWriter& out) const;

 private:
  const TargetInfo& target_;
  int functionIndex_;
  // ".LBB3_": how every block label of the function begins, spelled once
  // (a listing names a block at each jump to it and at its start), padded
  // so that one sixteen-byte copy writes it.
  static constexpr size_t kLongestBlockPrefix = 16;  // ".LBB2147483647_"
  char blockPrefix_[kLongestBlockPrefix] = {};
  size_t blockPrefixSize_ = 0;
};

}  // namespace minicc
