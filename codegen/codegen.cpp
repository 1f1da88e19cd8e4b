// Code generation for a whole file. Each function goes through the back
// end's stages on its own — instruction selection, the passes, frame layout,
// printing — and is freed before the next; then come the variables with
// static storage, the string literals and the file's trailer.
#include "codegen/codegen.h"

#include <optional>

#include "codegen/abi.h"
#include "codegen/debug_info.h"
#include "codegen/frame_layout.h"
#include "codegen/function_codegen.h"
#include "codegen/passes.h"
#include "codegen/printer.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"

namespace minicc {
namespace {

mach::DataObject dataObject(const VarDecl& var, StringTable& strings) {
  mach::DataObject object;
  object.symbol.kind = mach::Symbol::Kind::C;
  object.symbol.name = var.symbol;
  object.symbol.fileLocal = var.place != VarPlace::Global || var.storage == StorageClass::Static;
  object.size = abi::sizeOf(var.type);
  object.align = abi::alignOf(var.type);
  if (!var.hasInitValue && var.init && var.init->kind == ExprKind::StringLiteral) {
    object.init = mach::DataObject::Init::StringAddress;
    object.value = strings.idFor(static_cast<const StringLiteralExpr*>(var.init)->bytes);
  } else if (var.hasInitValue && var.initValue != 0) {
    object.init = mach::DataObject::Init::Integer;
    object.value = object.size == 1 ? static_cast<int8_t>(var.initValue) : var.initValue;
  }
  return object;
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

std::string generateAssembly(const TranslationUnit& unit, Target target,
                             const CodegenOptions& requested) {
  CodegenOptions options = requested;
  if (options.notation == Notation::Plan9) options.jumpTables = false;
  // -g on ELF GNU listings only (codegen.h says why).
  if (options.notation == Notation::Plan9 || !targetInfo(target).elfSymbolInfo)
    options.debugInfo = false;
  std::optional<debug::UnitBuilder> debugInfo;
  if (options.debugInfo) debugInfo.emplace(options.mainFileName, options.compilationDirectory);
  StringTable strings;
  std::unique_ptr<Printer> printer = makePrinter(target, options);
  printer->beginFile();

  FrameOptions frameOptions;
  frameOptions.unwindTables = options.unwindTables && options.notation != Notation::Plan9;
  frameOptions.frameNotes = options.verboseAsm;
  int index = 0;
  for (const Decl* decl : unit.decls) {
    if (decl->kind != DeclKind::Function) continue;
    const auto* fn = static_cast<const FunctionDecl*>(decl);
    if (!fn->body) continue;
    mach::MachineFunction f = selectInstructions(*fn, index++, options, strings);
    runPasses(f);
    layoutFrame(f, frameOptions);
    f.signature = fn->type->base->str() + " " + std::string(fn->name);
    if (debugInfo) debugInfo->addFunction(*fn, f);
    printer->function(f);
  }

  for (const VarDecl* var : unit.staticStorage) {
    printer->data(dataObject(*var, strings));
    if (debugInfo && var->place == VarPlace::Global) debugInfo->addGlobal(*var);
  }
  printer->strings(strings);
  if (debugInfo) printer->debugInfo(debugInfo->finish());
  return printer->endFile();
}

}  // namespace minicc
