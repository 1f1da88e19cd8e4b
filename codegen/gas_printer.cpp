// Listings for the GNU assembler (and clang's, and Apple's): the file's
// sections and directives around the instructions, in clang's layout, with
// the instructions in AT&T or Intel syntax. Everything that differs between
// ELF and Mach-O comes from the TargetInfo table.
#include "codegen/float_spelling.h"
#include "codegen/gas_names.h"
#include "codegen/gas_syntax.h"
#include "codegen/listing_comments.h"
#include "codegen/opcode_spellings.h"
#include "codegen/printer.h"
#include "lexer/literals.h"

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;

// Power-of-two alignment exponent for .p2align: 4 bytes -> 2, 8 -> 3.
int log2Of(int alignment) {
  int n = 0;
  while ((1 << n) < alignment) ++n;
  return n;
}

class GasPrinter final : public Printer, private debug::ListingNames {
 public:
  GasPrinter(const TargetInfo& target, bool intel, const CodegenOptions& options)
      : target_(target), intel_(intel), options_(options), out_("#"), fileNames_(target) {
    out_.reserve(expectedListingBytes(options));
  }

  void beginFile() override {
    out_.directive(target_.textSection);
    if (intel_) out_.directive(".intel_syntax noprefix");  // where clang puts it
  }

  void function(const mach::MachineFunction& f) override;
  void data(const mach::DataObject& object) override;
  void strings(const StringTable& table) override;
  void debugInfo(const debug::Unit& unit) override { debug::printUnit(unit, *this, out_); }

  void drainInto(std::ostream& out) override { out_.drainInto(out); }

  std::string endFile() override {
    if (target_.trailerInColumnZero)
      out_.columnZero(target_.trailer);
    else
      out_.directive(target_.trailer);
    return out_.take();
  }

 private:
  void instruction(const Inst& inst, const GasNames& names);
  void endLine(const Inst& inst, const GasNames& names);
  void reg(mach::Reg r) {
    if (intel_)
      printIntelRegister(r, mach::Width::Q, out_);
    else
      printAttRegister(r, mach::Width::Q, out_);
  }
  void symbolLine(std::string_view directive, const mach::Symbol& s, std::string_view after = {});
  void jumpTables(const mach::MachineFunction& f, const GasNames& names);
  void constantPool(const mach::MachineFunction& f, const GasNames& names);
  void bitsLine(uint64_t bits, int bytes, const std::string& comment);
  void loc(const Inst& inst);
  // debug::ListingNames
  void label(const debug::Label& label, AsmWriter& out) const override;
  int fileNumber(std::string_view fileName) override;

  const TargetInfo& target_;
  bool intel_;
  const CodegenOptions& options_;
  AsmWriter out_;
  const GasNames fileNames_;  // for what no function owns: data, strings, debug information
  std::vector<std::string_view> files_;  // -g: the .file numbers given so far
  int functionIndex_ = 0;                // of the function being printed
  const mach::MachineFunction* function_ = nullptr;  // ... and the function
};

// -g: ".file 0 "/dir" "f.c"" the first time a file is named. The line table
// is DWARF 5's, whose file 0 is the unit's own file (DWARF 5 section 6.2.4),
// so that one comes first, whichever file is named first.
int GasPrinter::fileNumber(std::string_view fileName) {
  if (files_.empty()) {
    files_.push_back(options_.mainFileName);
    out_.begin(".file");
    out_.operand();
    out_.put("0 \"");
    out_.put(escapeForAssembler(options_.compilationDirectory));
    out_.put("\" \"");
    out_.put(escapeForAssembler(options_.mainFileName));
    out_.put('"');
    out_.end();
  }
  for (size_t i = 0; i < files_.size(); ++i)
    if (files_[i] == fileName) return static_cast<int>(i);
  files_.push_back(fileName);
  out_.begin(".file");
  out_.operand();
  out_.putInt(static_cast<int64_t>(files_.size() - 1));
  out_.put(" \"");
  out_.put(escapeForAssembler(options_.compilationDirectory));
  out_.put("\" \"");
  out_.put(escapeForAssembler(std::string(fileName)));
  out_.put('"');
  out_.end();
  return static_cast<int>(files_.size() - 1);
}

