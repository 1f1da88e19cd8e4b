// AT&T syntax: "movl %edi, -4(%rbp)" — the width in the mnemonic, sources
// before the destination, '%' on registers, '$' on immediates.
#include <array>
#include <iterator>

#include "codegen/gas_syntax.h"
#include "codegen/opcode_spellings.h"
#include "codegen/registers.h"

namespace minicc {

using mach::Opcode;
using mach::Operand;

namespace {

// Every register's AT&T names, '%' and all, padded for AsmWriter::putPadded
// (an operand is a register more often than anything else).
struct PaddedName {
  char text[8] = {};
  uint8_t size = 0;
};
using PaddedNames = std::array<std::array<PaddedName, 4>, std::size(kRegisterNames)>;

// The tables' column for a width: B, W, L, Q, looked up by the width's
// bytes (1, 2, 4, 8) rather than switched on, once per register printed.
constexpr uint8_t kWidthColumns[9] = {0, 0, 1, 0, 2, 0, 0, 0, 3};
constexpr int widthIndex(mach::Width w) { return kWidthColumns[static_cast<int>(w)]; }

constexpr PaddedNames makePaddedNames() {
  PaddedNames table{};
  for (size_t r = 0; r < table.size(); ++r) {
    for (mach::Width w : {mach::Width::B, mach::Width::W, mach::Width::L, mach::Width::Q}) {
      std::string_view name = registerName(static_cast<mach::Reg>(r), w);
      PaddedName& padded = table[r][widthIndex(w)];
      padded.text[0] = '%';
      for (size_t i = 0; i < name.size(); ++i) padded.text[i + 1] = name[i];
      padded.size = static_cast<uint8_t>(name.size() + 1);
    }
  }
  return table;
}
constexpr PaddedNames kPaddedNames = makePaddedNames();

// The start of most instruction lines, for each opcode at each width: a TAB,
// the stem and the width letter ("\tmovl"), or a TAB and a whole mnemonic
// ("\tretq"); a mnemonic longer than eight bytes fails to compile. Empty
// for SSE, which mnemonic() spells otherwise.
constexpr std::string_view kAttStems[] = {
#define MINICC_OPCODE(name, att, intel, plan9) att,
#include "codegen/opcodes.def"
#undef MINICC_OPCODE
};
using PaddedMnemonics = std::array<std::array<PaddedName, 4>, std::size(kAttStems)>;

constexpr PaddedMnemonics makePaddedMnemonics() {
  PaddedMnemonics table{};
  for (size_t op = 0; op < table.size(); ++op) {
    const std::string_view stem = kAttStems[op];
    if (static_cast<Opcode>(op) >= Opcode::MovS && static_cast<Opcode>(op) <= Opcode::Movaps)
      continue;  // SSE: a precision, not a width
    for (mach::Width w : {mach::Width::B, mach::Width::W, mach::Width::L, mach::Width::Q}) {
      PaddedName& padded = table[op][widthIndex(w)];
      const std::string_view bare = withoutMark(stem);
      padded.text[0] = '\t';
      for (size_t i = 0; i < bare.size(); ++i) padded.text[i + 1] = bare[i];
      padded.size = static_cast<uint8_t>(bare.size() + 1);
      if (!isWholeMnemonic(stem)) padded.text[padded.size++] = attWidthLetter(w);
    }
  }
  return table;
}
constexpr PaddedMnemonics kPaddedMnemonics = makePaddedMnemonics();

// Inlined into the operand printer, where most registers are printed.
inline void putRegister(mach::Reg r, mach::Width w, AsmWriter& out) {
  const PaddedName& name = kPaddedNames[static_cast<size_t>(r)][widthIndex(w)];
  out.putPadded(name.text, name.size);
}

}  // namespace

void printAttRegister(mach::Reg r, mach::Width w, AsmWriter& out) { putRegister(r, w, out); }

namespace {

void mnemonic(const mach::Inst& inst, AsmWriter& out) {
  if (inst.op == Opcode::SignExtendAx) {  // %eax into %edx:%eax, or %rax into %rdx:%rax
    out.begin(inst.width == mach::Width::Q ? "cqto" : "cltd");
    return;
  }
  if (inst.isSse()) {  // a precision, not a width: addsd, cvtsi2sdl
    out.begin(gasSseMnemonic(inst, /*att=*/true));
    return;
  }
  switch (inst.op) {
    case Opcode::Movsx:  // movsbl, movslq: the source's width, then the destination's
    case Opcode::Movzx:
      out.begin(spellingOf(inst.op).att);
      out.put(attWidthLetter(inst.fromWidth));
      out.put(attWidthLetter(inst.width));
      return;
    case Opcode::Jcc:
    case Opcode::Setcc:
      out.begin(spellingOf(inst.op).att);
      out.put(conditionSuffix(inst.cond));
      return;
    case Opcode::Cmov:  // the condition, then the width: cmovll, as clang writes it
      out.begin(spellingOf(inst.op).att);
      out.put(conditionSuffix(inst.cond));
      out.put(attWidthLetter(inst.width));
      return;
    default: {
      const PaddedName& m = kPaddedMnemonics[static_cast<size_t>(inst.op)][widthIndex(inst.width)];
      out.beginPadded(m.text, m.size);
      return;
    }
  }
}

}  // namespace

void printAttOperand(const mach::Inst&, const Operand& o, const GasNames& names,
                     AsmWriter& out) {
  switch (o.kind) {
    case Operand::Kind::None:
      return;
    case Operand::Kind::Register:
      putRegister(o.reg, o.width, out);
      return;
    case Operand::Kind::Immediate:
      out.put('$');
      out.putInt(o.value);
      return;
    case Operand::Kind::Memory:
    case Operand::Kind::FrameSlot:
      if (o.reg == mach::Reg::IP) {
        names.symbol(o.symbol, out);
        if (o.value) {
          if (o.value > 0) out.put('+');
          out.putInt(o.value);
        }
        out.put("(%rip)");
        return;
      }
      if (o.value) out.putInt(o.value);
      out.put('(');
      putRegister(o.reg, mach::Width::Q, out);
      if (o.scale) {
        out.put(',');
        putRegister(o.index, mach::Width::Q, out);
        out.put(',');
        out.putInt(o.scale);
      }
      out.put(')');
      return;
    case Operand::Kind::Block:
      names.block(static_cast<int>(o.value), out);
      return;
    case Operand::Kind::Target:
      names.symbol(o.symbol, out);
      return;
  }
}

void printAttInstruction(const mach::Inst& inst, const GasNames& names, AsmWriter& out) {
  mnemonic(inst, out);
  const bool indirect = inst.op == Opcode::JmpIndirect || inst.op == Opcode::CallIndirect;
  for (int i = 0; i < inst.operandCount; ++i) {
    out.operand();
    if (indirect) out.put('*');  // an address in a register
    printAttOperand(inst, inst.operand(i), names, out);
  }
}

}  // namespace minicc
