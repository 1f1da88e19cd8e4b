// Code generation for a whole file. Each function goes through the back
// end's stages on its own — instruction selection, the passes, frame layout,
// printing — and is freed before the next (the driver hands them over as
// sema finishes each); then come the variables with static storage, the
// string literals and the file's trailer.
#include "codegen/codegen.h"

#include <optional>

#include "codegen/abi.h"
#include "codegen/debug_info.h"
#include "codegen/frame_layout.h"
#include "codegen/function_codegen.h"
#include "codegen/listing_comments.h"
#include "codegen/optimize/optimize.h"
#include "codegen/passes.h"
#include "codegen/printer.h"
#include "codegen/string_table.h"
#include "codegen/symbols.h"
#include "codegen/target_info.h"

#include <algorithm>

namespace minicc {
namespace {

// A variable with static storage as data: its initialiser's folded values
// placed at their offsets, zeros between (C17 6.7.9p10).
mach::DataObject dataObject(const VarDecl& var, StringTable& strings) {
  mach::DataObject object;
  object.symbol = symbolOf(&var);
  object.size = abi::sizeOf(var.type);
  object.align = abi::variableAlignment(var.type);
  int64_t at = 0;
  bool anyAddress = false, allZero = true;
  auto zeros = [](int64_t size) {
    mach::DataPiece piece;
    piece.size = size;
    return piece;
  };
  auto zeroUpTo = [&](int64_t offset) {
    if (offset > at) object.pieces.push_back(zeros(offset - at));
    at = std::max(at, offset);
  };
  for (size_t i = 0; i < var.initElements.size() && i < var.staticValues.size(); ++i) {
    const InitElement& element = var.initElements[i];
    const StaticValue& v = var.staticValues[i];
    zeroUpTo(element.offset);
    mach::DataPiece piece;
    piece.size = abi::sizeOf(element.type);
    if (v.stringBytes) {  // a char array's string: its bytes, and its NUL if it fits
      std::string_view bytes = v.string->bytes;
      int64_t used = std::min<int64_t>(piece.size, static_cast<int64_t>(bytes.size()));
      piece.kind = mach::DataPiece::Kind::Bytes;
      piece.bytes = bytes.substr(0, static_cast<size_t>(used));
      piece.size = used;
      if (used) object.pieces.push_back(piece);
      at = element.offset + used;
      allZero = allZero && bytes.find_first_not_of('\0') == std::string_view::npos;
      continue;
    }
    if (v.string || v.symbol) {
      piece.kind = mach::DataPiece::Kind::Address;
      piece.value = v.value;
      if (v.string) {
        piece.symbol.kind = mach::Symbol::Kind::StringLiteral;
        piece.symbol.index = strings.idFor(v.string->bytes);
      } else {
        piece.symbol = symbolOf(v.symbol);
      }
      anyAddress = true;
      allZero = false;
    } else {
      piece.kind = !element.type->isFloating() ? mach::DataPiece::Kind::Integer
                   : element.type->unqualified->kind == TypeKind::Float ? mach::DataPiece::Kind::Float
                                                                        : mach::DataPiece::Kind::Double;
      piece.value = v.value;
      allZero = allZero && v.value == 0;
    }
    object.pieces.push_back(piece);
    at = element.offset + piece.size;
  }
  zeroUpTo(object.size);
  if (allZero) {
    object.section = mach::DataObject::Section::Bss;
    object.pieces.assign(1, zeros(object.size));
  } else if (var.type->isConst || (var.type->isArray() && var.type->base->isConst)) {
    // const data no relocation touches is read-only, as clang places it.
    if (!anyAddress) object.section = mach::DataObject::Section::ReadOnly;
  }
  return object;
}

// A function definition through the back end's stages: instruction
// selection, -O's passes, the passes, frame layout.
mach::MachineFunction lowerFunction(const FunctionDecl& fn, int index, const CodegenOptions& options,
                                    const FrameOptions& frameOptions, StringTable& strings,
                                    const std::vector<VarDecl*>& staticStorage,
                                    mach::InstBuffers* buffers = nullptr) {
  mach::MachineFunction f = selectInstructions(fn, index, options, strings, buffers);
  if (options.optimize)
    optimize::optimizeFunction(f, optimize::OptimizeOptions{options.debugInfo});
  runPasses(f);
  layoutFrame(f, frameOptions);
  if (options.verboseAsm) noteRecordLayouts(f, staticStorage);
  return f;
}

// "int add3(int a, int b)", for listings that show it.
std::string signatureOf(const FunctionDecl& fn) {
  std::string params;
  for (const VarDecl* param : fn.params)
    params += (params.empty() ? "" : ", ") + param->type->declare(param->name);
  if (fn.params.empty()) params = fn.type->prototyped ? "void" : "";
  if (fn.type->variadic) params += ", ...";
  return fn.type->base->declare(std::string(fn.name) + "(" + params + ")");
}

std::unique_ptr<Printer> makePrinter(Target target, const CodegenOptions& options) {
  switch (options.notation) {
    case Notation::Plan9: return makePlan9Printer(options);
    case Notation::Intel: return makeGasPrinter(targetInfo(target), true, options);
    case Notation::Att: break;
  }
  return makeGasPrinter(targetInfo(target), false, options);
}

}  // namespace

struct AssemblyGenerator::State {
  CodegenOptions options;
  std::ostream* stream;
  std::optional<debug::UnitBuilder> debugInfo;
  StringTable strings;
  std::unique_ptr<Printer> printer;
  FrameOptions frameOptions;
  int functions = 0;  // numbers each function's labels
  mach::InstBuffers buffers;  // each printed function's storage, for the next
};

AssemblyGenerator::AssemblyGenerator(Target target, const CodegenOptions& requested,
                                     std::ostream* stream)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.stream = stream;
  CodegenOptions& options = s.options;
  options = requested;
  if (stream) options.sourceBytes = 0;  // no room to reserve: the text leaves as it is made
  if (options.notation == Notation::Plan9) options.jumpTables = false;
  // -g on ELF GNU listings only (codegen.h says why).
  if (options.notation == Notation::Plan9 || !targetInfo(target).elfSymbolInfo)
    options.debugInfo = false;
  if (options.debugInfo) s.debugInfo.emplace(options.mainFileName, options.compilationDirectory);
  s.printer = makePrinter(target, options);
  s.printer->beginFile();
  s.frameOptions.unwindTables = options.unwindTables && options.notation != Notation::Plan9;
  s.frameOptions.frameNotes = options.verboseAsm;
  s.frameOptions.epilogueCfi = targetInfo(target).epilogueCfi;
  s.frameOptions.omitLeafFrame = options.optimize;
  s.frameOptions.quickReturn = options.optimize && !options.debugInfo;
}

