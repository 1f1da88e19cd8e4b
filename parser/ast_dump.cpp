#include "parser/ast_dump.h"

#include <cstdio>

#include <string>

#include "lexer/literals.h"

namespace minicc {
namespace {

std::string location(SourceLoc loc) {
  if (!loc.valid()) return "<no location>";
  return loc.file->name() + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
}

std::string quotedType(const Type* type) { return type ? " '" + type->str() + "'" : ""; }

const char* placeName(VarPlace place) {
  switch (place) {
    case VarPlace::Global: return "global";
    case VarPlace::StaticLocal: return "static-local";
    case VarPlace::Local: return "local";
    case VarPlace::Param: return "param";
  }
  return "?";
}

const char* storageName(StorageClass storage) {
  switch (storage) {
    case StorageClass::None: return "";
    case StorageClass::Static: return " static";
    case StorageClass::Extern: return " extern";
  }
  return "";
}

const char* stmtKindName(StmtKind kind) {
  switch (kind) {
    case StmtKind::Compound: return "CompoundStmt";
    case StmtKind::Decl: return "DeclStmt";
    case StmtKind::Expr: return "ExprStmt";
    case StmtKind::If: return "IfStmt";
    case StmtKind::While: return "WhileStmt";
    case StmtKind::DoWhile: return "DoWhileStmt";
    case StmtKind::For: return "ForStmt";
    case StmtKind::Return: return "ReturnStmt";
    case StmtKind::Break: return "BreakStmt";
    case StmtKind::Continue: return "ContinueStmt";
    case StmtKind::Switch: return "SwitchStmt";
    case StmtKind::Case: return "CaseStmt";
    case StmtKind::Default: return "DefaultStmt";
    case StmtKind::Label: return "LabelStmt";
    case StmtKind::Goto: return "GotoStmt";
  }
  return "?";
}

// Walks the tree once, printing each node at its depth.
class AstDumper {
 public:
  AstDumper(std::ostream& out, const FrameSlots* slots) : out_(out), slots_(slots) {}

  void unit(const TranslationUnit& unit) {
    line("TranslationUnit");
    ++depth_;
    for (const Decl* d : unit.decls) decl(d);
    --depth_;
  }

 private:
  void line(const std::string& text) { out_ << std::string(2 * depth_, ' ') << text << '\n'; }

  // Stands in for an absent child whose position matters (a for clause).
  void none() { line("<none>"); }

  // Prints a node's line, then its children one level deeper.
  template <class Children>
  void node(const std::string& text, Children children) {
    line(text);
    ++depth_;
    children();
    --depth_;
  }

  void decl(const Decl* d) {
    switch (d->kind) {
      case DeclKind::Function: return function(static_cast<const FunctionDecl*>(d));
      case DeclKind::Variable: return variable(static_cast<const VarDecl*>(d));
      case DeclKind::Typedef:
        return line("TypedefDecl " + location(d->loc) + " " + std::string(d->name) + quotedType(d->type));
      case DeclKind::EnumConstant: {
        auto* c = static_cast<const EnumConstantDecl*>(d);
        node("EnumConstantDecl " + location(d->loc) + " " + std::string(d->name) + " value=" +
                 std::to_string(c->value), [&] {
          if (c->valueExpr) expr(c->valueExpr);
        });
        return;
      }
      case DeclKind::Tag: {  // the layout sema gave it
        const Record& r = *d->type->record;
        node("RecordDecl " + location(d->loc) + " " + d->type->str() + " size=" +
                 std::to_string(r.size) + " align=" + std::to_string(r.align), [&] {
          for (const Member& m : r.members)
            line("FieldDecl " + location(m.loc) + " " + std::string(m.name) + quotedType(m.type) +
                 " offset=" + std::to_string(m.offset));
        });
        return;
      }
    }
  }

  void function(const FunctionDecl* fn) {
    std::string text = "FunctionDecl " + location(fn->loc) + " " + std::string(fn->name) +
                       quotedType(fn->type) + storageName(fn->storage);
    if (fn->body) text += " definition";
    if (fn->implicit) text += " implicit";
    node(text, [&] {
      for (const VarDecl* p : fn->params) variable(p);
      if (fn->body) stmt(fn->body);
    });
  }

  void variable(const VarDecl* v) {
    std::string text = "VarDecl " + location(v->loc) + " " + std::string(v->name) +
                       quotedType(v->type) + " " + placeName(v->place) + storageName(v->storage);
    bool hasSymbol = v->place == VarPlace::Global || v->place == VarPlace::StaticLocal;
    if (hasSymbol && !v->symbol.empty()) text += " symbol=" + v->symbol;
    if (v->place == VarPlace::Global && v->isDefinition) text += " definition";
    if (slots_) {
      auto slot = slots_->find(v);
      if (slot != slots_->end()) text += " slot=" + std::to_string(slot->second) + "(%rbp)";
    }
    node(text, [&] {
      if (v->init) expr(v->init);
    });
  }

