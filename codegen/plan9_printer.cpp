// Listings in the Plan 9 notation of Go's assembler (go tool asm), the one
// the project's second note teaches: the same machine instructions as the
// AT&T listing, written as Go writes them.
//
//   TEXT ·add3(SB), NOSPLIT|NOFRAME, $0-0   a function; minicc makes its own
//                                           frame, so Go's assembler must not
//   MOVL DI, -4(BP)  // a                   sources first, as in AT&T; registers
//                                           without '%' or size (AX, not EAX),
//                                           the width in the mnemonic
//   CMPL AX, $10                            but CMP reads left to right: AX < 10
//   MOVL ·counter(SB), AX                   globals against the static base SB
//   DATA / GLOBL                            data, 8 bytes a DATA line at most
//   ADJSP $16                               SUBQ $16, SP: Go's assembler must see
//                                           every move of SP (see movesStackPointer)
//   ADDSD X1, X0; CVTSL2SD AX, X0           SSE: X0-X15, the precision in the
//                                           mnemonic; UCOMISD X1, X0 is not
//                                           reversed (it is ucomisd %xmm1, %xmm0)
//   MULSD lcpi0·1<>(SB), X0                 a floating constant: read-only data
//                                           of this file, before the TEXT
//
// Frame slots are the hardware %rbp offsets, with the variable's name as a
// comment: Go's pseudo-registers (x-8(SP), a+0(FP)) count from other places
// and would make the listing harder to set beside the AT&T one.
//
// Names: ·f for a C name with external linkage (Go's "this package's f"),
// f<> for a static one. The names minicc makes up contain '·', which Go
// reads as '.', so that no C identifier can take them: the static local n
// of f is f·n<> (the symbol f.n, as in the AT&T listing) and string literal
// N is str·N<>. (They were f_n<> and str_1<>, but Go refuses a file in which
// those meet a static f_n or str: "symbol str listed multiple times".)
#include <string>

#include "codegen/asm_writer.h"
#include "codegen/float_spelling.h"
#include "codegen/listing_comments.h"
#include "codegen/opcode_spellings.h"
#include "codegen/printer.h"
#include "codegen/registers.h"
#include "lexer/literals.h"

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Width;

std::string_view condition(mach::Cond c) {
  // PS and PC: parity set and clear (JPS, SETPC)
  static constexpr std::string_view kConditions[] = {"EQ", "NE", "LT", "LE", "GT", "GE",
                                                     "CS", "LS", "HI", "CC", "PS", "PC"};
  return kConditions[static_cast<int>(c)];
}

// Go's assembler keeps count of how far the stack pointer has moved, to
// check that every RET finds it where the function began and for its
// unwinding tables. It counts PUSH, POP and ADJSP but not an ADD or SUB on
// SP, so those are written as ADJSP, which it encodes as that same ADD or
// SUB. (minicc drops pushed call arguments with ADDQ; uncounted, they make
// "unbalanced PUSH/POP".)
bool movesStackPointer(const Inst& inst) {
  return (inst.op == Opcode::Add || inst.op == Opcode::Sub) && inst.width == Width::Q &&
         inst.operand(0).isImmediate() && inst.operand(1).isRegister(mach::Reg::SP);
}

char widthLetter(Width w) { return static_cast<char>(attWidthLetter(w) - 'a' + 'A'); }

class Plan9Printer final : public Printer {
 public:
  explicit Plan9Printer(const CodegenOptions& options) : options_(options), out_("//") {
    out_.reserve(expectedListingBytes(options));
  }

  void beginFile() override {
    out_.columnZero("#include \"textflag.h\"");  // NOSPLIT, NOFRAME, RODATA, NOPTR
    out_.blankLine();
  }
  void function(const mach::MachineFunction& f) override;
  void data(const mach::DataObject& object) override;
  void strings(const StringTable& table) override;
  void debugInfo(const debug::Unit&) override {}  // Go's assembler writes its own
  std::string endFile() override { return out_.take(); }
  void drainInto(std::ostream& out) override { out_.drainInto(out); }

