// Semantic analysis. One walk over the tree: declarations enter scopes,
// references are resolved, expressions get types and constant values,
// statements are checked against C's rules.
// This file holds the scopes and the declarations; see sema_internal.h for the rest.
#include "sema/sema.h"

#include <algorithm>

#include "codegen/abi.h"
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

// ------------------------------------------------------------------- scopes

Decl* Sema::lookup(std::string_view name) const {
  Decl* const* decl = scopes_.find(name);
  return decl ? *decl : nullptr;
}

Decl* Sema::declaredInInnermostScope(std::string_view name) {
  Decl** decl = scopes_.findInInnermost(name);
  return decl ? *decl : nullptr;
}

// Enters `decl` in the innermost scope; checkRedeclaration has already said
// whether it may be there, and a wrong one still hides the earlier one.
void Sema::bind(Decl* decl) {
  if (!decl->name.empty()) scopes_.bind(decl->name, decl);
}

void Sema::popScope() {
  std::vector<VarDecl*> unused;
  scopes_.forEachInInnermost([&](Decl* decl) {
    if (decl->kind != DeclKind::Variable) return;
    auto* var = static_cast<VarDecl*>(decl);
    bool local = var->place == VarPlace::Local || var->place == VarPlace::StaticLocal;
    if (local && !var->used && !var->invalid) unused.push_back(var);
  });
  // Report in source order, as gcc and clang do.
  std::sort(unused.begin(), unused.end(), [](const VarDecl* a, const VarDecl* b) {
    return std::make_pair(a->loc.line, a->loc.col) < std::make_pair(b->loc.line, b->loc.col);
  });
  for (VarDecl* var : unused)
    diags_.warning(var->loc, "unused variable '" + std::string(var->name) + "'", "unused-variable",
                   var->name.size());
  scopes_.closeScope();
}

// ---------------------------------------------------------- redeclarations

namespace {

// C17 6.2.2: functions, file-scope variables and block-scope externs have
// linkage; parameters and the other block-scope variables have none.
bool hasLinkage(const Decl* decl) {
  if (decl->kind == DeclKind::Function) return true;
  return decl->kind == DeclKind::Variable &&
         static_cast<const VarDecl*>(decl)->place == VarPlace::Global;
}

bool hasExternalLinkage(const VarDecl* var) {
  return var->place == VarPlace::Global && var->canonical->storage != StorageClass::Static;
}

// Whether `decl` defines what it names: a function with a body, a variable
// with storage of its own (a tentative definition counts, C17 6.9.2).
bool isDefinition(const Decl* decl) {
  if (decl->kind == DeclKind::Function) return static_cast<const FunctionDecl*>(decl)->body;
  if (decl->kind != DeclKind::Variable) return true;
  auto* var = static_cast<const VarDecl*>(decl);
  return var->place != VarPlace::Global || var->init || var->storage != StorageClass::Extern;
}

// clang's note at the declaration a redeclaration conflicts with.
std::string_view previousNote(const Decl* previous) {
  return isDefinition(previous) ? "previous definition is here" : "previous declaration is here";
}

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

}  // namespace

// The earlier declaration with linkage of `name`, of either kind, even one in
// a block that has ended: all of them denote one entity (C17 6.2.2p2).
Decl* Sema::linkedDeclaration(std::string_view name) const {
  if (auto it = globalVariables_.find(name); it != globalVariables_.end()) return it->second;
  if (auto it = functions_.find(name); it != functions_.end()) return it->second;
  return nullptr;
}

void Sema::rejectRedeclaration(Decl* decl, const Decl* previous, const std::string& message,
                               std::string_view note) {
  diags_.error(decl->loc, message, decl->name.size());
  diags_.note(previous->loc, note, previous->name.size());
  decl->invalid = true;
}

