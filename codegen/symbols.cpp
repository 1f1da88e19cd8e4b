#include "codegen/symbols.h"

namespace minicc {

mach::Symbol symbolOf(const Decl* decl) {
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::C;
  if (decl->kind == DeclKind::Function) {
    auto* fn = static_cast<const FunctionDecl*>(decl)->canonical;
    symbol.name = fn->name;
    symbol.fileLocal = fn->storage == StorageClass::Static;
  } else {  // the storage all declarations of the variable share
    auto* var = static_cast<const VarDecl*>(decl)->canonical;
    symbol.name = var->symbol;
    symbol.fileLocal = var->place != VarPlace::Global || var->storage == StorageClass::Static;
  }
  return symbol;
}

}  // namespace minicc
