// Semantic analysis. One walk over the tree: declarations enter scopes,
// references are resolved, expressions get types and constant values,
// statements are checked against C's rules.
// This file holds the scopes and the declarations; see sema_internal.h for the rest.
#include "sema/sema.h"

#include <algorithm>

#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

// ------------------------------------------------------------------- scopes

Decl* Sema::lookup(std::string_view name) const {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    auto found = it->find(name);
    if (found != it->end()) return found->second;
  }
  return nullptr;
}

void Sema::declareLocal(Decl* decl) {
  if (decl->name.empty()) return;
  Scope& scope = scopes_.back();
  auto [it, inserted] = scope.emplace(decl->name, decl);
  if (inserted) return;
  Decl* previous = it->second;
  bool bothFunctions = previous->kind == DeclKind::Function && decl->kind == DeclKind::Function;
  if (bothFunctions) return;  // repeated prototypes are checked by linkFunction
  bool param = decl->kind == DeclKind::Variable &&
               static_cast<VarDecl*>(decl)->place == VarPlace::Param;
  diags_.error(decl->loc,
               std::string(param ? "redefinition of parameter '" : "redefinition of '") +
                   std::string(decl->name) + "'",
               decl->name.size());
  diags_.note(previous->loc, "previous definition is here", previous->name.size());
}

void Sema::popScope() {
  std::vector<VarDecl*> unused;
  for (auto& [name, decl] : scopes_.back()) {
    if (decl->kind != DeclKind::Variable) continue;
    auto* var = static_cast<VarDecl*>(decl);
    if (!var->used && (var->place == VarPlace::Local || var->place == VarPlace::StaticLocal))
      unused.push_back(var);
  }
  // The scope is a hash table: report in source order, as gcc and clang do.
  std::sort(unused.begin(), unused.end(), [](const VarDecl* a, const VarDecl* b) {
    return std::make_pair(a->loc.line, a->loc.col) < std::make_pair(b->loc.line, b->loc.col);
  });
  for (VarDecl* var : unused)
    diags_.warning(var->loc, "unused variable '" + std::string(var->name) + "'", "unused-variable",
                   var->name.size());
  scopes_.pop_back();
}

// ------------------------------------------------------------- declarations

void Sema::run(TranslationUnit& unit) {
  unit_ = &unit;
  scopes_.emplace_back();
  for (Decl* decl : unit.decls) {
    if (decl->kind == DeclKind::Variable) {
      auto* var = static_cast<VarDecl*>(decl);
      var->place = VarPlace::Global;
      fileScopeVariable(var);
    } else {
      fileScopeFunction(static_cast<FunctionDecl*>(decl));
    }
  }
  checkStaticFunctionsDefined();
}

// The folded initialiser of a variable with static storage (C17 6.7.9p4).
void Sema::foldStaticInitializer(VarDecl* var, VarDecl* storage) {
  if (!var->init) return;
  const Type* type = checkExpr(var->init);
  if (!checkConvertible(var->type, var->init, "initializing")) return;
  if (var->init->constant) {
    storage->initValue = *var->init->constant;
    storage->hasInitValue = true;
  } else if (type->isPointer() && var->init->kind == ExprKind::StringLiteral) {
    storage->init = var->init;  // the address of a string: a constant too
  } else {
    diags_.error(var->init->begin, "initializer element is not a compile-time constant",
                 var->init->length);
  }
}

