// The machine-instruction layer: x86-64 code as data.
//
// Instruction selection builds a MachineFunction out of these; passes
// rewrite it (frame layout, jump-to-next removal); a printer renders it in
// one notation (AT&T, Intel or Go's Plan 9). Nothing here is text: a
// register is a number, a size is a Width, an address is base + index*scale
// + displacement (+ symbol), and spellings live only in the printers.
//
// Operands are kept in AT&T order — sources first, the destination last —
// because two of the three notations read that way; the Intel printer
// reverses them, and the Plan 9 printer reverses CMP, as Go's assembler does.
#pragma once

#include <array>
#include <cstdint>
#include <forward_list>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minicc {
struct VarDecl;

namespace mach {

// The sixteen general-purpose registers in hardware encoding order, %rip
// (only ever the base of a symbol's address), then the sixteen SSE
// registers %xmm0-%xmm15, also in encoding order. An xmm operand's width is
// the size of the value it holds (Q a double, L a float); its name is the
// same at every width.
enum class Reg : uint8_t {
  AX, CX, DX, BX, SP, BP, SI, DI, R8, R9, R10, R11, R12, R13, R14, R15, IP,
  XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
  XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15,
};
constexpr int kGeneralRegisterCount = 16;
constexpr int kVectorRegisterCount = 16;

inline bool isVector(Reg r) { return r >= Reg::XMM0; }
// One of the sixteen general registers (not %rip, not an xmm register):
// what arrays indexed by register number may be indexed with.
inline bool isGeneral(Reg r) { return r < Reg::IP; }
inline Reg xmm(int n) { return static_cast<Reg>(static_cast<int>(Reg::XMM0) + n); }
// The number in the instruction's encoding: 0-15 for either kind.
inline int encodingNumber(Reg r) {
  return isVector(r) ? static_cast<int>(r) - static_cast<int>(Reg::XMM0) : static_cast<int>(r);
}

// An operand's or an operation's size: the b/w/l/q of AT&T mnemonics.
enum class Width : uint8_t { B = 1, W = 2, L = 4, Q = 8 };
inline Width widthOfBytes(int bytes) {
  return bytes == 8 ? Width::Q : bytes == 2 ? Width::W : bytes == 1 ? Width::B : Width::L;
}
inline int bytes(Width w) { return static_cast<int>(w); }

// Condition codes of Jcc and SETcc (Intel SDM vol. 2, "Jcc"): signed
// L/LE/G/GE, unsigned B/BE/A/AE, and parity P/NP. UCOMISD/UCOMISS set the
// flags as an unsigned compare does (so B/BE/A/AE order doubles) and set
// PF when either operand is NaN (Intel SDM vol. 2, "UCOMISD": "unordered"
// is ZF = PF = CF = 1), which is what P and NP test.
enum class Cond : uint8_t { E, NE, L, LE, G, GE, B, BE, A, AE, P, NP };
Cond negate(Cond c);

enum class Opcode : uint8_t {
#define MINICC_OPCODE(name, att, intel, plan9) name,
#include "codegen/opcodes.def"
#undef MINICC_OPCODE
};

// A name in the object file. Kind says who made it, so that each printer
// can spell it: a C identifier (with "_" on Mach-O, "·" in Plan 9), a
// string literal's label (.L.str.N), a switch's jump table (.LJTI<f>_<n>),
// or a floating constant of the function's pool (.LCPI<f>_<n>).
struct Symbol {
  enum class Kind : uint8_t { None, C, StringLiteral, JumpTable, Constant };
  Kind kind = Kind::None;
  bool fileLocal = false;   // C: internal linkage (static)
  int index = 0;            // StringLiteral: its number; JumpTable, Constant: its number in the function
  std::string_view name;    // C: the identifier, or "function.variable" for a static local
};

struct Operand {
  enum class Kind : uint8_t {
    None,
    Register,   // reg, of `width`
    Immediate,  // value
    Memory,     // [base + index*scale + value], or symbol(%rip) when base is IP
    FrameSlot,  // the stack slot `slot` (+ value): frame layout turns it into Memory
    Block,      // a local label: the block numbered `value`
    Target,     // a call's destination: symbol
  };
  Kind kind = Kind::None;
  Width width = Width::L;   // Register: which of its names
  Reg reg = Reg::AX;        // Register; Memory: the base
  Reg index = Reg::AX;      // Memory: used when scale != 0
  uint8_t scale = 0;
  int slot = -1;            // FrameSlot
  int64_t value = 0;        // Immediate; Memory/FrameSlot: displacement; Block: label
  Symbol symbol;            // Memory (with base IP); Target
  std::string_view name;    // a frame slot's or a global's C name, for listings that say it

