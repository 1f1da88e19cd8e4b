// The spellings of opcodes.def, for the printers.
#pragma once

#include <string_view>

#include "codegen/machine.h"

namespace minicc {

struct OpcodeSpelling {
  std::string_view att, intel, plan9;
};

inline const OpcodeSpelling& spellingOf(mach::Opcode op) {
  static constexpr OpcodeSpelling kSpellings[] = {
#define MINICC_OPCODE(name, att, intel, plan9) {att, intel, plan9},
#include "codegen/opcodes.def"
#undef MINICC_OPCODE
  };
  return kSpellings[static_cast<int>(op)];
}

// A stem ending in '=' is a whole mnemonic; the others take the width.
inline bool isWholeMnemonic(std::string_view stem) { return !stem.empty() && stem.back() == '='; }
inline std::string_view withoutMark(std::string_view stem) {
  return isWholeMnemonic(stem) ? stem.substr(0, stem.size() - 1) : stem;
}

// AT&T's and Intel's condition suffixes: "jl", "setge", "ja".
inline std::string_view conditionSuffix(mach::Cond c) {
  static constexpr std::string_view kSuffixes[] = {"e", "ne", "l", "le", "g", "ge", "b", "be", "a", "ae"};
  return kSuffixes[static_cast<int>(c)];
}

// AT&T's and Plan 9's width letters.
inline char attWidthLetter(mach::Width w) {
  switch (w) {
    case mach::Width::B: return 'b';
    case mach::Width::W: return 'w';
    case mach::Width::L: return 'l';
    case mach::Width::Q: return 'q';
  }
  return 'l';
}


}  // namespace minicc