 private:
  void symbol(const mach::Symbol& s);
  void block(int label);
  void operand(const Operand& o);
  void mnemonic(const Inst& inst);
  void instruction(const Inst& inst);
  void dataLine(const mach::Symbol& s, int offset, int width);
  void bitsData(const mach::Symbol& s, int offset, uint64_t bits, int width, const std::string& comment);
  void constantPool(const mach::MachineFunction& f);
  void stringData(const mach::Symbol& s, int64_t offset, std::string_view bytes);

  const CodegenOptions& options_;
  AsmWriter out_;
  int functionIndex_ = 0;
  const mach::MachineFunction* function_ = nullptr;
};

// "·main" for a C name with external linkage, "counter<>" for a file-local
// one, "counter·n<>" for a static local, "str·1<>" for a string literal.
void Plan9Printer::symbol(const mach::Symbol& s) {
  switch (s.kind) {
    case mach::Symbol::Kind::None:
      return;
    case mach::Symbol::Kind::C:
      if (!s.fileLocal) {
        out_.put("·");
        out_.put(s.name);
        return;
      }
      for (char c : s.name) {  // Go names have no '.': "·" stands for it
        if (c == '.')
          out_.put("·");
        else
          out_.put(c);
      }
      out_.put("<>");
      return;
    case mach::Symbol::Kind::StringLiteral:
      out_.put("str·");
      out_.putInt(s.index);
      out_.put("<>");
      return;
    case mach::Symbol::Kind::JumpTable:  // never made for Plan 9 (codegen.cpp)
      out_.put("jumptable");
      out_.putInt(s.index);
      out_.put("<>");
      return;
    case mach::Symbol::Kind::Constant:  // lcpi0·1<>: the function's number, then the constant's
      out_.put("lcpi");
      out_.putInt(functionIndex_);
      out_.put("·");
      out_.putInt(s.index);
      out_.put("<>");
      return;
  }
}

void Plan9Printer::block(int label) {
  out_.put("LBB");
  out_.putInt(functionIndex_);
  out_.put('_');
  out_.putInt(label);
}

void Plan9Printer::operand(const Operand& o) {
  switch (o.kind) {
    case Operand::Kind::None:
      return;
    case Operand::Kind::Register:
      out_.put(plan9RegisterName(o.reg, o.width));
      return;
    case Operand::Kind::Immediate:
      out_.put('$');
      out_.putInt(o.value);
      return;
    case Operand::Kind::Memory:
    case Operand::Kind::FrameSlot:
      if (o.reg == mach::Reg::IP) {  // sym(SB), sym+4(SB)
        symbol(o.symbol);
        if (o.value > 0) out_.put('+');
        if (o.value) out_.putInt(o.value);
        out_.put("(SB)");
        return;
      }
      if (o.value) out_.putInt(o.value);
      out_.put('(');
      out_.put(plan9RegisterName(o.reg, Width::Q));
      out_.put(')');
      if (o.scale) {  // 0(CX)(AX*4)
        out_.put('(');
        out_.put(plan9RegisterName(o.index, Width::Q));
        out_.put('*');
        out_.putInt(o.scale);
        out_.put(')');
      }
      return;
    case Operand::Kind::Block:
      block(static_cast<int>(o.value));
      return;
    case Operand::Kind::Target:
      symbol(o.symbol);
      out_.put("(SB)");
      return;
  }
}

void Plan9Printer::mnemonic(const Inst& inst) {
  const std::string_view stem = spellingOf(inst.op).plan9;
  if (inst.isSse()) {  // ADDSD, CVTSL2SD, MOVQ
    out_.begin(plan9SseMnemonic(inst, stem));
    return;
  }
  switch (inst.op) {
    case Opcode::Movsx:  // MOVBLSX: from a byte to a long, sign-extended
    case Opcode::Movzx:
      out_.begin(stem);
      out_.put(widthLetter(inst.fromWidth));
      out_.put(widthLetter(inst.width));
      out_.put(inst.op == Opcode::Movsx ? "SX" : "ZX");
      return;
    case Opcode::SignExtendAx:
      out_.begin(inst.width == Width::Q ? "CQO" : "CDQ");
      return;
    case Opcode::Jcc:
    case Opcode::Setcc:
      out_.begin(stem);
      out_.put(condition(inst.cond));
      return;
    case Opcode::Cmov:  // the width, then the condition: CMOVLLT
      out_.begin(stem);
      out_.put(widthLetter(inst.width));
      out_.put(condition(inst.cond));
      return;
    case Opcode::Imul:  // the three-operand form has a name of its own
      out_.begin(inst.operandCount == 3 ? "IMUL3" : "IMUL");
      out_.put(widthLetter(inst.width));
      return;
    default:
      out_.begin(withoutMark(stem));
      if (!isWholeMnemonic(stem)) out_.put(widthLetter(inst.width));
      return;
  }
}