void Sema::fileScopeVariable(VarDecl* var) {
  Scope& file = scopes_.front();
  auto it = file.find(var->name);
  if (it != file.end() && it->second->kind == DeclKind::Function) {
    diags_.error(var->loc, "redefinition of '" + std::string(var->name) +
                               "' as different kind of symbol", var->name.size());
    diags_.note(it->second->loc, "previous definition is here", it->second->name.size());
    return;
  }
  file[var->name] = var;
  auto linked = globalVariables_.find(var->name);
  VarDecl* canonical = var;
  if (linked != globalVariables_.end()) {
    canonical = linked->second;
    var->canonical = canonical;
    if (!sameType(canonical->type, var->type)) {
      diags_.error(var->loc, "redefinition of '" + std::string(var->name) +
                                 "' with a different type: '" + var->type->str() + "' vs '" +
                                 canonical->type->str() + "'", var->name.size());
      diags_.note(canonical->loc, "previous definition is here", canonical->name.size());
      return;
    }
    bool wasStatic = canonical->storage == StorageClass::Static;
    if (var->storage == StorageClass::Static && !wasStatic) {
      diags_.error(var->loc, "static declaration of '" + std::string(var->name) +
                                 "' follows non-static declaration", var->name.size());
      diags_.note(canonical->loc, "previous declaration is here", canonical->name.size());
    } else if (var->storage == StorageClass::None && wasStatic) {
      diags_.error(var->loc, "non-static declaration of '" + std::string(var->name) +
                                 "' follows static declaration", var->name.size());
      diags_.note(canonical->loc, "previous declaration is here", canonical->name.size());
    }
    if (var->init && (canonical->hasInitValue || canonical->init)) {
      diags_.error(var->loc, "redefinition of '" + std::string(var->name) + "'",
                   var->name.size());
      diags_.note(canonical->loc, "previous definition is here", canonical->name.size());
      return;
    }
  } else {
    globalVariables_[var->name] = var;
    var->symbol = std::string(var->name);
  }
  if (var->init && var->storage == StorageClass::Extern)
    diags_.warning(var->loc, "'extern' variable has an initializer", "extern-initializer",
                   var->name.size());
  foldStaticInitializer(var, canonical);
  // With an initialiser it is a definition; without, a tentative one unless
  // extern (C17 6.9.2). Either way this file then provides the storage.
  if (var->init || var->storage != StorageClass::Extern) {
    if (!canonical->isDefinition) unit_->staticStorage.push_back(canonical);
    canonical->isDefinition = true;
  }
}

// Links a function declaration with earlier ones of the same name, checking
// that they agree; returns the first (canonical) one.
FunctionDecl* Sema::linkFunction(FunctionDecl* fn) {
  auto [it, inserted] = functions_.emplace(fn->name, fn);
  if (inserted) return fn;
  FunctionDecl* canonical = it->second;
  fn->canonical = canonical;
  if (!sameType(canonical->type, fn->type)) {
    diags_.error(fn->loc, "conflicting types for '" + std::string(fn->name) + "'",
                 fn->name.size());
    diags_.note(canonical->loc, "previous declaration is here", canonical->name.size());
    return canonical;
  }
  if (!canonical->type->prototyped && fn->type->prototyped) canonical->type = fn->type;
  if (fn->storage == StorageClass::Static && canonical->storage != StorageClass::Static) {
    diags_.error(fn->loc, "static declaration of '" + std::string(fn->name) +
                              "' follows non-static declaration", fn->name.size());
    diags_.note(canonical->loc, "previous declaration is here", canonical->name.size());
  }
  return canonical;
}

void Sema::fileScopeFunction(FunctionDecl* fn) {
  Scope& file = scopes_.front();
  auto it = file.find(fn->name);
  if (it != file.end() && it->second->kind == DeclKind::Variable) {
    diags_.error(fn->loc, "redefinition of '" + std::string(fn->name) +
                              "' as different kind of symbol", fn->name.size());
    diags_.note(it->second->loc, "previous definition is here", it->second->name.size());
    return;
  }
  file[fn->name] = fn;
  FunctionDecl* canonical = linkFunction(fn);
  if (!fn->body) return;
  if (FunctionDecl* previous = canonical->definition) {
    diags_.error(fn->loc, "redefinition of '" + std::string(fn->name) + "'", fn->name.size());
    diags_.note(previous->loc, "previous definition is here", previous->name.size());
    return;
  }
  canonical->definition = fn;
  functionDefinition(fn);
}

