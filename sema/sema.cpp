// Semantic analysis. One walk over the tree: declarations enter scopes,
// references are resolved, expressions get types and constant values,
// statements are checked against C's rules, and each function's frame is laid out.
#include "sema/sema.h"

#include <algorithm>
#include <unordered_map>

#include "sema/constant_folding.h"
#include "sema/frame_layout.h"

namespace minicc {
namespace {

// Library functions that may be called without a declaration (with a
// warning, as gcc and clang allow), and the header that declares each.
struct ImplicitLibraryFunction {
  std::string_view name;
  std::string_view header;
  bool takesString;  // (const char *, ...) rather than (int)
  bool variadic;
};
constexpr ImplicitLibraryFunction kImplicitLibraryFunctions[] = {
    {"printf", "stdio.h", true, true},
    {"puts", "stdio.h", true, false},
    {"putchar", "stdio.h", false, false},
};

// Functions that never return, so falling off after a call to one is fine.
bool isNoReturn(std::string_view name) { return name == "exit" || name == "abort"; }

class Sema {
 public:
  Sema(AstContext& ast, Diagnostics& diags) : ast_(ast), types_(ast.types()), diags_(diags) {}
  void run(TranslationUnit& unit);

 private:
  using Scope = std::unordered_map<std::string_view, Decl*>;

  // ---- scopes
  Decl* lookup(std::string_view name) const;
  void declareLocal(Decl* decl);
  void popScope();

  // ---- declarations
  void fileScopeVariable(VarDecl* var);
  void fileScopeFunction(FunctionDecl* fn);
  FunctionDecl* linkFunction(FunctionDecl* fn);
  void functionDefinition(FunctionDecl* fn);
  void localDeclaration(Decl* decl);
  void foldStaticInitializer(VarDecl* var, VarDecl* storage);

  // ---- statements
  void checkStmt(Stmt* s);
  void checkBlock(CompoundStmt* block, bool newScope);
  void checkCondition(Expr* cond);
  bool canComplete(const Stmt* s) const;
  bool hasJumpTo(const Stmt* s, const Stmt* target, StmtKind jump) const;

  // ---- expressions
  const Type* checkExpr(Expr* e);
  const Type* checkVarRef(VarRefExpr* e);
  const Type* checkUnary(UnaryExpr* e);
  const Type* checkBinary(BinaryExpr* e);
  const Type* checkAssign(AssignExpr* e);
  const Type* checkIncDec(IncDecExpr* e);
  const Type* checkConditional(ConditionalExpr* e);
  const Type* checkCall(CallExpr* e);
  FunctionDecl* implicitDeclaration(CallExpr* e);
  VarDecl* assignableVariable(Expr* target, const Expr* op);
  bool checkConvertible(const Type* to, Expr* from, std::string_view action);
  void setConstant(Expr* e, FoldResult folded);

  AstContext& ast_;
  TypeContext& types_;
  Diagnostics& diags_;
  TranslationUnit* unit_ = nullptr;

  std::vector<Scope> scopes_;  // scopes_[0] is file scope
  // Every variable and function with linkage, by name: block-scope extern
  // declarations and file-scope ones meet here (C17 6.2.2).
  std::unordered_map<std::string_view, VarDecl*> globalVariables_;
  std::unordered_map<std::string_view, FunctionDecl*> functions_;