// ".loc 0 4 3 prologue_end": the position of the code that follows.
void GasPrinter::loc(const Inst& inst) {
  const int file = fileNumber(inst.text);
  out_.begin(".loc");
  out_.operand();
  out_.putInt(file);
  out_.put(' ');
  out_.putInt(inst.operand(0).value);
  out_.put(' ');
  out_.putInt(inst.operand(1).value);
  if (inst.locFlags & mach::kLocPrologueEnd) out_.put(" prologue_end");
  out_.end();
}

void GasPrinter::label(const debug::Label& label, AsmWriter& out) const {
  switch (label.kind) {
    case debug::Label::Kind::Symbol:
      fileNames_.symbol(label.symbol, out);
      return;
    case debug::Label::Kind::FunctionEnd:
      out.put(target_.localLabelPrefix);
      out.put("func_end");
      out.putInt(label.function);
      return;
    case debug::Label::Kind::DebugLabel:
      out.put(target_.localLabelPrefix);
      out.put("tmp");
      out.putInt(label.function);
      out.put('_');
      out.putInt(label.number);
      return;
    case debug::Label::Kind::LineTable:
      out.put(target_.localLabelPrefix);
      out.put("line_table_start0");
      return;
  }
}

// "\t.globl\tmain", "\t.type\tmain,@function" ...: a directive whose
// operand is a symbol, then `after`.
void GasPrinter::symbolLine(std::string_view directive, const mach::Symbol& s,
                            std::string_view after) {
  out_.begin(directive);
  out_.operand();
  fileNames_.symbol(s, out_);
  out_.put(after);
  out_.end();
}

// Ends an instruction's or a directive's line, with -fverbose-asm's words.
void GasPrinter::endLine(const Inst& inst, const GasNames& names) {
  if (options_.verboseAsm) {
    // A place the words name has no operation, so Intel gives it no size
    // ("[rbp - 12]", not the carrying instruction's "qword ptr").
    const Inst place = mach::makeInst(Opcode::Lea, mach::Width::Q, {});
    std::string words = lineComment(inst, *function_, [&](const mach::Operand& o, AsmWriter& out) {
      if (intel_)
        printIntelOperand(place, o, names, out);
      else
        printAttOperand(place, o, names, out);
    });
    if (!words.empty()) out_.trailingComment(words);
  }
  out_.end();
}

void GasPrinter::instruction(const Inst& inst, const GasNames& names) {
  switch (inst.op) {
    case Opcode::CfiDefCfaOffset:
      out_.begin(".cfi_def_cfa_offset ");
      out_.putInt(inst.operand(0).value);
      break;
    case Opcode::CfiOffset:
      out_.begin(".cfi_offset ");
      reg(inst.operand(0).reg);
      out_.put(", ");
      out_.putInt(inst.operand(1).value);
      break;
    case Opcode::CfiDefCfaRegister:
      out_.begin(".cfi_def_cfa_register ");
      reg(inst.operand(0).reg);
      break;
    case Opcode::CfiDefCfa:
      out_.begin(".cfi_def_cfa ");
      reg(inst.operand(0).reg);
      out_.put(", ");
      out_.putInt(inst.operand(1).value);
      break;
    case Opcode::Loc:
      loc(inst);
      return;
    case Opcode::DebugLabel: {
      debug::Label l;
      l.kind = debug::Label::Kind::DebugLabel;
      l.function = functionIndex_;
      l.number = static_cast<int>(inst.operand(0).value);
      label(l, out_);
      out_.labelEnd();
      return;
    }
    default:
      if (intel_)
        printIntelInstruction(inst, names, out_);
      else
        printAttInstruction(inst, names, out_);
      break;
  }
  endLine(inst, names);
}

