// AT&T syntax: "movl %edi, -4(%rbp)" — the width in the mnemonic, sources
// before the destination, '%' on registers, '$' on immediates.
#include <algorithm>
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

char* writeRegister(char* at, mach::Reg r, mach::Width w) {
  const PaddedName& name = kPaddedNames[static_cast<size_t>(r)][widthIndex(w)];
  return AsmWriter::writePadded(at, name.text, name.size);
}

// Most operands are a register, an immediate or an address from registers,
// whose length has a bound: they are written in place (AsmWriter::open),
// with one bounds check for the operand or for a whole instruction of them.
// A symbol's name has no bound, and goes piece by piece.
bool isBounded(const Operand& o) {
  switch (o.kind) {
    case Operand::Kind::Register:
    case Operand::Kind::Immediate:
      return true;
    case Operand::Kind::Memory:
    case Operand::Kind::FrameSlot:
      return o.reg != mach::Reg::IP;
    default:
      return false;
  }
}

// "-8(" "%rbp" "," "%rcx" "," "8" ")", registers padded to eight bytes.
constexpr size_t kLongestBoundedOperand = 2 * AsmWriter::kLongestInt + 2 * 8 + 4;

char* writeBounded(char* at, const Operand& o) {
  switch (o.kind) {
    case Operand::Kind::Register:
      return writeRegister(at, o.reg, o.width);
    case Operand::Kind::Immediate:
      *at++ = '$';
      return AsmWriter::writeInt(at, o.value);
    default:  // an address from registers
      if (o.value) at = AsmWriter::writeInt(at, o.value);
      *at++ = '(';
      at = writeRegister(at, o.reg, mach::Width::Q);
      if (o.scale) {
        *at++ = ',';
        at = writeRegister(at, o.index, mach::Width::Q);
        *at++ = ',';
        at = AsmWriter::writeInt(at, o.scale);
      }
      *at++ = ')';
      return at;
  }
}

}  // namespace

void printAttRegister(mach::Reg r, mach::Width w, AsmWriter& out) {
  out.close(writeRegister(out.open(8), r, w));
}

namespace {

// Whether the instruction's mnemonic is its kPaddedMnemonics entry: all
// but those spelled in parts below.
bool hasPaddedMnemonic(const mach::Inst& inst) {
  switch (inst.op) {
    case Opcode::SignExtendAx:
    case Opcode::Movsx:
    case Opcode::Movzx:
    case Opcode::Jcc:
    case Opcode::Setcc:
    case Opcode::Cmov:
      return false;
    default:
      return !inst.isSse();
  }
}

const PaddedName& paddedMnemonic(const mach::Inst& inst) {
  return kPaddedMnemonics[static_cast<size_t>(inst.op)][widthIndex(inst.width)];
}

void mnemonic(const mach::Inst& inst, AsmWriter& out) {
  if (hasPaddedMnemonic(inst)) {
    const PaddedName& m = paddedMnemonic(inst);
    out.beginPadded(m.text, m.size);
    return;
  }
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
    case Opcode::Cmov:  // the condition, then the width: cmovll, as clang writes it
      out.begin(spellingOf(inst.op).att);
      out.put(conditionSuffix(inst.cond));
      out.put(attWidthLetter(inst.width));
      return;
    default:  // Jcc, Setcc
      out.begin(spellingOf(inst.op).att);
      out.put(conditionSuffix(inst.cond));
      return;
  }
}

}  // namespace

void printAttOperand(const mach::Inst&, const Operand& o, const GasNames& names,
                     AsmWriter& out) {
  if (isBounded(o)) {
    out.close(writeBounded(out.open(kLongestBoundedOperand), o));
    return;
  }
  switch (o.kind) {
    case Operand::Kind::None:
    case Operand::Kind::Register:
    case Operand::Kind::Immediate:
      return;
    case Operand::Kind::Memory:  // relative to %rip
    case Operand::Kind::FrameSlot:
      names.symbol(o.symbol, out);
      if (o.value) {
        if (o.value > 0) out.put('+');
        out.putInt(o.value);
      }
      out.put("(%rip)");
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
  const bool indirect = inst.op == Opcode::JmpIndirect || inst.op == Opcode::CallIndirect;
  int written = 0;  // operands written so far
  if (hasPaddedMnemonic(inst)) {
    // In place: the mnemonic, then each bounded operand after its separator
    // (and a '*' for an address in a register) — for most instructions,
    // all of them.
    constexpr size_t kLongest = 8 + 3 * (2 + 1 + kLongestBoundedOperand);
    const PaddedName& m = paddedMnemonic(inst);
    char* at = AsmWriter::writePadded(out.open(kLongest), m.text, m.size);
    for (; written < inst.operandCount && isBounded(inst.operand(written)); ++written) {
      at = AsmWriter::writeSeparator(at, written);
      if (indirect) *at++ = '*';
      at = writeBounded(at, inst.operand(written));
    }
    out.close(at);
  } else {
    mnemonic(inst, out);
  }
  // The rest piece by piece.
  for (; written < inst.operandCount; ++written) {
    out.close(AsmWriter::writeSeparator(out.open(2), written));
    if (indirect) out.put('*');  // an address in a register
    printAttOperand(inst, inst.operand(written), names, out);
  }
}

}  // namespace minicc