// May `decl` declare the name of `previous` again (an earlier declaration in
// the same scope, or the one it links to)? Reports why not, as clang does.
// Two functions are compared by linkFunction.
bool Sema::checkRedeclaration(Decl* decl, const Decl* previous) {
  if (decl->kind != previous->kind) {
    rejectRedeclaration(decl, previous,
                        "redefinition of " + quoted(decl->name) + " as different kind of symbol",
                        "previous definition is here");
    return false;
  }
  if (decl->kind == DeclKind::Function) return true;
  if (decl->kind == DeclKind::Typedef) {
    // C11 6.7p3: a typedef may be repeated with the same type.
    if (sameType(decl->type, previous->type)) return true;
    rejectRedeclaration(decl, previous,
                        "typedef redefinition with different types ('" + decl->type->str() +
                            "' vs '" + previous->type->str() + "')",
                        "previous definition is here");
    return false;
  }
  if (decl->kind == DeclKind::EnumConstant) {
    rejectRedeclaration(decl, previous, "redefinition of enumerator " + quoted(decl->name),
                        "previous definition is here");
    return false;
  }
  return checkVariableRedeclaration(static_cast<VarDecl*>(decl),
                                    static_cast<const VarDecl*>(previous));
}

// The reasons are tried in clang's order: type, then linkage, then a second
// definition.
bool Sema::checkVariableRedeclaration(VarDecl* var, const VarDecl* previous) {
  std::string name = quoted(var->name);
  if (!sameType(previous->type, var->type)) {
    rejectRedeclaration(var, previous,
                        std::string(isDefinition(var) ? "redefinition of " : "redeclaration of ") +
                            name + " with a different type: '" + var->type->str() + "' vs '" +
                            previous->type->str() + "'",
                        previousNote(previous));
    return false;
  }
  bool isStatic = var->storage == StorageClass::Static;
  bool wasStatic = previous->canonical->storage == StorageClass::Static;
  bool isExtern = var->storage == StorageClass::Extern;
  std::string message;
  std::string_view note = previousNote(previous);
  if (isStatic && hasExternalLinkage(previous)) {
    message = "static declaration of " + name + " follows non-static declaration";
  } else if (!isStatic && wasStatic && !(isExtern && hasLinkage(previous))) {
    // (An extern declaration takes the linkage of an earlier one, C17 6.2.2p4.)
    message = "non-static declaration of " + name + " follows static declaration";
  } else if (isExtern && !hasLinkage(previous)) {
    message = "extern declaration of " + name + " follows non-extern declaration";
  } else if (hasLinkage(previous) && !hasLinkage(var)) {
    message = "non-extern declaration of " + name + " follows extern declaration";
  } else if (!hasLinkage(previous) || !hasLinkage(var) ||
             (var->init && previous->canonical->initialized)) {
    // Only an identifier with linkage may be declared twice in one scope
    // (C17 6.7p3), and it may be defined only once (6.9p5).
    message = "redefinition of " + name;
    note = "previous definition is here";
  } else {
    return true;
  }
  rejectRedeclaration(var, previous, message, note);
  return false;
}

// ------------------------------------------------------------- declarations

void Sema::begin(TranslationUnit& unit) {
  unit_ = &unit;
}

void Sema::declaration(Decl* decl) {
  switch (decl->kind) {
    case DeclKind::Variable: {
      auto* var = static_cast<VarDecl*>(decl);
      var->place = VarPlace::Global;
      fileScopeVariable(var);
      break;
    }
    case DeclKind::Function:
      fileScopeFunction(static_cast<FunctionDecl*>(decl));
      break;
    case DeclKind::Typedef:
      typedefDeclaration(decl);
      break;
    case DeclKind::EnumConstant:
      enumConstant(static_cast<EnumConstantDecl*>(decl));
      break;
    case DeclKind::Tag:
      tagDefinition(static_cast<TagDecl*>(decl));
      break;
  }
  // An initialiser's items belong to its declaration; their addresses may
  // be those of new nodes once a function's body is released.
  checkedItems_.clear();
}