void GasPrinter::function(const mach::MachineFunction& f) {
  GasNames names{target_, f.index};
  functionIndex_ = f.index;
  function_ = &f;
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::C;
  symbol.name = f.name;
  constantPool(f, names);
  if (f.global) symbolLine(".globl", symbol);
  out_.directive(".p2align", "4, 0x90");
  if (target_.elfSymbolInfo) symbolLine(".type", symbol, ",@function");
  names.symbol(symbol, out_);
  out_.labelEnd();
  if (options_.unwindTables) out_.directive(".cfi_startproc");

  for (const mach::Block& b : f.blocks) {
    if (b.referenced) {
      names.block(b.label, out_);
      out_.labelEnd();
    }
    for (const Inst& inst : b.insts) instruction(inst, names);
  }

  // The function's end, as clang marks it: a label that .size measures to,
  // and which tools such as Compiler Explorer read as the function's extent.
  if (target_.elfSymbolInfo) {
    out_.put(target_.localLabelPrefix);
    out_.put("func_end");
    out_.putInt(f.index);
    out_.labelEnd();
    out_.begin(".size");
    out_.operand();
    names.symbol(symbol, out_);
    out_.put(", ");
    out_.put(target_.localLabelPrefix);
    out_.put("func_end");
    out_.putInt(f.index);
    out_.put('-');
    names.symbol(symbol, out_);
    out_.end();
  }
  if (options_.unwindTables) out_.directive(".cfi_endproc");
  jumpTables(f, names);
  out_.blankLine();
}

void GasPrinter::jumpTables(const mach::MachineFunction& f, const GasNames& names) {
  if (f.jumpTables.empty()) return;
  // ELF keeps them in read-only data; Mach-O in the code, marked as data.
  const bool inText = target_.jumpTableSection.empty();
  if (!inText) out_.directive(target_.jumpTableSection);
  for (const mach::JumpTable& table : f.jumpTables) {
    out_.directive(".p2align", "2");
    if (inText) out_.directive(".data_region", "jt32");
    names.symbol(table.symbol, out_);
    out_.labelEnd();
    for (int label : table.targets) {
      out_.begin(".long");
      out_.operand();
      names.block(label, out_);
      out_.put('-');
      names.symbol(table.symbol, out_);
      out_.end();
    }
    if (inText) out_.directive(".end_data_region");
  }
  if (!inText) out_.directive(".text");
}

// ".quad 0x3ff8000000000000 # double 1.5": bits, and what they are.
void GasPrinter::bitsLine(uint64_t bits, int bytes, const std::string& comment) {
  out_.begin(bytes == 4 ? ".long" : ".quad");
  out_.operand();
  out_.put(hexBits(bits, bytes));
  out_.trailingComment(comment);
  out_.end();
}

// The function's floating constants, before its code as clang puts them:
// each in the literal section of its size, aligned to that size (xorps and
// andps need their 16 bytes aligned: Intel SDM vol. 2, "XORPS"), then back
// to the code.
void GasPrinter::constantPool(const mach::MachineFunction& f, const GasNames& names) {
  if (f.constants.empty()) return;
  using Kind = mach::PoolConstant::Kind;
  int openSize = 0;  // the size of the literal section we are in
  mach::Symbol label;
  label.kind = mach::Symbol::Kind::Constant;
  for (const mach::PoolConstant& c : f.constants) {
    if (c.size != openSize) {
      out_.directive(target_.literalSection(c.size));
      out_.begin(".p2align");
      out_.operand();
      out_.putInt(log2Of(c.size));
      out_.end();
      openSize = c.size;
    }
    names.symbol(label, out_);
    out_.labelEnd();
    switch (c.kind) {
      case Kind::Float:
        bitsLine(c.low, 4, describeFloatBits(static_cast<uint32_t>(c.low)));
        break;
      case Kind::Double:
        bitsLine(c.low, 8, describeDoubleBits(c.low));
        break;
      case Kind::Mask:  // bits to and or xor with, not a number
        bitsLine(c.low, 8, "mask");
        bitsLine(c.high, 8, "mask");
        break;
    }
    ++label.index;
  }
  out_.directive(target_.textSection);
}