void Plan9Printer::instruction(const Inst& inst) {
  switch (inst.op) {
    case Opcode::CfiDefCfaOffset:
    case Opcode::CfiOffset:
    case Opcode::CfiDefCfaRegister:
    case Opcode::CfiDefCfa:
      return;  // Go's assembler makes its own unwinding tables
    case Opcode::Loc:
    case Opcode::DebugLabel:
      return;  // ... and its own line tables; minicc makes none for it
    default:
      break;
  }
  std::string_view slotName;
  if (movesStackPointer(inst)) {  // ADJSP $16: SUBQ $16, SP, counted
    out_.begin("ADJSP");
    out_.operand();
    out_.put('$');
    out_.putInt(inst.op == Opcode::Sub ? inst.operand(0).value : -inst.operand(0).value);
  } else {
    mnemonic(inst);
    const bool reversed = inst.op == Opcode::Cmp;  // Go compares left to right
    for (int k = 0; k < inst.operandCount; ++k) {
      const Operand& o = inst.operand(reversed ? inst.operandCount - 1 - k : k);
      out_.operand();
      operand(o);
      if (o.isMemory() && o.reg != mach::Reg::IP && !o.name.empty()) slotName = o.name;
    }
  }
  if (options_.verboseAsm) {  // -fverbose-asm's words (listing_comments.h)
    std::string words =
        lineComment(inst, *function_, [](const Operand& slot, AsmWriter& out) {
          if (slot.isRegister()) {  // -O: a variable's register
            out.put(plan9RegisterName(slot.reg, slot.width));
            return;
          }
          out.putInt(slot.value);  // a frame slot: -4(BP), as operand() writes it
          out.put("(BP)");
        });
    if (!words.empty()) out_.trailingComment(words);
  } else if (!slotName.empty()) {
    out_.trailingComment(slotName);
  }
  out_.end();
}

void Plan9Printer::function(const mach::MachineFunction& f) {
  functionIndex_ = f.index;
  function_ = &f;
  constantPool(f);
  mach::Symbol name;
  name.kind = mach::Symbol::Kind::C;
  name.name = f.name;
  name.fileLocal = !f.global;
  // $0: Go's assembler adds no frame of its own; the -N counts the
  // arguments the caller left on the stack.
  out_.put("TEXT ");
  symbol(name);
  out_.put("(SB), NOSPLIT|NOFRAME, $0-");
  out_.putInt(f.frame.stackArgumentBytes);
  out_.trailingComment(f.signature);  // on the TEXT line: no line is only a comment
  out_.end();
  for (const mach::Block& b : f.blocks) {
    if (b.referenced) {
      block(b.label);
      out_.labelEnd();
    }
    for (const Inst& inst : b.insts) instruction(inst);
  }
  out_.blankLine();
}

// "DATA sym+8(SB)/8, " — then the value.
void Plan9Printer::dataLine(const mach::Symbol& s, int offset, int width) {
  out_.put("DATA ");
  symbol(s);
  out_.put('+');
  out_.putInt(offset);
  out_.put("(SB)/");
  out_.putInt(width);
  out_.put(", ");
}

// "DATA sym+0(SB)/8, $0x3ff8000000000000 // double 1.5": the bits, and what they are.
void Plan9Printer::bitsData(const mach::Symbol& s, int offset, uint64_t bits, int width,
                            const std::string& comment) {
  dataLine(s, offset, width);
  out_.put('$');
  out_.put(hexBits(bits, width));
  out_.trailingComment(comment);
  out_.end();
}