void Sema::finish() {
  // "int a[];" never completed: one element, as gcc and clang make it (C17 6.9.2p2).
  for (VarDecl* var : unit_->staticStorage) {
    if (var->type->isArray() && var->type->length < 0) {
      diags_.warning(var->loc, "tentative array definition assumed to have one element",
                     "tentative-definition-incomplete-type", var->name.size());
      var->type = types_.arrayOf(var->type->base, 1);
    }
    if (var->type->isRecord() && var->type->isIncomplete()) {
      diags_.error(var->loc, "tentative definition has type '" + var->type->str() +
                                 "' that is never completed", var->name.size());
      var->type = types_.intType();
    }
  }
  checkStaticFunctionsDefined();
}

void Sema::typedefDeclaration(Decl* decl) {
  decl->type = resolveType(decl->type, decl->loc);
  const Decl* same = declaredInInnermostScope(decl->name);
  if (same && !same->invalid) checkRedeclaration(decl, same);
  bind(decl);
}

// An enumeration constant: its own value, or one more than the constant
// before it in the same enum (C17 6.7.2.2p3); always an int.
void Sema::enumConstant(EnumConstantDecl* constant) {
  if (constant->enumeration != lastEnumType_) {
    lastEnumType_ = constant->enumeration;
    nextEnumValue_ = 0;
  }
  int64_t v = nextEnumValue_;
  if (constant->valueExpr) {
    Expr* e = value(constant->valueExpr);
    constant->valueExpr = e;
    if (!e->type->isInteger() || !e->constant) {
      notIntegerConstant(e);
    } else {
      v = *e->constant;
      if (e->type->isUnsigned() && abi::sizeOf(e->type) == 8 && v < 0) v = INT64_MAX;
    }
  }
  if (v < INT32_MIN || v > INT32_MAX) {
    diags_.error(constant->valueExpr ? constant->valueExpr->begin : constant->loc,
                 "enumerator value " + std::to_string(v) + " is not representable in the underlying type 'int'");
    v = 0;
  }
  constant->value = v;
  if (constant->enumeration) types_.addEnumerator(constant->enumeration, constant->name, v);
  nextEnumValue_ = v + 1;
  const Decl* same = declaredInInnermostScope(constant->name);
  if (same && !same->invalid) checkRedeclaration(constant, same);
  bind(constant);
}

// A variable's declared type, with its array lengths folded; an object type
// whose size is unknown is an error where storage must be made for it.
void Sema::resolveVariableType(VarDecl* var) {
  var->type = resolveType(var->type, var->loc, var->name);
  if (var->type->isVoid()) {
    diags_.error(var->loc, "variable has incomplete type 'void'", var->name.size());
    var->invalid = true;
  }
  // A struct still incomplete: fine for an extern declaration or a
  // parameter of a mere prototype; anything that makes storage needs it
  // complete here (C17 6.7p7). A tentative definition may be completed later
  // in the file (6.9.2p3), which run() checks at the end.
  const bool needsSize = var->place == VarPlace::Local || var->place == VarPlace::StaticLocal ||
                         (var->place == VarPlace::Global && var->init);
  if (var->type->isRecord() && var->type->isIncomplete() && needsSize) {
    diags_.error(var->loc, "variable has incomplete type " + ("'" + var->type->str() + "'"),
                 var->name.size());
    diags_.note(var->type->record->loc, "forward declaration of '" + var->type->unqualified->str() + "'",
                static_cast<unsigned>(std::max<size_t>(var->type->record->tag.size(), 1)));
    var->invalid = true;
    var->type = types_.intType();
  }
}