  bool isRegister() const { return kind == Kind::Register; }
  bool isRegister(Reg r) const { return kind == Kind::Register && reg == r; }
  bool isImmediate() const { return kind == Kind::Immediate; }
  bool isMemory() const { return kind == Kind::Memory || kind == Kind::FrameSlot; }
};

// The common operands are made here, inline: selection makes one or two
// for nearly every instruction, and a call that returns an Operand through
// memory costs more than building it in place.
inline Operand reg(Reg r, Width w) {
  Operand o;
  o.kind = Operand::Kind::Register;
  o.reg = r;
  o.width = w;
  return o;
}

inline Operand imm(int64_t value) {
  Operand o;
  o.kind = Operand::Kind::Immediate;
  o.value = value;
  return o;
}

inline Operand mem(Reg base, int64_t displacement = 0) {
  Operand o;
  o.kind = Operand::Kind::Memory;
  o.reg = base;
  o.value = displacement;
  return o;
}

inline Operand frameSlot(int slot, std::string_view name) {
  Operand o;
  o.kind = Operand::Kind::FrameSlot;
  o.reg = Reg::BP;
  o.slot = slot;
  o.name = name;
  return o;
}

inline Operand block(int label) {
  Operand o;
  o.kind = Operand::Kind::Block;
  o.value = label;
  return o;
}

Operand memIndexed(Reg base, Reg index, int scale, int64_t displacement = 0);
Operand ripRelative(Symbol symbol, std::string_view name = {});
Operand target(Symbol symbol);

// The same register at the same width, the same immediate, frame slot or
// address (one relative to %rip is not compared: its symbol is not).
bool sameOperand(const Operand& a, const Operand& b);

// Flags of a .loc line (DWARF 5 section 6.2.5.1, the line-number state machine).
enum LocFlags : uint8_t {
  kLocPrologueEnd = 1,  // the first instruction after the prologue: where a breakpoint goes
};

struct Inst {
  // Built in place from its operands (selection makes one for nearly every
  // node): each field is written once, where a default-made Inst would be
  // cleared whole and then filled.
  Inst() = default;
  Inst(Opcode op, Width width) : op(op), width(width) {}
  Inst(Opcode op, Width width, const Operand& a) : op(op), width(width), operandCount(1), operands{a} {}
  Inst(Opcode op, Width width, const Operand& a, const Operand& b)
      : op(op), width(width), operandCount(2), operands{a, b} {}
  Inst(Opcode op, Width width, const Operand& a, const Operand& b, const Operand& c)
      : op(op), width(width), operandCount(3), operands{a, b, c} {}

  Opcode op;
  Width width = Width::L;       // the operation's size (its mnemonic's suffix)
  Width fromWidth = Width::L;   // Movsx/Movzx: the source's size; the conversions
                                // CvtSi2S (integer width) and CvttS2Si (Q sd, L ss)
  Cond cond = Cond::E;          // Jcc/Setcc
  uint8_t operandCount = 0;
  uint8_t locFlags = 0;         // Loc: LocFlags (here, in the bytes before the operands, it
                                // takes no room of its own)
  Operand operands[3];
  std::string_view text;        // Loc: the source file's name