AssemblyGenerator::~AssemblyGenerator() = default;

void AssemblyGenerator::function(const FunctionDecl& fn, const TranslationUnit& unit) {
  State& s = *state_;
  mach::MachineFunction f = lowerFunction(fn, s.functions++, s.options, s.frameOptions, s.strings,
                                          unit.staticStorage, &s.buffers);
  if (s.options.notation == Notation::Plan9) f.signature = signatureOf(fn);  // its TEXT line says it
  if (s.debugInfo) s.debugInfo->addFunction(fn, f);
  s.printer->function(f);
  if (s.stream) s.printer->drainInto(*s.stream);
  s.buffers.recycle(f);
}

std::string AssemblyGenerator::finish(const TranslationUnit& unit) {
  State& s = *state_;
  for (const VarDecl* var : unit.staticStorage) {
    s.printer->data(dataObject(*var, s.strings));
    if (s.debugInfo && var->place == VarPlace::Global) s.debugInfo->addGlobal(*var);
  }
  s.printer->strings(s.strings);
  if (s.debugInfo) s.printer->debugInfo(s.debugInfo->finish());
  std::string rest = s.printer->endFile();
  if (!s.stream) return rest;
  *s.stream << rest;
  return {};
}

namespace {

std::string generate(const TranslationUnit& unit, Target target, const CodegenOptions& options,
                     std::ostream* stream) {
  AssemblyGenerator generator(target, options, stream);
  for (const Decl* decl : unit.decls)
    if (decl->kind == DeclKind::Function && static_cast<const FunctionDecl*>(decl)->body)
      generator.function(*static_cast<const FunctionDecl*>(decl), unit);
  return generator.finish(unit);
}

}  // namespace

std::string generateAssembly(const TranslationUnit& unit, Target target,
                             const CodegenOptions& options) {
  return generate(unit, target, options, nullptr);
}

void generateAssembly(const TranslationUnit& unit, Target target, const CodegenOptions& options,
                      std::ostream& out) {
  generate(unit, target, options, &out);
}

std::unordered_map<const VarDecl*, int> frameSlots(const TranslationUnit& unit,
                                                    const CodegenOptions& options) {
  std::unordered_map<const VarDecl*, int> slots;
  StringTable strings;
  int index = 0;
  for (const Decl* decl : unit.decls) {
    if (decl->kind != DeclKind::Function) continue;
    const auto* fn = static_cast<const FunctionDecl*>(decl);
    if (!fn->body) continue;
    mach::MachineFunction f =
        lowerFunction(*fn, index++, options, FrameOptions{}, strings, unit.staticStorage);
    for (const mach::FrameSlot& slot : f.slots)
      if (slot.variable) slots[slot.variable] = slot.offset;
  }
  return slots;
}

}  // namespace minicc