// The function's floating constants, before its TEXT as in the other
// listings: each a read-only symbol of this file, which Go's linker aligns
// to its size up to 32 bytes (so a 16-byte mask meets xorps's alignment).
void Plan9Printer::constantPool(const mach::MachineFunction& f) {
  using Kind = mach::PoolConstant::Kind;
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::Constant;
  for (const mach::PoolConstant& c : f.constants) {
    switch (c.kind) {
      case Kind::Float:
        bitsData(s, 0, c.low, 4, describeFloatBits(static_cast<uint32_t>(c.low)));
        break;
      case Kind::Double:
        bitsData(s, 0, c.low, 8, describeDoubleBits(c.low));
        break;
      case Kind::Mask:
        bitsData(s, 0, c.low, 8, "mask");
        bitsData(s, 8, c.high, 8, "mask");
        break;
    }
    out_.put("GLOBL ");
    symbol(s);
    out_.put("(SB), RODATA|NOPTR, $");
    out_.putInt(c.size);
    out_.end();
    ++s.index;
  }
  if (!f.constants.empty()) out_.blankLine();
}

void Plan9Printer::data(const mach::DataObject& object) {
  using Kind = mach::DataPiece::Kind;
  bool pointers = false;
  int64_t at = 0;
  for (const mach::DataPiece& piece : object.pieces) {
    switch (piece.kind) {
      case Kind::Zero:
        break;  // GLOBL reserves zeroed memory; DATA fills only the rest
      case Kind::Integer:
        dataLine(object.symbol, static_cast<int>(at), static_cast<int>(piece.size));
        out_.put('$');
        out_.putInt(piece.value);
        out_.end();
        break;
      case Kind::Address:
        dataLine(object.symbol, static_cast<int>(at), 8);
        out_.put('$');
        symbol(piece.symbol);
        if (piece.value > 0) out_.put('+');
        if (piece.value) out_.putInt(piece.value);
        out_.put("(SB)");
        out_.end();
        pointers = true;
        break;
      case Kind::Bytes:
        stringData(object.symbol, at, piece.bytes);
        break;
      case Kind::Float:
        bitsData(object.symbol, static_cast<int>(at), static_cast<uint32_t>(piece.value), 4,
                 describeFloatBits(static_cast<uint32_t>(piece.value)));
        break;
      case Kind::Double:
        bitsData(object.symbol, static_cast<int>(at), static_cast<uint64_t>(piece.value), 8,
                 describeDoubleBits(static_cast<uint64_t>(piece.value)));
        break;
    }
    at += piece.size;
  }
  out_.put("GLOBL ");
  symbol(object.symbol);
  const bool readOnly = object.section == mach::DataObject::Section::ReadOnly;
  out_.put(pointers ? "(SB), $" : readOnly ? "(SB), RODATA|NOPTR, $" : "(SB), NOPTR, $");
  out_.putInt(object.size);
  out_.end();
  out_.blankLine();
}

// Bytes as DATA lines of at most 8 (Go's limit), from `offset` on.
void Plan9Printer::stringData(const mach::Symbol& s, int64_t offset, std::string_view bytes) {
  for (size_t at = 0; at < bytes.size(); at += 8) {
    std::string_view chunk = bytes.substr(at, 8);
    dataLine(s, static_cast<int>(offset + static_cast<int64_t>(at)), static_cast<int>(chunk.size()));
    out_.put('$');
    out_.put('"');
    out_.put(escapeForAssembler(chunk));
    out_.put('"');
    out_.end();
  }
}

// Go's DATA takes at most 8 bytes at a time: a string is a run of them.
void Plan9Printer::strings(const StringTable& table) {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::StringLiteral;
  for (std::string_view text : table.strings()) {
    std::string bytes(text);
    bytes += '\0';
    stringData(s, 0, bytes);
    out_.put("GLOBL ");
    symbol(s);
    out_.put("(SB), RODATA|NOPTR, $");
    out_.putInt(static_cast<int64_t>(bytes.size()));
    out_.end();
    out_.blankLine();
    ++s.index;
  }
}

}  // namespace

std::unique_ptr<Printer> makePlan9Printer(const CodegenOptions& options) {
  return std::make_unique<Plan9Printer>(options);
}

}  // namespace minicc