  // -fverbose-asm's words, printed as a comment at the end of this line
  // (never on a line of their own, which Compiler Explorer would hide):
  std::string_view note;        // why the instruction is there ("keeps the stack aligned ...")
  std::string_view sourceLine;  // the statement it begins: "fun.c:4: int c = 10;"
  // The rows of the frame table this line carries: slots first, first+1, ...
  int frameRowFirst = 0;
  int frameRowCount = 0;

  const Operand& operand(int i) const { return operands[i]; }
  bool isUnconditionalJump() const { return op == Opcode::Jmp; }
  // Call-frame and debug information, which encode to nothing (they come
  // last in opcodes.def).
  bool isPseudo() const { return op >= Opcode::CfiDefCfaOffset; }
  // An SSE instruction (the run from MovS to Movaps in opcodes.def).
  bool isSse() const { return op >= Opcode::MovS && op <= Opcode::Movaps; }
};

// The same operation on the same operands (sameOperand), width and condition.
bool sameInstruction(const Inst& a, const Inst& b);

// An instruction of `op` at `width` on these operands (at most three).
Inst makeInst(Opcode op, Width width, std::initializer_list<Operand> operands);

// A straight run of instructions entered only at its start. Block 0 is the
// entry and has no label; the others are printed with one when something
// jumps to them (`referenced`, filled in by the passes).
struct Block {
  int label = 0;
  bool referenced = false;
  std::vector<Inst> insts;
};

struct MachineFunction;

// Instruction storage handed on from one function to the next. A block's
// vector is sized for a few statements, and allocating (then freeing) one
// per block of every function costs more than the selection that fills
// it; emptied, the vectors of a function already printed keep their room
// for the blocks of the next.
class InstBuffers {
 public:
  // An empty vector for a new block with room for at least `room`: a spare one if any.
  std::vector<Inst> take(size_t room);
  // Keeps the storage of the blocks of `f`, which is done with: at most as
  // many vectors as `f` has blocks.
  void recycle(MachineFunction& f);
  size_t spareCount() const { return spare_.size(); }

