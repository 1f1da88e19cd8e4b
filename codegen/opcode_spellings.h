// The spellings of opcodes.def, for the printers.
#pragma once

#include <string>
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
constexpr bool isWholeMnemonic(std::string_view stem) { return !stem.empty() && stem.back() == '='; }
constexpr std::string_view withoutMark(std::string_view stem) {
  return isWholeMnemonic(stem) ? stem.substr(0, stem.size() - 1) : stem;
}

// AT&T's and Intel's condition suffixes: "jl", "setge", "ja".
inline std::string_view conditionSuffix(mach::Cond c) {
  static constexpr std::string_view kSuffixes[] = {"e", "ne", "l", "le", "g",  "ge",
                                                   "b", "be", "a", "ae", "p", "np"};
  return kSuffixes[static_cast<int>(c)];
}

// AT&T's and Plan 9's width letters.
constexpr char attWidthLetter(mach::Width w) {
  switch (w) {
    case mach::Width::B: return 'b';
    case mach::Width::W: return 'w';
    case mach::Width::L: return 'l';
    case mach::Width::Q: return 'q';
  }
  return 'l';
}

// ---------------------------------------------------------------- SSE
// An SSE operation's precision letter: Q a double ("sd"), L a float ("ss").
inline char precisionLetter(mach::Width w) { return w == mach::Width::Q ? 'd' : 's'; }
inline char upper(char c) { return static_cast<char>(c - 'a' + 'A'); }

// The precision CvtS2S converts from: the other one.
inline mach::Width otherPrecision(mach::Width w) {
  return w == mach::Width::Q ? mach::Width::L : mach::Width::Q;
}

// An SSE mnemonic as GNU as spells it, AT&T and Intel alike but that AT&T
// names cvtsi2sd's integer width, "cvtsi2sdl", which Intel leaves to the
// operand. (The AT&T column's '=' says which stems are whole: Intel's
// column has no marks.) Only for inst.isSse().
inline std::string gasSseMnemonic(const mach::Inst& inst, bool att) {
  const OpcodeSpelling& spelling = spellingOf(inst.op);
  std::string m(withoutMark(att ? spelling.att : spelling.intel));
  if (isWholeMnemonic(spelling.att)) return m;
  switch (inst.op) {
    case mach::Opcode::CvtSi2S:  // cvtsi2sd + l/q
      m += precisionLetter(inst.width);
      if (att) m += attWidthLetter(inst.fromWidth);
      return m;
    case mach::Opcode::CvttS2Si:  // cvttsd2si: the register says the integer's width
      return m + precisionLetter(inst.fromWidth) + "2si";
    case mach::Opcode::CvtS2S:  // cvtss2sd, cvtsd2ss
      return m + precisionLetter(otherPrecision(inst.width)) + "2s" + precisionLetter(inst.width);
    case mach::Opcode::MovGV:  // Intel SDM vol. 2, "MOVD/MOVQ": 32 bits are movd
      return m + (inst.width == mach::Width::Q ? 'q' : 'd');
    default:
      return m + precisionLetter(inst.width);
  }
}

// The same in Go's spelling, which names the integer side by its width
// letter: CVTSL2SD, CVTTSD2SQ, and MOVQ/MOVL for movq/movd.
inline std::string plan9SseMnemonic(const mach::Inst& inst, std::string_view stem) {
  std::string m(withoutMark(stem));
  if (isWholeMnemonic(stem)) return m;
  const char widthLetter = upper(attWidthLetter(inst.width));
  switch (inst.op) {
    case mach::Opcode::CvtSi2S:
      return m + upper(attWidthLetter(inst.fromWidth)) + "2S" + upper(precisionLetter(inst.width));
    case mach::Opcode::CvttS2Si:
      return m + upper(precisionLetter(inst.fromWidth)) + "2S" + widthLetter;
    case mach::Opcode::CvtS2S:
      return m + upper(precisionLetter(otherPrecision(inst.width))) + "2S" +
             upper(precisionLetter(inst.width));
    case mach::Opcode::MovGV:
      return m + widthLetter;
    default:
      return m + upper(precisionLetter(inst.width));
  }
}

}  // namespace minicc