void GasPrinter::data(const mach::DataObject& object) {
  using Section = mach::DataObject::Section;
  using Kind = mach::DataPiece::Kind;
  const bool global = !object.symbol.fileLocal;
  const GasNames& names = fileNames_;
  if (object.section == Section::Bss && !target_.elfSymbolInfo) {
    // Mach-O keeps zeroed data out of the file
    if (global) symbolLine(".globl", object.symbol);
    out_.begin(".zerofill");
    out_.operand();
    out_.put("__DATA,__bss,");
    names.symbol(object.symbol, out_);
    out_.put(',');
    out_.putInt(object.size);
    out_.put(',');
    out_.putInt(log2Of(object.align));
    out_.end();
    out_.blankLine();
    return;
  }
  if (target_.elfSymbolInfo) symbolLine(".type", object.symbol, ",@object");
  out_.directive(object.section == Section::Bss        ? target_.bssSection
                 : object.section == Section::ReadOnly ? target_.readOnlySection
                                                       : target_.dataSection);
  if (global) symbolLine(".globl", object.symbol);
  if (int p2 = log2Of(object.align)) {
    out_.begin(".p2align");
    out_.operand();
    out_.putInt(p2);
    out_.end();
  }
  names.symbol(object.symbol, out_);
  out_.labelEnd();
  for (size_t i = 0; i < object.pieces.size(); ++i) {
    const mach::DataPiece& piece = object.pieces[i];
    switch (piece.kind) {
      case Kind::Zero:
        out_.begin(".zero");
        out_.operand();
        out_.putInt(piece.size);
        break;
      case Kind::Integer:
        out_.begin(piece.size == 1 ? ".byte" : piece.size == 2 ? ".short"
                   : piece.size == 8 ? ".quad" : ".long");
        out_.operand();
        out_.putInt(piece.value);
        break;
      case Kind::Address:
        out_.begin(".quad");
        out_.operand();
        names.symbol(piece.symbol, out_);
        if (piece.value > 0) out_.put('+');
        if (piece.value) out_.putInt(piece.value);
        break;
      case Kind::Float:
        bitsLine(static_cast<uint32_t>(piece.value), 4,
                 describeFloatBits(static_cast<uint32_t>(piece.value)));
        continue;
      case Kind::Double:
        bitsLine(static_cast<uint64_t>(piece.value), 8,
                 describeDoubleBits(static_cast<uint64_t>(piece.value)));
        continue;
      case Kind::Bytes: {
        // A string with its NUL is ".asciz", as clang writes it; the zeros after it shrink by one.
        bool nulFollows = i + 1 < object.pieces.size() && object.pieces[i + 1].kind == Kind::Zero;
        out_.begin(nulFollows ? ".asciz" : ".ascii");
        out_.operand();
        out_.put('"');
        out_.put(escapeForAssembler(piece.bytes));
        out_.put('"');
        if (nulFollows) {
          out_.end();
          if (object.pieces[i + 1].size > 1) {
            out_.begin(".zero");
            out_.operand();
            out_.putInt(object.pieces[i + 1].size - 1);
            out_.end();
          }
          ++i;
          continue;
        }
        break;
      }
    }
    out_.end();
  }
  if (target_.elfSymbolInfo) {
    out_.begin(".size");
    out_.operand();
    names.symbol(object.symbol, out_);
    out_.put(", ");
    out_.putInt(object.size);
    out_.end();
  }
  out_.blankLine();
}

void GasPrinter::strings(const StringTable& table) {
  if (table.strings().empty()) return;
  const GasNames& names = fileNames_;
  out_.directive(target_.cstringSection);
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::StringLiteral;
  for (std::string_view bytes : table.strings()) {
    names.symbol(symbol, out_);
    out_.labelEnd();
    out_.begin(".asciz");
    out_.operand();
    out_.put('"');
    out_.put(escapeForAssembler(std::string(bytes)));
    out_.put('"');
    out_.end();
    ++symbol.index;
  }
  out_.blankLine();
}

}  // namespace

std::unique_ptr<Printer> makeGasPrinter(const TargetInfo& target, bool intelSyntax,
                                        const CodegenOptions& options) {
  return std::make_unique<GasPrinter>(target, intelSyntax, options);
}

}  // namespace minicc