 private:
  std::vector<std::vector<Inst>> spare_;
};

// The block's last instruction that is not a pseudo-instruction, if any.
const Inst* lastRealInstruction(const Block& b);

// A parameter's or a local's stack slot; frame layout fills `offset`.
struct FrameSlot {
  const VarDecl* variable = nullptr;  // its declaration, for the debug information
  std::string_view name;   // the C variable's name
  std::string_view listingName;  // as listings say it: "x", and "x#2" for a second x (frame layout)
  std::string type;        // its C type, as diagnostics spell it (-fverbose-asm only)
  int size = 4;
  int align = 4;
  int stackArgument = -1;  // >= 0: the n-th argument the caller pushed
  bool parameter = false;
  int offset = 0;          // from %rbp, after layout
  // -O (codegen/optimize): the variable lives in this register for the
  // whole function instead, or nowhere at all when nothing reads it; either
  // way the slot takes no room in the frame.
  std::optional<Reg> home;
  // The home is the variable's only while its value is live: elsewhere the
  // register holds other values (arguments, temporaries, other variables).
  bool homeOnlyWhileLive = false;
  bool optimizedOut = false;
  std::optional<int64_t> constant;  // -O: its one value, when it is set once to a constant
  bool inFrame() const { return !home && !optimizedOut; }
};

// A switch's table of jump targets, one per value from the lowest case up.
struct JumpTable {
  Symbol symbol;
  std::vector<int> targets;  // block labels
};

// A floating-point constant the function reads from memory (x86 has no
// floating immediates): a float or a double, or a 16-byte mask for xorps
// and andps (which read all 16 bytes, aligned: Intel SDM vol. 2, "XORPS").
// `low` holds the bits of a float or double; a mask is low, then high.
struct PoolConstant {
  enum class Kind : uint8_t { Float, Double, Mask };
  uint64_t low = 0, high = 0;
  int size = 8;  // bytes: 4, 8 or 16
  Kind kind = Kind::Double;
};

struct Frame {
  int localsSize = 0;      // bytes of slots below %rbp, rounded up to 16
  int reserved = 0;        // what the prologue subtracts from %rsp (0 in the red zone)
  bool makesCalls = false;
  bool usesRedZone = false;
  int stackArgumentBytes = 0;  // the caller's pushed arguments, at 16(%rbp) and up
};

// -g: a nested block of the C source that declares variables (DWARF 5
// section 3.5, lexical blocks): its code lies between two DebugLabels.
// Scope 0 is the function's body itself, whose locals belong to the function.
struct LexicalScope {
  int parent = -1;
  int beginLabel = 0, endLabel = 0;          // DebugLabel numbers
  std::vector<const VarDecl*> variables;     // locals and static locals declared here
};

struct MachineFunction {
  std::string_view name;
  std::string signature;   // the C declaration, for listings that show it (Plan 9's)
  bool global = true;      // false: static
  int index = 0;           // numbers its local labels (.LBB<index>_N) and tables
  std::vector<Block> blocks;
  std::vector<FrameSlot> slots;
  std::vector<JumpTable> jumpTables;
  std::vector<PoolConstant> constants;  // ripRelative(Symbol{Constant, n}) reads the n-th
  Frame frame;
  // The general registers the epilogue hands the result back in (psABI
  // 3.2.3): selection leaves %rax for an integer or a pointer, none for
  // void or a floating result, %rax and %rdx for a structure.
  std::array<Reg, 2> resultRegisters{Reg::AX, Reg::DX};
  int resultRegisterCount = 2;
  std::vector<LexicalScope> scopes;  // -g only
  int debugLabels = 0;               // -g: DebugLabels made so far
  // Owns the words of notes and source lines, which stay where they are
  // as more come; a list, which allocates nothing while empty (as it is
  // without -fverbose-asm), nor when the function is moved.
  std::forward_list<std::string> texts;

  std::string_view keepText(std::string text) {
    texts.push_front(std::move(text));
    return texts.front();
  }
};

// Where each block is in f.blocks, by label. Labels are small numbers
// counted up in each function, so a vector indexed by label finds a block
// without hashing (the jump passes ask for every jump).
class BlockIndex {
 public:
  explicit BlockIndex(const MachineFunction& f);
  // The position of the block labelled `label`, or -1 if there is none.
  int find(int64_t label) const {
    return label >= 0 && static_cast<size_t>(label) < position_.size()
               ? position_[static_cast<size_t>(label)]
               : -1;
  }
  // One more than the largest label: a table by label needs this many rows.
  size_t limit() const { return position_.size(); }

 private:
  std::vector<int> position_;
};

// How many loops lie around each block, by position: a loop is a jump back
// to its own block or an earlier one (selection lays blocks out in source
// order), and takes in the blocks from there to the jump.
std::vector<int> loopDepths(const MachineFunction& f);

// A label no block has yet.
int unusedLabel(const MachineFunction& f);

// Data with static storage: a global or static variable, as a run of
// pieces from offset 0 to its size.
struct DataPiece {
  enum class Kind : uint8_t { Zero, Integer, Address, Bytes, Float, Double };
  Kind kind = Kind::Zero;
  int64_t size = 0;          // bytes; Integer: 1, 2, 4 or 8; Float 4; Double 8
  int64_t value = 0;         // Integer: the value; Address: the offset from the symbol;
                             // Float, Double: the IEEE 754 bits
  Symbol symbol;             // Address
  std::string_view bytes;    // Bytes: exactly `size` of them
};

struct DataObject {
  enum class Section : uint8_t { Data, Bss, ReadOnly };
  Symbol symbol;
  int64_t size = 4;
  int align = 4;
  Section section = Section::Data;
  std::vector<DataPiece> pieces;
};

}  // namespace mach
}  // namespace minicc
