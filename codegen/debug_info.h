// -g: the debug information of one file as data — a tree of DWARF 5
// debugging information entries (DIEs, DWARF 5 chapter 2) — and the printer
// of the assembler directives that encode it (.debug_abbrev, .debug_info).
// The line table is the assembler's: it builds .debug_line from the .loc
// lines the GNU printer writes for each Loc pseudo-instruction.
//
//   DW_TAG_compile_unit          producer "minicc", C11, name, comp_dir, pc range
//     DW_TAG_base_type           int, char ...         (one per C type, on demand)
//     DW_TAG_pointer_type        char *, char ** ...
//     DW_TAG_structure_type      struct point: its size, or DW_AT_declaration while incomplete
//       DW_TAG_member            x: its type and DW_AT_data_member_location
//     DW_TAG_union_type          the same, every member at 0
//     DW_TAG_variable            a global: DW_OP_addr symbol
//     DW_TAG_subprogram          a function: pc range, frame base %rbp
//       DW_TAG_formal_parameter  DW_OP_fbreg offset (its slot, after frame layout)
//       DW_TAG_variable          a local of the body; a static local: DW_OP_addr
//       DW_TAG_lexical_block     a nested block with variables, between two labels
//         DW_TAG_variable ...
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "codegen/asm_writer.h"
#include "codegen/machine.h"
#include "parser/ast.h"

namespace minicc {
namespace debug {

// The numbers DWARF 5 gives them (section 7.5, tables 7.3 to 7.6).
enum class Tag : uint16_t {
  ArrayType = 0x01, EnumerationType = 0x04, Enumerator = 0x28, FormalParameter = 0x05, LexicalBlock = 0x0b,
  Member = 0x0d, PointerType = 0x0f, CompileUnit = 0x11, StructureType = 0x13, SubroutineType = 0x15,
  Typedef = 0x16, UnionType = 0x17, UnspecifiedParameters = 0x18, SubrangeType = 0x21, BaseType = 0x24,
  ConstType = 0x26, Subprogram = 0x2e, Variable = 0x34, VolatileType = 0x35,
};
enum class Attribute : uint16_t {
  Location = 0x02, Name = 0x03, ByteSize = 0x0b, ConstValue = 0x1c, StmtList = 0x10, LowPc = 0x11, HighPc = 0x12,
  Language = 0x13, CompDir = 0x1b, Producer = 0x25, Prototyped = 0x27, DeclFile = 0x3a,
  DeclLine = 0x3b, Count = 0x37, DataMemberLocation = 0x38, Declaration = 0x3c, Encoding = 0x3e,
  External = 0x3f, FrameBase = 0x40, Type = 0x49,
};
enum class Form : uint8_t {
  Addr = 0x01, Data2 = 0x05, Data4 = 0x06, String = 0x08, Data1 = 0x0b, Sdata = 0x0d, Udata = 0x0f,
  Ref4 = 0x13, SecOffset = 0x17, Exprloc = 0x18, FlagPresent = 0x19,
};

// A place in the listing that only the printer can spell: a symbol, the
// end of a function (.Lfunc_end<N>), a DebugLabel, the line table's start.
struct Label {
  enum class Kind : uint8_t { Symbol, FunctionEnd, DebugLabel, LineTable };
  Kind kind = Kind::Symbol;
  mach::Symbol symbol;  // Symbol
  int function = 0;     // FunctionEnd, DebugLabel: the function's index
  int number = 0;       // DebugLabel: its number in the function
};

// An attribute's value, in the form its attribute is encoded in.
struct Value {
  Form form = Form::Udata;
  uint64_t number = 0;           // data*, udata; ref4: the DIE's index in the unit
  std::string text;              // string
  std::string_view file;         // udata naming a source file: the printer numbers it
  std::vector<uint8_t> bytes;    // exprloc: the expression, followed by `address`, if any
  std::optional<Label> address;  // addr; sec_offset; data4: the end of a length ...
  std::optional<Label> start;    // data4: ... from here (high_pc as an offset, DWARF 5 2.17.2)
};

struct Die {
  Tag tag;
  std::vector<std::pair<Attribute, Value>> attributes;
  std::vector<int> children;  // DIE indices
};

// Die 0 is the compile unit.
struct Unit {
  std::vector<Die> dies;
};

// Builds the unit as code generation goes: each function once it is laid
// out (its slots have offsets then), and the variables with static storage.
class UnitBuilder {
 public:
  UnitBuilder(std::string fileName, std::string directory);
  void addFunction(const FunctionDecl& fn, const mach::MachineFunction& f);
  void addGlobal(const VarDecl& var);
  Unit finish();

 private:
  int add(Tag tag, int parent);
  void set(int die, Attribute attribute, Value value);
  void setType(int die, const Type* type);
  void setDeclaration(int die, SourceLoc loc);
  int typeDie(const Type* type);
  int volatileDie(const Type* unqualified);
  int recordDie(const Record* record);
  void addVariable(const VarDecl* var, int parent, const mach::MachineFunction& f,
                   const std::unordered_map<const VarDecl*, int>& slots);
  void addScope(const mach::MachineFunction& f, int scope, int parent,
                const std::unordered_map<const VarDecl*, int>& slots);
  bool hasVariables(const mach::MachineFunction& f, int scope) const;

  Unit unit_;
  std::unordered_map<std::string, int> types_;  // by typeKey: derived types are made anew
  std::unordered_map<const Record*, int> records_;  // one per definition
  std::optional<mach::Symbol> firstFunction_;
  int lastFunction_ = 0;
};

// What the printer of the unit needs from the listing around it.
class ListingNames {
 public:
  virtual ~ListingNames() = default;
  virtual void label(const Label& label, AsmWriter& out) const = 0;
  virtual int fileNumber(std::string_view fileName) = 0;  // declares the file when new
};

// .debug_abbrev, .debug_info, and the start of .debug_line, for ELF.
void printUnit(const Unit& unit, ListingNames& names, AsmWriter& out);

}  // namespace debug
}  // namespace minicc