void Sema::fileScopeVariable(VarDecl* var) {
  resolveVariableType(var);
  Decl* previous = linkedDeclaration(var->name);
  bool valid = !previous || checkRedeclaration(var, previous);
  bind(var);
  if (!valid) return;
  VarDecl* canonical = var;
  if (previous) {
    canonical = static_cast<VarDecl*>(previous);
    var->canonical = canonical;
  } else {
    globalVariables_[var->name] = var;
    var->symbol = std::string(var->name);
  }
  if (var->init && var->storage == StorageClass::Extern)
    diags_.warning(var->loc, "'extern' variable has an initializer", "extern-initializer",
                   var->name.size());
  if (var->init) {
    checkInitializer(var, /*staticStorage=*/true);
    canonical->initElements = var->initElements;
    canonical->staticValues = var->staticValues;
    canonical->initialized = true;
    if (canonical != var) canonical->type = var->type;  // "int a[]; int a[] = {1, 2};"
  } else if (canonical != var && canonical->type->isArray() && canonical->type->length < 0) {
    canonical->type = var->type;  // "extern int a[]; int a[4];"
  }
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
  if (inserted) {
    if (function_) bodyOutlives_ = true;  // "int f(int);" in a block: the file's f from now on
    return fn;
  }
  FunctionDecl* canonical = it->second;
  fn->canonical = canonical;
  if (!sameType(canonical->type, fn->type)) {
    rejectRedeclaration(fn, canonical, "conflicting types for " + quoted(fn->name),
                        previousNote(canonical));
    return canonical;
  }
  if (!canonical->type->prototyped && fn->type->prototyped) canonical->type = fn->type;
  if (fn->storage == StorageClass::Static && canonical->storage != StorageClass::Static) {
    rejectRedeclaration(fn, canonical,
                        "static declaration of " + quoted(fn->name) +
                            " follows non-static declaration",
                        previousNote(canonical));
  }
  return canonical;
}