  FunctionDecl* function_ = nullptr;  // the function being checked
  std::vector<Stmt*> breakTargets_;     // loops and switches, innermost last
  std::vector<Stmt*> continueTargets_;  // loops only
  std::vector<SwitchStmt*> switches_;
  std::unordered_map<std::string_view, LabelStmt*> labels_;
  std::vector<GotoStmt*> gotos_;
  std::unordered_map<std::string, int> staticLocalNames_;
};

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
  // Find an earlier definition of the same function, if any.
  for (Decl* d : unit_->decls) {
    if (d == fn) break;
    if (d->kind == DeclKind::Function && d->name == fn->name &&
        static_cast<FunctionDecl*>(d)->body) {
      diags_.error(fn->loc, "redefinition of '" + std::string(fn->name) + "'", fn->name.size());
      diags_.note(d->loc, "previous definition is here", d->name.size());
      return;
    }
  }
  (void)canonical;
  functionDefinition(fn);
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
  layoutFrame(*fn);
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

// --------------------------------------------------------------- statements

void Sema::checkBlock(CompoundStmt* block, bool newScope) {
  if (newScope) scopes_.emplace_back();
  for (Stmt* s : block->body) checkStmt(s);
  if (newScope) popScope();
}

void Sema::checkCondition(Expr* cond) {
  const Type* type = checkExpr(cond);
  if (!type->isScalar()) {
    diags_.error(cond->begin, "statement requires expression of scalar type ('" + type->str() +
                                "' invalid)", cond->length);
  }
  if (cond->kind == ExprKind::Assign && !static_cast<AssignExpr*>(cond)->op &&
      !cond->parenthesized) {
    diags_.warning(cond->loc, "using the result of an assignment as a condition without parentheses",
                   "parentheses");
    diags_.note(cond->loc, "use '==' to turn this assignment into an equality comparison");
  }
}

void Sema::checkStmt(Stmt* s) {
  switch (s->kind) {
    case StmtKind::Compound:
      checkBlock(static_cast<CompoundStmt*>(s), true);
      return;
    case StmtKind::Decl:
      for (Decl* d : static_cast<DeclStmt*>(s)->decls) localDeclaration(d);
      return;
    case StmtKind::Expr: {
      Expr* e = static_cast<ExprStmt*>(s)->expr;
      if (!e) return;
      checkExpr(e);
      bool sideEffect = e->kind == ExprKind::Assign || e->kind == ExprKind::IncDec ||
                        e->kind == ExprKind::Call ||
                        (e->kind == ExprKind::Binary &&
                         static_cast<BinaryExpr*>(e)->op == BinaryOp::Comma) ||
                        e->kind == ExprKind::Conditional ||
                        (e->kind == ExprKind::Binary &&
                         (static_cast<BinaryExpr*>(e)->op == BinaryOp::LogicalAnd ||
                          static_cast<BinaryExpr*>(e)->op == BinaryOp::LogicalOr));
      if (!sideEffect) diags_.warning(e->loc, "expression result unused", "unused-value", e->length);
      return;
    }
    case StmtKind::If: {
      auto* i = static_cast<IfStmt*>(s);
      checkCondition(i->cond);
      checkStmt(i->thenStmt);
      if (i->elseStmt) checkStmt(i->elseStmt);
      return;
    }
    case StmtKind::While: {
      auto* w = static_cast<WhileStmt*>(s);
      checkCondition(w->cond);
      breakTargets_.push_back(w);
      continueTargets_.push_back(w);
      checkStmt(w->body);
      breakTargets_.pop_back();
      continueTargets_.pop_back();
      return;
    }
    case StmtKind::DoWhile: {
      auto* d = static_cast<DoWhileStmt*>(s);
      breakTargets_.push_back(d);
      continueTargets_.push_back(d);
      checkStmt(d->body);
      breakTargets_.pop_back();
      continueTargets_.pop_back();
      checkCondition(d->cond);
      return;
    }
    case StmtKind::For: {
      auto* f = static_cast<ForStmt*>(s);
      scopes_.emplace_back();  // a declaration in the init clause is scoped to the loop
      if (f->init) checkStmt(f->init);
      if (f->cond) checkCondition(f->cond);
      if (f->step) checkExpr(f->step);
      breakTargets_.push_back(f);
      continueTargets_.push_back(f);
      checkStmt(f->body);
      breakTargets_.pop_back();
      continueTargets_.pop_back();
      popScope();
      return;
    }
    case StmtKind::Return: {
      auto* r = static_cast<ReturnStmt*>(s);
      const Type* result = function_->type->base;
      if (r->value) {
        const Type* type = checkExpr(r->value);
        if (result->isVoid()) {
          if (!type->isVoid())
            diags_.error(r->loc, "void function '" + std::string(function_->name) +
                                     "' should not return a value", 6);
        } else {
          checkConvertible(result, r->value, "returning");
        }
      } else if (!result->isVoid()) {
        diags_.error(r->loc, "non-void function '" + std::string(function_->name) +
                                 "' should return a value", 6);
      }
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue: {
      auto* j = static_cast<JumpStmt*>(s);
      bool isBreak = s->kind == StmtKind::Break;
      auto& targets = isBreak ? breakTargets_ : continueTargets_;
      if (targets.empty()) {
        diags_.error(s->loc, isBreak ? "'break' statement not in loop or switch statement"
                                     : "'continue' statement not in loop statement",
                     isBreak ? 5 : 8);
        return;
      }
      j->target = targets.back();
      return;
    }
    case StmtKind::Switch: {
      auto* sw = static_cast<SwitchStmt*>(s);
      const Type* type = checkExpr(sw->cond);
      if (!type->isInteger())
        diags_.error(sw->cond->loc, "statement requires expression of integer type ('" +
                                        type->str() + "' invalid)", sw->cond->length);
      switches_.push_back(sw);
      breakTargets_.push_back(sw);
      checkStmt(sw->body);
      breakTargets_.pop_back();
      switches_.pop_back();
      return;
    }
    case StmtKind::Case:
    case StmtKind::Default: {
      auto* c = static_cast<CaseStmt*>(s);
      bool isCase = s->kind == StmtKind::Case;
      if (switches_.empty()) {
        diags_.error(s->loc, isCase ? "'case' statement not in switch statement"
                                    : "'default' statement not in switch statement",
                     isCase ? 4 : 7);
      } else if (isCase) {
        SwitchStmt* sw = switches_.back();
        checkExpr(c->value);
        if (!c->value->constant) {
          diags_.error(c->value->begin, "expression is not an integer constant expression",
                       c->value->length);
        } else {
          c->caseValue = *c->value->constant;
          for (CaseStmt* other : sw->cases) {
            if (other->caseValue == c->caseValue) {
              diags_.error(c->value->begin, "duplicate case value '" +
                                              std::to_string(c->caseValue) + "'",
                           c->value->length);
              diags_.note(other->value->begin, "previous case defined here", other->value->length);
              break;
            }
          }
          sw->cases.push_back(c);
        }
      } else {
        SwitchStmt* sw = switches_.back();
        if (sw->defaultStmt) {
          diags_.error(s->loc, "multiple default labels in one switch", 7);
          diags_.note(sw->defaultStmt->loc, "previous case defined here", 7);
        } else {
          sw->defaultStmt = c;
        }
      }
      checkStmt(c->body);
      return;
    }
    case StmtKind::Label: {
      auto* l = static_cast<LabelStmt*>(s);
      auto [it, inserted] = labels_.emplace(l->name, l);
      if (!inserted) {
        diags_.error(l->loc, "redefinition of label '" + std::string(l->name) + "'",
                     l->name.size());
        diags_.note(it->second->loc, "previous definition is here", l->name.size());
      }
      checkStmt(l->body);
      return;
    }
    case StmtKind::Goto:
      gotos_.push_back(static_cast<GotoStmt*>(s));
      return;
  }
}

// Whether `s` holds a break (or continue, by `jump`) that leaves `target`.
bool Sema::hasJumpTo(const Stmt* s, const Stmt* target, StmtKind jump) const {
  if (!s) return false;
  auto inside = [&](const Stmt* child) { return hasJumpTo(child, target, jump); };
  switch (s->kind) {
    case StmtKind::Break:
    case StmtKind::Continue:
      return s->kind == jump && static_cast<const JumpStmt*>(s)->target == target;
    case StmtKind::Compound:
      for (const Stmt* c : static_cast<const CompoundStmt*>(s)->body)
        if (inside(c)) return true;
      return false;
    case StmtKind::If: {
      auto* i = static_cast<const IfStmt*>(s);
      return inside(i->thenStmt) || inside(i->elseStmt);
    }
    case StmtKind::While: return inside(static_cast<const WhileStmt*>(s)->body);
    case StmtKind::DoWhile: return inside(static_cast<const DoWhileStmt*>(s)->body);
    case StmtKind::For: return inside(static_cast<const ForStmt*>(s)->body);
    case StmtKind::Switch: return inside(static_cast<const SwitchStmt*>(s)->body);
    case StmtKind::Case:
    case StmtKind::Default: return inside(static_cast<const CaseStmt*>(s)->body);
    case StmtKind::Label: return inside(static_cast<const LabelStmt*>(s)->body);
    default: return false;
  }
}

// Whether control can run off the end of `s` (for -Wreturn-type and for
// main's implicit "return 0"). Conservative: when unsure, it says yes.
bool Sema::canComplete(const Stmt* s) const {
  auto alwaysTrue = [](const Expr* cond) { return !cond || (cond->constant && *cond->constant); };
  switch (s->kind) {
    case StmtKind::Return:
    case StmtKind::Goto:
    case StmtKind::Break:
    case StmtKind::Continue:
      return false;
    case StmtKind::Expr: {
      const Expr* e = static_cast<const ExprStmt*>(s)->expr;
      return !(e && e->kind == ExprKind::Call && isNoReturn(static_cast<const CallExpr*>(e)->name));
    }
    case StmtKind::Compound: {
      bool reachable = true;
      for (const Stmt* c : static_cast<const CompoundStmt*>(s)->body) {
        // A label can be jumped to, so what follows it is reachable again.
        if (c->kind == StmtKind::Label || c->kind == StmtKind::Case ||
            c->kind == StmtKind::Default)
          reachable = true;
        if (reachable) reachable = canComplete(c);
      }
      return reachable;
    }
    case StmtKind::If: {
      auto* i = static_cast<const IfStmt*>(s);
      return !i->elseStmt || canComplete(i->thenStmt) || canComplete(i->elseStmt);
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      return !alwaysTrue(w->cond) || hasJumpTo(w->body, w, StmtKind::Break);
    }
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      return !alwaysTrue(f->cond) || hasJumpTo(f->body, f, StmtKind::Break);
    }
    case StmtKind::DoWhile: {
      auto* d = static_cast<const DoWhileStmt*>(s);
      // The condition is reached only past the end of the body or by continue.
      bool reachesCondition = canComplete(d->body) || hasJumpTo(d->body, d, StmtKind::Continue);
      return (reachesCondition && !alwaysTrue(d->cond)) || hasJumpTo(d->body, d, StmtKind::Break);
    }
    case StmtKind::Switch: {
      auto* sw = static_cast<const SwitchStmt*>(s);
      return !sw->defaultStmt || canComplete(sw->body) || hasJumpTo(sw->body, sw, StmtKind::Break);
    }
    case StmtKind::Case:
    case StmtKind::Default:
      return canComplete(static_cast<const CaseStmt*>(s)->body);
    case StmtKind::Label:
      return canComplete(static_cast<const LabelStmt*>(s)->body);
    case StmtKind::Decl:
      return true;
  }
  return true;
}

// -------------------------------------------------------------- expressions

void Sema::setConstant(Expr* e, FoldResult folded) {
  e->constant = folded.value;
  if (folded.value && folded.overflowed)
    diags_.warning(e->loc, "overflow in expression; result is " + std::to_string(*folded.value) +
                               " with type 'int'", "integer-overflow", e->length);
}

const Type* Sema::checkExpr(Expr* e) {
  const Type* type = types_.intType();
  switch (e->kind) {
    case ExprKind::IntLiteral:
      e->constant = static_cast<IntLiteralExpr*>(e)->value;
      break;
    case ExprKind::StringLiteral:
      type = types_.pointerTo(types_.charType());
      break;
    case ExprKind::VarRef: type = checkVarRef(static_cast<VarRefExpr*>(e)); break;
    case ExprKind::Unary: type = checkUnary(static_cast<UnaryExpr*>(e)); break;
    case ExprKind::Binary: type = checkBinary(static_cast<BinaryExpr*>(e)); break;
    case ExprKind::Assign: type = checkAssign(static_cast<AssignExpr*>(e)); break;
    case ExprKind::IncDec: type = checkIncDec(static_cast<IncDecExpr*>(e)); break;
    case ExprKind::Conditional: type = checkConditional(static_cast<ConditionalExpr*>(e)); break;
    case ExprKind::Call: type = checkCall(static_cast<CallExpr*>(e)); break;
  }
  // char values take part in arithmetic as int (the integer promotions, C17 6.3.1.1).
  e->type = type;
  return type;
}

const Type* Sema::checkVarRef(VarRefExpr* e) {
  Decl* decl = lookup(e->name);
  if (!decl) {
    diags_.error(e->loc, "use of undeclared identifier '" + std::string(e->name) + "'",
                 e->length);
    // Declare it as an int so later uses do not repeat the error.
    auto* stand_in = ast_.make<VarDecl>(e->loc, e->name, types_.intType());
    stand_in->place = VarPlace::Global;
    stand_in->used = true;
    scopes_.back().emplace(e->name, stand_in);
    e->decl = stand_in;
    return types_.intType();
  }
  if (decl->kind == DeclKind::Function) {
    diags_.error(e->loc, "'" + std::string(e->name) +
                             "' is a function: minicc can only call functions, not take their address",
                 e->length);
    return types_.intType();
  }
  auto* var = static_cast<VarDecl*>(decl);
  var->used = true;
  e->decl = var;
  return var->type;
}

const Type* Sema::checkUnary(UnaryExpr* e) {
  const Type* operand = checkExpr(e->operand);
  bool ok = e->op == UnaryOp::LogicalNot ? operand->isScalar() : operand->isInteger();
  if (!ok) {
    diags_.error(e->loc, "invalid argument type '" + operand->str() + "' to unary expression");
    return types_.intType();
  }
  if (e->operand->constant) {
    FoldResult folded = foldUnary(e->op, *e->operand->constant);
    // "-2147483648" is INT_MIN: in C the literal is a long whose negation
    // fits in int, so there is no overflow to warn about.
    if (e->operand->kind == ExprKind::IntLiteral) folded.overflowed = false;
    setConstant(e, folded);
  }
  return types_.intType();
}

const Type* Sema::checkBinary(BinaryExpr* e) {
  const Type* lhs = checkExpr(e->lhs);
  const Type* rhs = checkExpr(e->rhs);
  if (e->op == BinaryOp::Comma) return rhs;  // C17 6.5.17: no constant, the right type

  auto isNullConstant = [](const Expr* x) { return x->constant && *x->constant == 0; };
  bool ok;
  switch (e->op) {
    case BinaryOp::LogicalAnd:
    case BinaryOp::LogicalOr:
      ok = lhs->isScalar() && rhs->isScalar();
      break;
    case BinaryOp::Equal:
    case BinaryOp::NotEqual:
      ok = (lhs->isInteger() && rhs->isInteger()) ||
           (lhs->isPointer() && rhs->isPointer()) ||
           (lhs->isPointer() && isNullConstant(e->rhs)) ||
           (rhs->isPointer() && isNullConstant(e->lhs));
      break;
    default:
      ok = lhs->isInteger() && rhs->isInteger();
  }
  if (!ok) {
    diags_.error(e->loc, "invalid operands to binary expression ('" + lhs->str() + "' and '" +
                             rhs->str() + "')", e->length);
    return types_.intType();
  }
  if ((e->op == BinaryOp::Div || e->op == BinaryOp::Rem) && e->rhs->constant &&
      *e->rhs->constant == 0) {
    diags_.warning(e->rhs->loc, e->op == BinaryOp::Div ? "division by zero is undefined"
                                                       : "remainder by zero is undefined",
                   "division-by-zero", e->rhs->length);
  }
  if ((e->op == BinaryOp::Shl || e->op == BinaryOp::Shr) && e->rhs->constant &&
      (*e->rhs->constant < 0 || *e->rhs->constant > 31)) {
    diags_.warning(e->rhs->loc, *e->rhs->constant < 0 ? "shift count is negative"
                                                      : "shift count >= width of type",
                   "shift-count-overflow", e->rhs->length);
  }
  if (e->lhs->constant && e->rhs->constant)
    setConstant(e, foldBinary(e->op, *e->lhs->constant, *e->rhs->constant));
  return types_.intType();
}

// The variable an assignment or ++/-- writes to, or null after reporting why not.
// `op` is the assignment or ++/-- operator, where clang reports the problem.
VarDecl* Sema::assignableVariable(Expr* target, const Expr* op) {
  if (target->kind == ExprKind::VarRef) {
    auto* ref = static_cast<VarRefExpr*>(target);
    if (ref->decl) return ref->decl;
    return nullptr;  // already reported (a function name)
  }
  diags_.error(op->loc, "expression is not assignable", op->length);
  return nullptr;
}

// Whether a value of `from`'s type may be stored in a `to` (C17 6.5.16.1),
// reporting the problem as clang words it otherwise.
bool Sema::checkConvertible(const Type* to, Expr* from, std::string_view action) {
  const Type* type = from->type;
  bool ok = (to->isInteger() && type->isInteger()) ||
            (to->isPointer() && type->isPointer() &&
             (sameType(to->base, type->base) || to->base->isVoid() || type->base->isVoid())) ||
            (to->isPointer() && from->constant && *from->constant == 0);
  if (ok) {
    if (to->kind == TypeKind::Char && from->constant &&
        static_cast<int8_t>(*from->constant) != *from->constant) {
      diags_.warning(from->loc, "implicit conversion from 'int' to 'char' changes value from " +
                                    std::to_string(*from->constant) + " to " +
                                    std::to_string(static_cast<int8_t>(*from->constant)),
                     "constant-conversion", from->length);
    }
    return true;
  }
  std::string message;
  if (type->isVoid() || to->isVoid())
    message = std::string(action) + " '" + to->str() + "' with an expression of incompatible type '" +
              type->str() + "'";
  else if (to->isInteger() && type->isPointer())
    message = "incompatible pointer to integer conversion " + std::string(action) + " '" +
              to->str() + "' with an expression of type '" + type->str() + "'";
  else if (to->isPointer() && type->isInteger())
    message = "incompatible integer to pointer conversion " + std::string(action) + " '" +
              to->str() + "' with an expression of type '" + type->str() + "'";
  else
    message = "incompatible pointer types " + std::string(action) + " '" + to->str() +
              "' with an expression of type '" + type->str() + "'";
  diags_.error(from->begin, message, from->length);
  return false;
}

const Type* Sema::checkAssign(AssignExpr* e) {
  checkExpr(e->target);
  checkExpr(e->value);
  VarDecl* var = assignableVariable(e->target, e);
  if (!var) return types_.intType();
  if (e->op) {
    if (!var->type->isInteger() || !e->value->type->isInteger()) {
      diags_.error(e->loc, "invalid operands to binary expression ('" + var->type->str() +
                               "' and '" + e->value->type->str() + "')", e->length);
      return var->type;
    }
    if ((*e->op == BinaryOp::Div || *e->op == BinaryOp::Rem) && e->value->constant &&
        *e->value->constant == 0)
      diags_.warning(e->value->loc, *e->op == BinaryOp::Div ? "division by zero is undefined"
                                                            : "remainder by zero is undefined",
                     "division-by-zero", e->value->length);
  } else {
    checkConvertible(var->type, e->value, "assigning to");
  }
  return var->type;
}

const Type* Sema::checkIncDec(IncDecExpr* e) {
  const Type* type = checkExpr(e->target);
  VarDecl* var = assignableVariable(e->target, e);
  if (var && !type->isInteger()) {
    diags_.error(e->loc, "cannot " + std::string(e->increment ? "increment" : "decrement") +
                             " value of type '" + type->str() + "' in minicc", 2);
  }
  return types_.intType();
}

const Type* Sema::checkConditional(ConditionalExpr* e) {
  checkCondition(e->cond);
  const Type* a = checkExpr(e->thenExpr);
  const Type* b = checkExpr(e->elseExpr);
  if (a->isInteger() && b->isInteger()) {
    if (e->cond->constant && e->thenExpr->constant && e->elseExpr->constant)
      e->constant = *e->cond->constant ? e->thenExpr->constant : e->elseExpr->constant;
    return types_.intType();
  }
  if (a->isVoid() && b->isVoid()) return a;
  if (a->isPointer() && b->isPointer() && sameType(a, b)) return a;
  if (a->isPointer() && e->elseExpr->constant && *e->elseExpr->constant == 0) return a;
  if (b->isPointer() && e->thenExpr->constant && *e->thenExpr->constant == 0) return b;
  diags_.error(e->loc, "incompatible operand types ('" + a->str() + "' and '" + b->str() + "')");
  return types_.intType();
}

// A call to an undeclared function: gcc and clang accept the common library
// ones with a warning; anything else is an error, as in clang (C99 removed
// implicit declarations).
FunctionDecl* Sema::implicitDeclaration(CallExpr* e) {
  for (const ImplicitLibraryFunction& lib : kImplicitLibraryFunctions) {
    if (lib.name != e->name) continue;
    const Type* param = lib.takesString ? types_.pointerTo(types_.charType()) : types_.intType();
    const Type* type = types_.function(types_.intType(), {param}, lib.variadic, true);
    diags_.warning(e->loc, "call to undeclared library function '" + std::string(e->name) +
                               "' with type '" + type->str() +
                               "'; ISO C99 and later do not support implicit function declarations",
                   "implicit-function-declaration", e->length);
    diags_.note(e->loc, "include the header <" + std::string(lib.header) +
                            "> or explicitly provide a declaration for '" + std::string(e->name) + "'",
                e->length);
    auto* fn = ast_.make<FunctionDecl>(e->loc, e->name, type);
    fn->implicit = true;
    functions_.emplace(fn->name, fn);
    scopes_.front().emplace(fn->name, fn);
    return fn;
  }
  diags_.error(e->loc, "call to undeclared function '" + std::string(e->name) +
                           "'; ISO C99 and later do not support implicit function declarations",
               e->length);
  return nullptr;
}

const Type* Sema::checkCall(CallExpr* e) {
  if (function_) function_->frame.makesCalls = true;  // null in a file-scope initializer
  for (Expr* arg : e->args) checkExpr(arg);
  Decl* decl = lookup(e->name);
  if (decl && decl->kind == DeclKind::Variable) {
    diags_.error(e->loc, "called object type '" + decl->type->str() +
                             "' is not a function or function pointer", e->length);
    return types_.intType();
  }
  FunctionDecl* fn = decl ? static_cast<FunctionDecl*>(decl)->canonical : implicitDeclaration(e);
  if (!fn) return types_.intType();
  e->callee = fn;
  const Type* type = fn->type;
  if (type->prototyped) {
    size_t expected = type->params.size(), have = e->args.size();
    if (have < expected || (have > expected && !type->variadic)) {
      std::string message = std::string(have < expected ? "too few" : "too many") +
                            " arguments to function call, expected " +
                            (type->variadic ? "at least " : "") + std::to_string(expected) +
                            ", have " + std::to_string(have);
      // As clang: too many points at the first extra argument, too few at ')'.
      SourceLoc at = have > expected ? e->args[expected]->begin : e->rparenLoc;
      diags_.error(at, message, have > expected ? e->args[expected]->length : 1);
      diags_.note(fn->loc, "'" + std::string(fn->name) + "' declared here", fn->name.size());
      return type->base;
    }
    for (size_t i = 0; i < expected; ++i)
      checkConvertible(type->params[i], e->args[i], "passing to parameter of type");
  }
  for (size_t i = type->prototyped ? type->params.size() : 0; i < e->args.size(); ++i) {
    if (!e->args[i]->type->isScalar())
      diags_.error(e->args[i]->loc, "argument type '" + e->args[i]->type->str() + "' is incomplete",
                   e->args[i]->length);
  }
  return type->base;
}

}  // namespace

void analyze(TranslationUnit& unit, AstContext& ast, Diagnostics& diags) {
  Sema(ast, diags).run(unit);
}

}  // namespace minicc
