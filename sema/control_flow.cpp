// Control-flow questions about checked statements: can control run off the
// end of one (for -Wreturn-type and main's implicit "return 0")?
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

// Functions that never return, so falling off after a call to one is fine.
namespace {
bool isNoReturn(std::string_view name) { return name == "exit" || name == "abort"; }
}  // namespace


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
      if (!e || e->kind != ExprKind::Call) return true;
      const FunctionDecl* callee = static_cast<const CallExpr*>(e)->callee;
      return !(callee && isNoReturn(callee->name));
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

}  // namespace sema_detail
}  // namespace minicc