  // "(local declared at t.c:2:7)": what a name resolved to.
  static std::string refersTo(const VarDecl* v) {
    if (!v) return "";
    return std::string(" (") + placeName(v->place) + " declared at " + location(v->loc) + ")";
  }

  static const char* castKindName(CastKind k) {
    switch (k) {
      case CastKind::Integral: return "IntegralCast";
      case CastKind::ArrayToPointer: return "ArrayToPointerDecay";
      case CastKind::FunctionToPointer: return "FunctionToPointerDecay";
      case CastKind::NullToPointer: return "NullToPointer";
      case CastKind::IntegerToPointer: return "IntegralToPointer";
      case CastKind::PointerToInteger: return "PointerToIntegral";
      case CastKind::PointerToPointer: return "BitCast";
      case CastKind::ToVoid: return "ToVoid";
      case CastKind::IntegralToFloating: return "IntegralToFloating";
      case CastKind::FloatingToIntegral: return "FloatingToIntegral";
      case CastKind::FloatingCast: return "FloatingCast";
    }
    return "?";
  }

  void expr(const Expr* e) {
    std::string head = location(e->loc);
    std::string tail = quotedType(e->type);
    if (e->constant) tail += " constant=" + std::to_string(*e->constant);
    switch (e->kind) {
      case ExprKind::IntLiteral:
        line("IntLiteralExpr " + head + " " +
             std::to_string(static_cast<const IntLiteralExpr*>(e)->value) + tail);
        return;
      case ExprKind::FloatLiteral: {
        char value[32];  // every bit of it: 17 significant digits
        std::snprintf(value, sizeof value, "%.17g", static_cast<const FloatLiteralExpr*>(e)->value);
        line("FloatLiteralExpr " + head + " " + value + tail);
        return;
      }
      case ExprKind::StringLiteral:
        line("StringLiteralExpr " + head + " \"" +
             escapeForAssembler(static_cast<const StringLiteralExpr*>(e)->bytes) + "\"" + tail);
        return;
      case ExprKind::VarRef: {
        auto* ref = static_cast<const VarRefExpr*>(e);
        std::string target = refersTo(ref->decl);
        if (ref->function) target = " (function declared at " + location(ref->function->loc) + ")";
        line("VarRefExpr " + head + " " + std::string(ref->name) + tail + target);
        return;
      }
      case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(e);
        node("UnaryExpr " + head + " " + std::string(unaryOpSpelling(u->op)) + tail,
             [&] { expr(u->operand); });
        return;
      }
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        node("BinaryExpr " + head + " " + std::string(binaryOpSpelling(b->op)) + tail, [&] {
          expr(b->lhs);
          expr(b->rhs);
        });
        return;
      }
      case ExprKind::Assign: {
        auto* a = static_cast<const AssignExpr*>(e);
        std::string op = a->op ? std::string(binaryOpSpelling(*a->op)) + "=" : "=";
        node("AssignExpr " + head + " " + op + tail, [&] {
          expr(a->target);
          expr(a->value);
        });
        return;
      }
      case ExprKind::IncDec: {
        auto* i = static_cast<const IncDecExpr*>(e);
        std::string op = std::string(i->prefix ? "prefix " : "postfix ") + (i->increment ? "++" : "--");
        node("IncDecExpr " + head + " " + op + tail, [&] { expr(i->target); });
        return;
      }
      case ExprKind::Conditional: {
        auto* c = static_cast<const ConditionalExpr*>(e);
        node("ConditionalExpr " + head + tail, [&] {
          expr(c->cond);
          expr(c->thenExpr);
          expr(c->elseExpr);
        });
        return;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(e);
        std::string callee;
        if (c->callee) callee = " (declared at " + location(c->callee->loc) + ")";
        node("CallExpr " + head + tail + callee, [&] {
          expr(c->calleeExpr);
          for (const Expr* a : c->args) expr(a);
        });
        return;
      }
      case ExprKind::Cast: {
        auto* c = static_cast<const CastExpr*>(e);
        node(std::string(c->implicit ? "ImplicitCastExpr " : "CastExpr ") + head + " <" +
                 castKindName(c->castKind) + ">" + tail, [&] { expr(c->operand); });
        return;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<const SubscriptExpr*>(e);
        node("SubscriptExpr " + head + tail, [&] {
          expr(sub->base);
          expr(sub->index);
        });
        return;
      }
      case ExprKind::SizeOf: {
        auto* so = static_cast<const SizeOfExpr*>(e);
        std::string what = so->operandType ? " '" + so->operandType->str() + "'" : "";
        node(std::string(so->isAlignof ? "AlignofExpr " : "SizeofExpr ") + head + what + tail, [&] {
          if (so->operand) expr(so->operand);
        });
        return;
      }
      case ExprKind::InitList: {
        auto* list = static_cast<const InitListExpr*>(e);
        node("InitListExpr " + head + tail, [&] {
          for (const InitListExpr::Item& item : list->items) {
            if (item.designator) node("Designator", [&] { expr(item.designator); });
            if (!item.member.empty()) line("Designator ." + std::string(item.member));
            expr(item.value);
          }
        });
        return;
      }
      case ExprKind::Member: {
        auto* m = static_cast<const MemberExpr*>(e);
        node("MemberExpr " + head + " " + (m->arrow ? "->" : ".") + std::string(m->member) +
                 " offset=" + std::to_string(m->offset) + tail, [&] { expr(m->base); });
        return;
      }
      case ExprKind::Builtin: {
        auto* b = static_cast<const BuiltinExpr*>(e);
        std::string what = b->typeOperand ? " '" + b->typeOperand->str() + "'" : "";
        node("BuiltinExpr " + head + " " + std::string(builtinSpelling(b->builtin)) + what + tail, [&] {
          for (const Expr* a : b->args) expr(a);
        });
        return;
      }
    }
  }