void Sema::fileScopeFunction(FunctionDecl* fn) {
  fn->type = resolveType(fn->type, fn->loc);
  for (VarDecl* param : fn->params) param->type = resolveType(param->type, param->loc);
  checkParameterNames(fn);
  Decl* previous = linkedDeclaration(fn->name);
  bool valid = !previous || checkRedeclaration(fn, previous);
  bind(fn);
  // A body is checked even under a wrong declaration: its errors are its own.
  FunctionDecl* canonical = valid ? linkFunction(fn) : fn;
  if (!fn->body) return;
  if (FunctionDecl* earlier = canonical->definition) {
    diags_.error(fn->loc, "redefinition of " + quoted(fn->name), fn->name.size());
    diags_.note(earlier->loc, "previous definition is here", earlier->name.size());
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
  bodyOutlives_ = false;
  labels_.clear();
  gotos_.clear();
  const Type* result = fn->type->base;
  if (fn->name == "main" && !(result->kind == TypeKind::Int))
    diags_.error(fn->loc, "'main' must return 'int'", 4);

  if (result->isRecord() && result->isIncomplete())
    diags_.error(fn->loc, "incomplete result type '" + result->str() + "' in function definition",
                 fn->name.size());
  for (VarDecl* param : fn->params) {
    if (param->type->isRecord() && param->type->isIncomplete() && !param->invalid) {
      diags_.error(param->loc, "variable has incomplete type '" + param->type->str() + "'",
                   std::max<size_t>(param->name.size(), 1));
      param->type = types_.intType();
    }
  }
  pushScope();  // parameters share the scope of the body's block (C17 6.2.1p4)
  // A repeated parameter name keeps meaning the first parameter.
  for (VarDecl* param : fn->params)
    if (!param->invalid) bind(param);
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

// Two parameters of one function may not share a name (C17 6.7p3: they are
// declared in one scope, that of the prototype or of the body).
void Sema::checkParameterNames(FunctionDecl* fn) {
  // A few parameters (the usual case) are searched, a long list hashed.
  const std::vector<VarDecl*>& params = fn->params;
  const bool few = params.size() <= 16;
  std::unordered_map<std::string_view, VarDecl*> firstNamed;  // for a long list
  for (size_t i = 0; i < params.size(); ++i) {
    VarDecl* param = params[i];
    if (param->name.empty()) continue;
    VarDecl* first = nullptr;
    if (few) {
      for (size_t j = 0; j < i && !first; ++j)
        if (params[j]->name == param->name) first = params[j];
    } else if (VarDecl* seen = firstNamed.emplace(param->name, param).first->second; seen != param) {
      first = seen;
    }
    if (first)
      rejectRedeclaration(param, first, "redefinition of parameter " + quoted(param->name),
                          "previous declaration is here");
  }
}

void Sema::localDeclaration(Decl* decl) {
  if (decl->kind == DeclKind::Typedef) return typedefDeclaration(decl);
  if (decl->kind == DeclKind::EnumConstant) return enumConstant(static_cast<EnumConstantDecl*>(decl));
  if (decl->kind == DeclKind::Tag) return tagDefinition(static_cast<TagDecl*>(decl));
  auto* var = decl->kind == DeclKind::Variable ? static_cast<VarDecl*>(decl) : nullptr;
  if (var) resolveVariableType(var);
  if (!var) {
    auto* fn = static_cast<FunctionDecl*>(decl);
    fn->type = resolveType(fn->type, fn->loc);
  }
  if (var && var->place == VarPlace::Global && var->init) {  // C17 6.7.9p5
    diags_.error(var->loc, "'extern' variable cannot have an initializer", var->name.size());
    var->init = nullptr;  // so it is not also a second definition of the global
  }
  // The earlier declaration to agree with: one in this block, or else, for a
  // declaration with linkage, the one it links to (C17 6.2.2p4). One already
  // rejected is passed over, so as not to report it twice.
  const Decl* previous = declaredInInnermostScope(decl->name);
  if (previous && previous->invalid) previous = nullptr;
  if (!previous && hasLinkage(decl)) previous = linkedDeclaration(decl->name);
  bool valid = !previous || checkRedeclaration(decl, previous);
  bind(decl);

  if (decl->kind == DeclKind::Function) {
    auto* fn = static_cast<FunctionDecl*>(decl);
    checkParameterNames(fn);
    if (fn->storage == StorageClass::Static)  // C17 6.7.1p7
      diags_.error(fn->storageLoc,
                   "function declared in block scope cannot have 'static' storage class", 6);
    if (valid) linkFunction(fn);
    return;
  }
  switch (var->place) {
    case VarPlace::Local:
      if (var->init) {
        checkInitializer(var, /*staticStorage=*/false);
      } else if (var->type->isArray() && var->type->length < 0) {
        diags_.error(var->loc, "definition of variable with array type needs an explicit size or "
                               "an initializer", var->name.size());
        var->type = types_.arrayOf(var->type->base, 1);
      }
      function_->locals.push_back(var);
      return;
    case VarPlace::StaticLocal: {
      // Named after the function, as clang does: "counter.calls".
      std::string base = std::string(function_->name) + "." + std::string(var->name);
      int n = staticLocalNames_[base]++;
      var->symbol = n == 0 ? base : base + "." + std::to_string(n);
      var->isDefinition = true;
      if (var->init) {
        AstContext::LastingNodes lasting(ast_);  // what it adds to the initialiser lasts too
        checkInitializer(var, /*staticStorage=*/true);
        var->initialized = true;
      } else if (var->type->isArray() && var->type->length < 0) {
        diags_.error(var->loc, "definition of variable with array type needs an explicit size or "
                               "an initializer", var->name.size());
        var->type = types_.arrayOf(var->type->base, 1);
      }
      unit_->staticStorage.push_back(var);  // made to last by the parser
      return;
    }
    case VarPlace::Global: {  // "extern int x;" inside a block
      var->used = true;
      if (!valid) return;
      auto [it, inserted] = globalVariables_.emplace(var->name, var);
      if (inserted) {
        var->symbol = std::string(var->name);
        bodyOutlives_ = true;
      } else
        var->canonical = it->second;
      return;
    }
    case VarPlace::Param:
      return;
  }
}

}  // namespace sema_detail

SemanticChecker::SemanticChecker(TranslationUnit& unit, AstContext& ast, Diagnostics& diags)
    : sema_(std::make_unique<sema_detail::Sema>(ast, diags)) {
  sema_->begin(unit);
}

SemanticChecker::~SemanticChecker() = default;

void SemanticChecker::check(Decl* decl) { sema_->declaration(decl); }

bool SemanticChecker::bodyOutlivesFunction() const { return sema_->bodyOutlivesFunction(); }

void SemanticChecker::finish() { sema_->finish(); }

void analyze(TranslationUnit& unit, AstContext& ast, Diagnostics& diags) {
  SemanticChecker checker(unit, ast, diags);
  for (Decl* decl : unit.decls) checker.check(decl);
  checker.finish();
}

}  // namespace minicc
