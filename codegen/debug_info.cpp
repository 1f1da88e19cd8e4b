// -g: the DIE tree of a file, built from the checked tree and each laid-out
// function (see debug_info.h for its shape).
#include "codegen/debug_info.h"

#include "codegen/symbols.h"

#include "codegen/abi.h"

namespace minicc {
namespace debug {
namespace {

// DWARF 5 section 7.12 (languages), 7.8 (base type encodings), 7.7.1 (operations).
constexpr uint64_t kLanguageC11 = 0x1d;
constexpr uint64_t kEncodingFloat = 0x04;       // DW_ATE_float
constexpr uint64_t kEncodingSigned = 0x05;      // DW_ATE_*: DWARF 5 table 7.11
constexpr uint64_t kEncodingSignedChar = 0x06;
constexpr uint64_t kEncodingUnsigned = 0x07;
constexpr uint64_t kEncodingUnsignedChar = 0x08;
constexpr uint8_t kOpAddr = 0x03;
constexpr uint8_t kOpReg0 = 0x50;   // DW_OP_reg0 ... DW_OP_reg31: "the value is in register n"
constexpr uint8_t kOpFbreg = 0x91;
constexpr uint8_t kOpConsts = 0x11;      // a signed LEB128 constant
constexpr uint8_t kOpStackValue = 0x9f;  // the expression computes the value, not an address

// DWARF's numbers for the general registers (psABI 3.6.2, figure 3.36),
// which are not the hardware's: %rdx is 1, %rcx 2, %rsi 4, %rdi 5.
uint8_t dwarfRegister(mach::Reg r) {
  using mach::Reg;
  switch (r) {
    case Reg::AX: return 0;
    case Reg::DX: return 1;
    case Reg::CX: return 2;
    case Reg::BX: return 3;
    case Reg::SI: return 4;
    case Reg::DI: return 5;
    case Reg::BP: return 6;
    case Reg::SP: return 7;
    default:  // %r8-%r15 are 8-15 in both; %xmm0-%xmm15 are 17-32
      return mach::isVector(r) ? static_cast<uint8_t>(17 + mach::encodingNumber(r)) : static_cast<uint8_t>(r);
  }
}
const uint8_t kOpReg6 = kOpReg0 + dwarfRegister(mach::Reg::BP);  // the frame base, %rbp

Value number(Form form, uint64_t n) {
  Value v;
  v.form = form;
  v.number = n;
  return v;
}

Value string(std::string_view text) {
  Value v;
  v.form = Form::String;
  v.text = std::string(text);
  return v;
}

Value flag() { return number(Form::FlagPresent, 0); }

// A size or an offset, in the smallest constant form that holds it, as clang writes them.
Value constant(uint64_t n) {
  return number(n <= 0xff ? Form::Data1 : n <= 0xffff ? Form::Data2 : n <= 0xffffffff ? Form::Data4
                                                                                      : Form::Udata,
                n);
}

Value address(Label label) {
  Value v;
  v.form = Form::Addr;
  v.address = label;
  return v;
}

// high_pc as the length from low_pc (DWARF 5 section 2.17.2: a constant class form).
Value length(Label start, Label end) {
  Value v;
  v.form = Form::Data4;
  v.start = start;
  v.address = end;
  return v;
}

Value expression(std::vector<uint8_t> bytes, std::optional<Label> operand = std::nullopt) {
  Value v;
  v.form = Form::Exprloc;
  v.bytes = std::move(bytes);
  v.address = operand;
  return v;
}

void appendSleb128(std::vector<uint8_t>& bytes, int64_t value) {
  for (;;) {
    uint8_t byte = value & 0x7f;
    value >>= 7;  // arithmetic: the sign stays
    bool done = (value == 0 && !(byte & 0x40)) || (value == -1 && (byte & 0x40));
    bytes.push_back(done ? byte : byte | 0x80);
    if (done) return;
  }
}

Label symbolLabel(const mach::Symbol& s) {
  Label l;
  l.kind = Label::Kind::Symbol;
  l.symbol = s;
  return l;
}

Label functionEnd(int function) {
  Label l;
  l.kind = Label::Kind::FunctionEnd;
  l.function = function;
  return l;
}

Label debugLabel(int function, int number) {
  Label l;
  l.kind = Label::Kind::DebugLabel;
  l.function = function;
  l.number = number;
  return l;
}

mach::Symbol functionSymbol(const mach::MachineFunction& f) {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::C;
  s.name = f.name;
  s.fileLocal = !f.global;
  return s;
}

// What types share a DIE by: their spelling, and for one built on a
// structure or union (through pointers and arrays), which definition it is:
// a tag in an inner scope names a new one (C17 6.7.2.3p4), spelled the same.
std::string typeKey(const Type* type) {
  std::string key = type->str();
  for (const Type* t = type; t; t = t->base)
    if (t->isRecord()) key += " #" + std::to_string(reinterpret_cast<uintptr_t>(t->record));
  return key;
}

}  // namespace

UnitBuilder::UnitBuilder(std::string fileName, std::string directory) {
  add(Tag::CompileUnit, -1);
  set(0, Attribute::Producer, string("minicc"));
  set(0, Attribute::Language, number(Form::Data2, kLanguageC11));
  set(0, Attribute::Name, string(fileName));
  Label lines;
  lines.kind = Label::Kind::LineTable;
  Value stmtList;
  stmtList.form = Form::SecOffset;
  stmtList.address = lines;
  set(0, Attribute::StmtList, stmtList);
  set(0, Attribute::CompDir, string(directory));
}

int UnitBuilder::add(Tag tag, int parent) {
  int index = static_cast<int>(unit_.dies.size());
  unit_.dies.push_back({tag, {}, {}});
  if (parent >= 0) unit_.dies[parent].children.push_back(index);
  return index;
}

void UnitBuilder::set(int die, Attribute attribute, Value value) {
  unit_.dies[die].attributes.emplace_back(attribute, std::move(value));
}

// void has no DIE: an entity of type void has no DW_AT_type (DWARF 5 5.2).
void UnitBuilder::setType(int die, const Type* type) {
  int target = typeDie(type);
  if (target >= 0) set(die, Attribute::Type, number(Form::Ref4, static_cast<uint64_t>(target)));
}

void UnitBuilder::setDeclaration(int die, SourceLoc loc) {
  if (!loc.valid()) return;
  Value file;
  file.file = loc.file->name();
  set(die, Attribute::DeclFile, file);
  set(die, Attribute::DeclLine, number(Form::Udata, loc.line));
}

// The one place that says how a C type is described: a new TypeKind gets a
// case here. Types are shared by spelling (typeKey), so "char *" has one
// DIE however many Type objects spell it.
int UnitBuilder::typeDie(const Type* type) {
  if (!type || type->isVoid()) return -1;
  if (!type->typedefName.empty()) {  // a typedef: its name, then what it names
    const std::string key = "typedef " + std::string(type->typedefName);
    auto found = types_.find(key);
    if (found != types_.end()) return found->second;
    int die = add(Tag::Typedef, 0);
    types_[key] = die;
    set(die, Attribute::Name, string(std::string(type->typedefName)));
    setType(die, type->aliased);
    return die;
  }
  const std::string key = typeKey(type);
  auto found = types_.find(key);
  if (found != types_.end()) return found->second;

  int die = -1;
  if (type->isQualified()) {  // const, then volatile, each a DIE around the type
    die = add(type->isConst ? Tag::ConstType : Tag::VolatileType, 0);
    types_[key] = die;
    if (type->isConst && type->isVolatile)
      set(die, Attribute::Type, number(Form::Ref4, static_cast<uint64_t>(volatileDie(type->unqualified))));
    else
      setType(die, type->unqualified);
    return die;
  }
  switch (type->kind) {
    case TypeKind::Void:
      return -1;
    case TypeKind::Char: case TypeKind::SChar: case TypeKind::UChar:
    case TypeKind::Short: case TypeKind::UShort: case TypeKind::Int: case TypeKind::UInt:
    case TypeKind::Long: case TypeKind::ULong: case TypeKind::LongLong: case TypeKind::ULongLong:
    case TypeKind::Float: case TypeKind::Double: {
      bool character = abi::sizeOf(type) == 1;
      uint64_t encoding = type->isFloating() ? kEncodingFloat
                          : type->isUnsigned() ? (character ? kEncodingUnsignedChar : kEncodingUnsigned)
                                               : (character ? kEncodingSignedChar : kEncodingSigned);
      die = add(Tag::BaseType, 0);
      set(die, Attribute::Name, string(key));
      set(die, Attribute::Encoding, number(Form::Data1, encoding));
      set(die, Attribute::ByteSize, number(Form::Data1, abi::sizeOf(type)));
      break;
    }
    case TypeKind::Enum:  // its values are ints; gdb prints them as numbers
      die = add(Tag::EnumerationType, 0);
      if (!type->tag.empty()) set(die, Attribute::Name, string(std::string(type->tag)));
      set(die, Attribute::ByteSize, number(Form::Data1, abi::sizeOf(type)));
      for (const auto& [name, value] : type->enumerators) {
        int enumerator = add(Tag::Enumerator, die);
        set(enumerator, Attribute::Name, string(std::string(name)));
        set(enumerator, Attribute::ConstValue, number(Form::Sdata, static_cast<uint64_t>(value)));
      }
      break;
    case TypeKind::Array: {
      die = add(Tag::ArrayType, 0);
      types_[key] = die;
      setType(die, type->base);
      int range = add(Tag::SubrangeType, die);
      if (type->length >= 0) set(range, Attribute::Count, number(Form::Udata, type->length));
      break;
    }
    case TypeKind::Pointer:
      die = add(Tag::PointerType, 0);
      types_[key] = die;  // before the pointee, which may point back (a list's struct node)
      setType(die, type->base);
      break;
    case TypeKind::Function: {
      die = add(Tag::SubroutineType, 0);
      types_[key] = die;
      setType(die, type->base);
      if (type->prototyped) set(die, Attribute::Prototyped, flag());
      for (const Type* param : type->params) setType(add(Tag::FormalParameter, die), param);
      if (type->variadic || !type->prototyped) add(Tag::UnspecifiedParameters, die);
      break;
    }
    case TypeKind::Struct:
    case TypeKind::Union:
      return recordDie(type->record);
  }
  types_[key] = die;
  return die;
}

// "volatile T" on its own, for the inside of "const volatile T".
int UnitBuilder::volatileDie(const Type* unqualified) {
  const std::string key = "volatile " + typeKey(unqualified);
  auto found = types_.find(key);
  if (found != types_.end()) return found->second;
  int die = add(Tag::VolatileType, 0);
  types_[key] = die;
  setType(die, unqualified);
  return die;
}

// A structure or union (DWARF 5 5.7), one DIE per definition however it is
// spelled. The DIE is remembered before its members are described: a member
// may point back at it ("struct node *next").
int UnitBuilder::recordDie(const Record* record) {
  auto found = records_.find(record);
  if (found != records_.end()) return found->second;
  int die = add(record->isUnion ? Tag::UnionType : Tag::StructureType, 0);
  records_[record] = die;
  if (!record->tag.empty()) set(die, Attribute::Name, string(record->tag));
  if (!record->complete) {  // "struct s;" and never its body: a declaration (DWARF 5 5.7.1)
    set(die, Attribute::Declaration, flag());
    return die;
  }
  set(die, Attribute::ByteSize, constant(static_cast<uint64_t>(record->size)));
  setDeclaration(die, record->loc);
  for (const Member& m : record->members) {
    int member = add(Tag::Member, die);
    if (!m.name.empty()) set(member, Attribute::Name, string(m.name));  // an anonymous struct or union
    setType(member, m.type);
    setDeclaration(member, m.loc);
    set(member, Attribute::DataMemberLocation, constant(static_cast<uint64_t>(m.offset)));
  }
  return die;
}

void UnitBuilder::addVariable(const VarDecl* var, int parent, const mach::MachineFunction& f,
                              const std::unordered_map<const VarDecl*, int>& slots) {
  int die = add(var->place == VarPlace::Param ? Tag::FormalParameter : Tag::Variable, parent);
  set(die, Attribute::Name, string(var->name));
  setDeclaration(die, var->loc);
  setType(die, var->type);
  if (var->place == VarPlace::StaticLocal) {
    set(die, Attribute::Location, expression({kOpAddr}, symbolLabel(symbolOf(var))));
    return;
  }
  auto slot = slots.find(var);
  if (slot == slots.end()) return;  // no storage: no location (DWARF 5 2.6)
  const mach::FrameSlot& home = f.slots[slot->second];
  if (home.optimizedOut && home.constant) {  // -O: a constant, and nothing else holds it
    std::vector<uint8_t> op{kOpConsts};
    appendSleb128(op, *home.constant);
    op.push_back(kOpStackValue);  // the value itself, not its address (DWARF 5 2.6.1.1.4)
    set(die, Attribute::Location, expression(std::move(op)));
    return;
  }
  if (home.optimizedOut) return;  // -O: nothing reads it, so nothing holds it ("optimized out")
  if (home.home) {  // -O: in a register for the whole function
    set(die, Attribute::Location, expression({static_cast<uint8_t>(kOpReg0 + dwarfRegister(*home.home))}));
    return;
  }
  std::vector<uint8_t> op{kOpFbreg};
  appendSleb128(op, f.slots[slot->second].offset);  // the frame base is %rbp
  set(die, Attribute::Location, expression(std::move(op)));
}

// A block is worth an entry when it, or a block inside it, declares something.
bool UnitBuilder::hasVariables(const mach::MachineFunction& f, int scope) const {
  if (!f.scopes[scope].variables.empty()) return true;
  for (size_t i = 0; i < f.scopes.size(); ++i)
    if (f.scopes[i].parent == scope && hasVariables(f, static_cast<int>(i))) return true;
  return false;
}

void UnitBuilder::addScope(const mach::MachineFunction& f, int scope, int parent,
                           const std::unordered_map<const VarDecl*, int>& slots) {
  for (const VarDecl* var : f.scopes[scope].variables) addVariable(var, parent, f, slots);
  for (size_t i = 0; i < f.scopes.size(); ++i) {
    const mach::LexicalScope& inner = f.scopes[i];
    if (inner.parent != scope || !hasVariables(f, static_cast<int>(i))) continue;
    int block = add(Tag::LexicalBlock, parent);
    Label begin = debugLabel(f.index, inner.beginLabel);
    set(block, Attribute::LowPc, address(begin));
    set(block, Attribute::HighPc, length(begin, debugLabel(f.index, inner.endLabel)));
    addScope(f, static_cast<int>(i), block, slots);
  }
}

void UnitBuilder::addFunction(const FunctionDecl& fn, const mach::MachineFunction& f) {
  const mach::Symbol symbol = functionSymbol(f);
  if (!firstFunction_) firstFunction_ = symbol;
  lastFunction_ = f.index;

  int die = add(Tag::Subprogram, 0);
  set(die, Attribute::LowPc, address(symbolLabel(symbol)));
  set(die, Attribute::HighPc, length(symbolLabel(symbol), functionEnd(f.index)));
  set(die, Attribute::FrameBase, expression({kOpReg6}));
  set(die, Attribute::Name, string(fn.name));
  setDeclaration(die, fn.loc);
  if (fn.type->prototyped) set(die, Attribute::Prototyped, flag());
  setType(die, fn.type->base);
  if (f.global) set(die, Attribute::External, flag());

  std::unordered_map<const VarDecl*, int> slots;
  for (size_t i = 0; i < f.slots.size(); ++i)
    if (f.slots[i].variable) slots[f.slots[i].variable] = static_cast<int>(i);
  for (const VarDecl* param : fn.params) addVariable(param, die, f, slots);
  if (!f.scopes.empty()) addScope(f, 0, die, slots);
}

void UnitBuilder::addGlobal(const VarDecl& var) {
  int die = add(Tag::Variable, 0);
  set(die, Attribute::Name, string(var.name));
  setType(die, var.type);
  if (var.canonical->storage != StorageClass::Static) set(die, Attribute::External, flag());
  setDeclaration(die, var.loc);
  set(die, Attribute::Location, expression({kOpAddr}, symbolLabel(symbolOf(&var))));
}

Unit UnitBuilder::finish() {
  // The unit's code runs from its first function to the end of its last;
  // minicc writes them one after another into one .text section.
  if (firstFunction_) {
    Label start = symbolLabel(*firstFunction_);
    set(0, Attribute::LowPc, address(start));
    set(0, Attribute::HighPc, length(start, functionEnd(lastFunction_)));
  }
  return std::move(unit_);
}

}  // namespace debug
}  // namespace minicc