  void optionalExpr(const Expr* e) { e ? expr(e) : none(); }
  void optionalStmt(const Stmt* s) { s ? stmt(s) : none(); }

  void stmt(const Stmt* s) {
    std::string text = std::string(stmtKindName(s->kind)) + " " + location(s->loc);
    switch (s->kind) {
      case StmtKind::Compound:
        node(text, [&] {
          for (const Stmt* child : static_cast<const CompoundStmt*>(s)->body) stmt(child);
        });
        return;
      case StmtKind::Decl:
        node(text, [&] {
          for (const Decl* d : static_cast<const DeclStmt*>(s)->decls) decl(d);
        });
        return;
      case StmtKind::Expr: {
        const Expr* e = static_cast<const ExprStmt*>(s)->expr;
        if (!e) return line("NullStmt " + location(s->loc));
        node(text, [&] { expr(e); });
        return;
      }
      case StmtKind::If: {
        auto* i = static_cast<const IfStmt*>(s);
        node(text + (i->elseStmt ? " has-else" : ""), [&] {
          expr(i->cond);
          stmt(i->thenStmt);
          if (i->elseStmt) stmt(i->elseStmt);
        });
        return;
      }
      case StmtKind::While: {
        auto* w = static_cast<const WhileStmt*>(s);
        node(text, [&] {
          expr(w->cond);
          stmt(w->body);
        });
        return;
      }
      case StmtKind::DoWhile: {
        auto* d = static_cast<const DoWhileStmt*>(s);
        node(text, [&] {
          stmt(d->body);
          expr(d->cond);
        });
        return;
      }
      case StmtKind::For: {
        auto* f = static_cast<const ForStmt*>(s);
        node(text, [&] {
          optionalStmt(f->init);
          optionalExpr(f->cond);
          optionalExpr(f->step);
          stmt(f->body);
        });
        return;
      }
      case StmtKind::Return: {
        auto* r = static_cast<const ReturnStmt*>(s);
        node(text, [&] {
          if (r->value) expr(r->value);
        });
        return;
      }
      case StmtKind::Break:
      case StmtKind::Continue: {
        const Stmt* target = static_cast<const JumpStmt*>(s)->target;
        if (target) text += std::string(" (leaves ") + stmtKindName(target->kind) + " at " +
                            location(target->loc) + ")";
        line(text);
        return;
      }
      case StmtKind::Switch: {
        auto* sw = static_cast<const SwitchStmt*>(s);
        text += " cases=" + std::to_string(sw->cases.size());
        if (sw->defaultStmt) text += " has-default";
        node(text, [&] {
          expr(sw->cond);
          stmt(sw->body);
        });
        return;
      }
      case StmtKind::Case: {
        auto* c = static_cast<const CaseStmt*>(s);
        node(text + " value=" + std::to_string(c->caseValue), [&] {
          expr(c->value);
          stmt(c->body);
        });
        return;
      }
      case StmtKind::Default:
        node(text, [&] { stmt(static_cast<const CaseStmt*>(s)->body); });
        return;
      case StmtKind::Label: {
        auto* l = static_cast<const LabelStmt*>(s);
        node(text + " " + std::string(l->name), [&] { stmt(l->body); });
        return;
      }
      case StmtKind::Goto: {
        auto* g = static_cast<const GotoStmt*>(s);
        text += " " + std::string(g->label);
        if (g->target) text += " (label at " + location(g->target->loc) + ")";
        line(text);
        return;
      }
    }
  }

  std::ostream& out_;
  const FrameSlots* slots_;
  int depth_ = 0;
};

}  // namespace

void dumpAst(const TranslationUnit& unit, std::ostream& out, const FrameSlots* slots) {
  AstDumper(out, slots).unit(unit);
}

}  // namespace minicc