// A static function that is called but defined nowhere can only fail to
// link: say so here, as gcc and clang do.
void Sema::checkStaticFunctionsDefined() {
  for (Decl* decl : unit_->decls) {
    if (decl->kind != DeclKind::Function) continue;
    auto* fn = static_cast<FunctionDecl*>(decl);
    if (fn->canonical != fn || fn->storage != StorageClass::Static) continue;
    if (fn->called && !fn->definition)
      diags_.warning(fn->loc, "function '" + std::string(fn->name) +
                                  "' has internal linkage but is not defined",
                     "undefined-internal", fn->name.size());
  }
}

void Sema::functionDefinition(FunctionDecl* fn) {
  function_ = fn;
  labels_.clear();
  gotos_.clear();
  const Type* result = fn->type->base;
  if (fn->name == "main" && !(result->kind == TypeKind::Int))
    diags_.error(fn->loc, "'main' must return 'int'", 4);

  scopes_.emplace_back();  // parameters share the scope of the body's block (C17 6.2.1p4)
  for (VarDecl* param : fn->params) declareLocal(param);
  checkBlock(fn->body, /*newScope=*/false);
  for (VarDecl* param : fn->params) param->used = true;  // never warn for parameters
  popScope();

  for (GotoStmt* g : gotos_) {
    auto it = labels_.find(g->label);
    if (it == labels_.end())
      diags_.error(g->labelLoc, "use of undeclared label '" + std::string(g->label) + "'",
                   g->label.size());
    else
      g->target = it->second;
  }

  fn->mayFallOffEnd = canComplete(fn->body);
  if (fn->mayFallOffEnd && !result->isVoid() && fn->name != "main") {
    diags_.warning(fn->body->closeLoc, "non-void function does not return a value",
                   "return-type");
  }
  function_ = nullptr;
}

void Sema::localDeclaration(Decl* decl) {
  if (decl->kind == DeclKind::Function) {
    auto* fn = static_cast<FunctionDecl*>(decl);
    if (fn->storage == StorageClass::Static)
      diags_.error(fn->loc, "function declared in block scope cannot have 'static' storage class",
                   fn->name.size());
    declareLocal(fn);
    linkFunction(fn);
    return;
  }
  auto* var = static_cast<VarDecl*>(decl);
  switch (var->place) {
    case VarPlace::Local:
      declareLocal(var);
      function_->locals.push_back(var);
      if (var->init) {
        checkExpr(var->init);
        checkConvertible(var->type, var->init, "initializing");
      }
      return;
    case VarPlace::StaticLocal: {
      declareLocal(var);
      // Named after the function, as clang does: "counter.calls".
      std::string base = std::string(function_->name) + "." + std::string(var->name);
      int n = staticLocalNames_[base]++;
      var->symbol = n == 0 ? base : base + "." + std::to_string(n);
      var->isDefinition = true;
      foldStaticInitializer(var, var);
      unit_->staticStorage.push_back(var);
      return;
    }
    case VarPlace::Global: {  // "extern int x;" inside a block
      if (var->init)
        diags_.error(var->loc, "declaration of block scope identifier with linkage cannot have an initializer",
                     var->name.size());
      declareLocal(var);
      auto [it, inserted] = globalVariables_.emplace(var->name, var);
      if (inserted) {
        var->symbol = std::string(var->name);
      } else {
        var->canonical = it->second;
        if (!sameType(it->second->type, var->type)) {
          diags_.error(var->loc, "redeclaration of '" + std::string(var->name) +
                                     "' with a different type", var->name.size());
          diags_.note(it->second->loc, "previous declaration is here", var->name.size());
        }
      }
      var->used = true;
      return;
    }
    case VarPlace::Param:
      return;
  }
}

}  // namespace sema_detail

void analyze(TranslationUnit& unit, AstContext& ast, Diagnostics& diags) {
  sema_detail::Sema(ast, diags).run(unit);
}

}  // namespace minicc
