// Checking statements: conditions, loops, return, break and continue,
// switch and its cases, labels and goto.
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

// --------------------------------------------------------------- statements

void Sema::checkBlock(CompoundStmt* block, bool newScope) {
  if (newScope) pushScope();
  for (Stmt* s : block->body) checkStmt(s);
  if (newScope) popScope();
}

void Sema::checkCondition(Expr*& cond, SourceLoc at, bool ofStatement) {
  cond = value(cond);
  const Type* type = cond->type;
  if (!type->isScalar()) {
    // clang words it by where the condition is: a statement's (at its
    // keyword), or the first operand of ?: (at the '?').
    if (ofStatement)
      diags_.error(at, "statement requires expression of scalar type ('" + type->str() + "' invalid)");
    else
      diags_.error(at, "used type '" + type->str() + "' where arithmetic or pointer type is required");
  }
  if (cond->kind == ExprKind::Assign && !static_cast<AssignExpr*>(cond)->op &&
      !cond->parenthesized) {
    diags_.warning(cond->loc, "using the result of an assignment as a condition without parentheses",
                   "parentheses");
    diags_.note(cond->loc, "use '==' to turn this assignment into an equality comparison");
  }
}

// C17 6.8.5p3: the declaration in a for loop's first clause declares only
// objects with automatic storage: no function, nothing static or extern.
// (clang lets a function beside a variable pass; gcc and the standard do not.)
void Sema::checkForDeclaration(const Stmt* init) {
  if (init->kind != StmtKind::Decl) return;
  for (const Decl* d : static_cast<const DeclStmt*>(init)->decls) {
    if (d->kind == DeclKind::Function)
      diags_.error(d->loc, "non-variable declaration in 'for' loop", d->name.size());
    else if (d->storage != StorageClass::None)
      diags_.error(d->loc, "declaration of non-local variable in 'for' loop", d->name.size());
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
      Expr*& e = static_cast<ExprStmt*>(s)->expr;
      if (!e) return;
      unsigned errorsBefore = diags_.errorCount();
      e = value(e);
      if (diags_.errorCount() != errorsBefore) return;  // no warning on top of an error
      bool sideEffect = e->kind == ExprKind::Assign || e->kind == ExprKind::IncDec ||
                        e->kind == ExprKind::Call || e->type->isVoid() ||
                        (e->kind == ExprKind::Cast && static_cast<CastExpr*>(e)->castKind == CastKind::ToVoid) ||
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
      checkCondition(i->cond, s->loc, true);
      checkStmt(i->thenStmt);
      if (i->elseStmt) checkStmt(i->elseStmt);
      return;
    }
    case StmtKind::While: {
      auto* w = static_cast<WhileStmt*>(s);
      checkCondition(w->cond, s->loc, true);
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
      checkCondition(d->cond, s->loc, true);
      return;
    }
    case StmtKind::For: {
      auto* f = static_cast<ForStmt*>(s);
      pushScope();  // a declaration in the init clause is scoped to the loop
      if (f->init) {
        checkForDeclaration(f->init);
        checkStmt(f->init);
      }
      if (f->cond) checkCondition(f->cond, s->loc, true);
      if (f->step) f->step = value(f->step);
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
        r->value = value(r->value);
        const Type* type = r->value->type;
        if (result->isVoid()) {
          if (!type->isVoid())
            diags_.error(r->loc, "void function '" + std::string(function_->name) +
                                     "' should not return a value", 6);
        } else {
          r->value = convertForAssignment(result->unqualified, r->value, Conversion::Returning);
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
      sw->cond = value(sw->cond);
      const Type* type = sw->cond->type;
      if (!type->isInteger())
        diags_.error(sw->cond->loc, "statement requires expression of integer type ('" +
                                        type->str() + "' invalid)", sw->cond->length);
      else  // the controlling expression is promoted, and each case converted to its type (6.8.4.2p5)
        sw->cond = convertTo(sw->cond, promote(type));
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
        c->value = value(c->value);
        if (c->value->constant && c->value->type->isInteger() && sw->cond->type->isInteger())
          c->value = convertTo(c->value, sw->cond->type);
        if (!c->value->constant || !c->value->type->isInteger()) {
          notIntegerConstant(c->value);
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

}  // namespace sema_detail
}  // namespace minicc
