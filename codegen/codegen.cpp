// Code generation for a whole file: the functions, then the variables with
// static storage, then the string literals, then the target's trailer.
#include "codegen/codegen.h"

#include "codegen/asm_writer.h"
#include "codegen/function_codegen.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"
#include "lexer/literals.h"

namespace minicc {
namespace {

// Power-of-two alignment exponent for .p2align: 4 bytes -> 2, 8 -> 3.
int log2Alignment(int size) { return size == 8 ? 3 : size == 4 ? 2 : 0; }

void emitVariable(const VarDecl& var, const TargetInfo& target, StringTable& strings,
                  AsmWriter& out) {
  const std::string symbol = target.symbol(var.symbol);
  const int size = var.type->size();
  const bool global = var.place == VarPlace::Global && var.storage != StorageClass::Static;
  const bool isString = !var.hasInitValue && var.init && var.init->kind == ExprKind::StringLiteral;
  const bool zero = !isString && (!var.hasInitValue || var.initValue == 0);

  if (zero && !target.elfSymbolInfo) {  // Mach-O keeps zeroed data out of the file
    if (global) out.directive(".globl", symbol);
    out.directive(".zerofill", "__DATA,__bss," + symbol + "," + std::to_string(size) + "," +
                                   std::to_string(log2Alignment(size)));
    return;
  }
  if (target.elfSymbolInfo) out.directive(".type", symbol + ",@object");
  out.directive(zero ? target.bssSection : target.dataSection);
  if (global) out.directive(".globl", symbol);
  if (log2Alignment(size)) out.directive(".p2align", std::to_string(log2Alignment(size)));
  out.label(symbol);
  if (zero) {
    out.directive(".zero", std::to_string(size));
  } else if (isString) {
    out.directive(".quad", strings.labelFor(static_cast<const StringLiteralExpr*>(var.init)->bytes));
  } else {
    int32_t value = size == 1 ? static_cast<int8_t>(var.initValue) : var.initValue;
    out.directive(size == 1 ? ".byte" : size == 8 ? ".quad" : ".long", std::to_string(value));
  }
  if (target.elfSymbolInfo) out.directive(".size", symbol + ", " + std::to_string(size));
}

}  // namespace

std::string generateAssembly(const TranslationUnit& unit, Target targetKind,
                             const CodegenOptions& options) {
  const TargetInfo& target = targetInfo(targetKind);
  StringTable strings(target.stringLabelBase);
  AsmWriter out;
  if (target.textSection == ".text")
    out.directive(".text");
  else
    out.directive(target.textSection);

  int index = 0;
  for (const Decl* decl : unit.decls) {
    if (decl->kind != DeclKind::Function) continue;
    const auto* fn = static_cast<const FunctionDecl*>(decl);
    if (!fn->body) continue;
    generateFunction(*fn, index++, target, options, strings, out);
    out.blankLine();
  }

  for (const VarDecl* var : unit.staticStorage) {
    emitVariable(*var, target, strings, out);
    out.blankLine();
  }

  if (!strings.entries().empty()) {
    out.directive(target.cstringSection);
    for (const StringTable::Entry& entry : strings.entries()) {
      out.label(entry.label);
      out.directive(".asciz", "\"" + escapeForAssembler(entry.bytes) + "\"");
    }
    out.blankLine();
  }

  if (targetKind == Target::DarwinMachO)
    out.columnZeroDirective(target.trailer);
  else
    out.directive(target.trailer);
  return out.take();
}

}  // namespace minicc
