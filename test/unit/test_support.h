// Helpers shared by the front-end unit tests: run the lexer, parser and sema
// on a string, keep everything alive together, and render the tree as a
// fully parenthesised S-expression so tests can compare shapes as strings.
#pragma once

#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/parser.h"
#include "sema/sema.h"

namespace minicc {
namespace testing_support {

// One compilation's front end. Owns the source, tokens and tree, which point
// into each other, so a test can keep looking at the AST after the run.
struct Frontend {
  std::unique_ptr<SourceManager> sources = std::make_unique<SourceManager>();
  std::vector<Token> tokens;
  std::unique_ptr<AstContext> ast = std::make_unique<AstContext>();
  TranslationUnit unit;
  std::string diagnostics;
  unsigned errors = 0;
  unsigned warnings = 0;
  bool stopped = false;  // FatalError was thrown

  // The file-scope declaration named `name` (the last one, if several).
  Decl* decl(std::string_view name) const {
    Decl* found = nullptr;
    for (Decl* d : unit.decls)
      if (d->name == name) found = d;
    return found;
  }
  FunctionDecl* function(std::string_view name) const {
    Decl* d = decl(name);
    return d && d->kind == DeclKind::Function ? static_cast<FunctionDecl*>(d) : nullptr;
  }
  VarDecl* global(std::string_view name) const {
    Decl* d = decl(name);
    return d && d->kind == DeclKind::Variable ? static_cast<VarDecl*>(d) : nullptr;
  }
  bool has(const std::string& text) const { return diagnostics.find(text) != std::string::npos; }
  // How many times `text` occurs in the diagnostics.
  int count(const std::string& text) const {
    int n = 0;
    for (size_t at = diagnostics.find(text); at != std::string::npos;
         at = diagnostics.find(text, at + 1))
      ++n;
    return n;
  }
};

// Lexes and parses `text` as the file "t.c"; with `analyse`, runs sema too.
inline Frontend runFrontend(const std::string& text, bool analyse,
                            DiagnosticOptions options = {}) {
  Frontend f;
  options.errorLimit = 0;
  std::ostringstream out;
  Diagnostics diags(out, options);
  const SourceFile* file = f.sources->add("t.c", text);
  try {
    f.tokens = tokenize(*file, diags);
    f.unit = parse(f.tokens, *f.ast, diags);
    if (analyse) analyze(f.unit, *f.ast, diags);
  } catch (const FatalError&) {
    f.stopped = true;
  }
  f.diagnostics = out.str();
  f.errors = diags.errorCount();
  f.warnings = diags.warningCount();
  return f;
}

inline Frontend parseSource(const std::string& text) { return runFrontend(text, false); }
inline Frontend analyzeSource(const std::string& text) { return runFrontend(text, true); }

// ---------------------------------------------------------------- printing

inline std::string quoteBytes(const std::string& bytes) {
  std::string s = "\"";
  for (unsigned char c : bytes) {
    if (c == '\n') s += "\\n";
    else if (c == '\t') s += "\\t";
    else if (c == '"') s += "\\\"";
    else if (c == '\\') s += "\\\\";
    else if (c < 0x20 || c >= 0x7f) {
      static const char* hex = "0123456789abcdef";
      s += "\\x";
      s += hex[c >> 4];
      s += hex[c & 15];
    } else {
      s += static_cast<char>(c);
    }
  }
  return s + "\"";
}

// The folded value a variable with static storage starts with (its first
// element), or -999 if it has none.
inline int64_t staticInteger(const VarDecl* var) {
  return var->staticValues.empty() ? -999 : var->staticValues.front().value;
}

// (op a b), (- a), (pre++ x), (post-- x), (? c a b), (call f a b), (= x v), (+= x v).
inline std::string sexpr(const Expr* e) {
  if (!e) return "_";
  switch (e->kind) {
    case ExprKind::IntLiteral: {
      auto* literal = static_cast<const IntLiteralExpr*>(e);
      if (literal->isCharacter) return std::to_string(static_cast<int64_t>(literal->value));
      return std::to_string(literal->value);
    }
    case ExprKind::FloatLiteral: {
      char text[32];
      std::snprintf(text, sizeof text, "%g", static_cast<const FloatLiteralExpr*>(e)->value);
      return text;
    }
    case ExprKind::StringLiteral:
      return quoteBytes(static_cast<const StringLiteralExpr*>(e)->bytes);
    case ExprKind::VarRef:
      return std::string(static_cast<const VarRefExpr*>(e)->name);
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return "(" + std::string(unaryOpSpelling(u->op)) + " " + sexpr(u->operand) + ")";
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return "(" + std::string(binaryOpSpelling(b->op)) + " " + sexpr(b->lhs) + " " +
             sexpr(b->rhs) + ")";
    }
    case ExprKind::Assign: {
      auto* a = static_cast<const AssignExpr*>(e);
      std::string op = a->op ? std::string(binaryOpSpelling(*a->op)) + "=" : "=";
      return "(" + op + " " + sexpr(a->target) + " " + sexpr(a->value) + ")";
    }
    case ExprKind::IncDec: {
      auto* i = static_cast<const IncDecExpr*>(e);
      return std::string("(") + (i->prefix ? "pre" : "post") + (i->increment ? "++ " : "-- ") +
             sexpr(i->target) + ")";
    }
    case ExprKind::Conditional: {
      auto* c = static_cast<const ConditionalExpr*>(e);
      return "(? " + sexpr(c->cond) + " " + sexpr(c->thenExpr) + " " + sexpr(c->elseExpr) + ")";
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      std::string s = "(call " + sexpr(c->calleeExpr);
      for (const Expr* a : c->args) s += " " + sexpr(a);
      return s + ")";
    }
    case ExprKind::Cast: {  // sema's implicit conversions print as their operand
      auto* c = static_cast<const CastExpr*>(e);
      if (c->implicit) return sexpr(c->operand);
      return "(cast '" + c->target->str() + "' " + sexpr(c->operand) + ")";
    }
    case ExprKind::Subscript: {
      auto* sub = static_cast<const SubscriptExpr*>(e);
      return "([] " + sexpr(sub->base) + " " + sexpr(sub->index) + ")";
    }
    case ExprKind::SizeOf: {
      auto* so = static_cast<const SizeOfExpr*>(e);
      std::string op = so->isAlignof ? "(alignof " : "(sizeof ";
      return op + (so->operandType ? "'" + so->operandType->str() + "'" : sexpr(so->operand)) + ")";
    }
    case ExprKind::InitList: {
      auto* list = static_cast<const InitListExpr*>(e);
      std::string s = "{";
      for (const InitListExpr::Item& item : list->items) {
        s += " ";
        if (item.designator) s += "[" + sexpr(item.designator) + "]=";
        if (!item.member.empty()) s += "." + std::string(item.member) + "=";
        s += sexpr(item.value);
      }
      return s + " }";
    }
    case ExprKind::Member: {
      auto* m = static_cast<const MemberExpr*>(e);
      return "(" + std::string(m->arrow ? "->" : ".") + " " + sexpr(m->base) + " " +
             std::string(m->member) + ")";
    }
    case ExprKind::Builtin: {
      auto* b = static_cast<const BuiltinExpr*>(e);
      std::string s = "(builtin";
      for (const Expr* a : b->args) s += " " + sexpr(a);
      if (b->typeOperand) s += " '" + b->typeOperand->str() + "'";
      return s + ")";
    }
  }
  return "?";
}

inline std::string sexpr(const Stmt* s);

// (var NAME 'TYPE' INIT?) or (fn NAME 'TYPE').
inline std::string sexpr(const Decl* d) {
  if (d->kind == DeclKind::Function)
    return "(fn " + std::string(d->name) + " '" + d->type->str() + "')";
  if (d->kind == DeclKind::Typedef)
    return "(typedef " + std::string(d->name) + " '" + d->type->str() + "')";
  if (d->kind == DeclKind::Tag) return "(tag '" + d->type->str() + "')";
  if (d->kind == DeclKind::EnumConstant) {
    auto* c = static_cast<const EnumConstantDecl*>(d);
    return "(enumerator " + std::string(d->name) + (c->valueExpr ? " " + sexpr(c->valueExpr) : "") + ")";
  }
  auto* v = static_cast<const VarDecl*>(d);
  std::string s = "(var " + std::string(v->name) + " '" + v->type->str() + "'";
  if (v->storage == StorageClass::Static) s += " static";
  if (v->storage == StorageClass::Extern) s += " extern";
  if (v->init) s += " " + sexpr(v->init);
  return s + ")";
}

inline std::string sexpr(const Stmt* s) {
  if (!s) return "_";
  switch (s->kind) {
    case StmtKind::Compound: {
      std::string r = "{";
      for (const Stmt* c : static_cast<const CompoundStmt*>(s)->body) r += " " + sexpr(c);
      return r + " }";
    }
    case StmtKind::Decl: {
      std::string r = "(decl";
      for (const Decl* d : static_cast<const DeclStmt*>(s)->decls) r += " " + sexpr(d);
      return r + ")";
    }
    case StmtKind::Expr: {
      const Expr* e = static_cast<const ExprStmt*>(s)->expr;
      return e ? sexpr(e) + ";" : ";";
    }
    case StmtKind::If: {
      auto* i = static_cast<const IfStmt*>(s);
      std::string r = "(if " + sexpr(i->cond) + " " + sexpr(i->thenStmt);
      if (i->elseStmt) r += " else " + sexpr(i->elseStmt);
      return r + ")";
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      return "(while " + sexpr(w->cond) + " " + sexpr(w->body) + ")";
    }
    case StmtKind::DoWhile: {
      auto* d = static_cast<const DoWhileStmt*>(s);
      return "(do " + sexpr(d->body) + " " + sexpr(d->cond) + ")";
    }
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      return "(for " + sexpr(f->init) + " " + sexpr(f->cond) + " " + sexpr(f->step) + " " +
             sexpr(f->body) + ")";
    }
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(s);
      return r->value ? "(return " + sexpr(r->value) + ")" : "(return)";
    }
    case StmtKind::Break: return "(break)";
    case StmtKind::Continue: return "(continue)";
    case StmtKind::Switch: {
      auto* sw = static_cast<const SwitchStmt*>(s);
      return "(switch " + sexpr(sw->cond) + " " + sexpr(sw->body) + ")";
    }
    case StmtKind::Case: {
      auto* c = static_cast<const CaseStmt*>(s);
      return "(case " + sexpr(c->value) + " " + sexpr(c->body) + ")";
    }
    case StmtKind::Default:
      return "(default " + sexpr(static_cast<const CaseStmt*>(s)->body) + ")";
    case StmtKind::Label: {
      auto* l = static_cast<const LabelStmt*>(s);
      return "(label " + std::string(l->name) + " " + sexpr(l->body) + ")";
    }
    case StmtKind::Goto:
      return "(goto " + std::string(static_cast<const GotoStmt*>(s)->label) + ")";
  }
  return "?";
}

// The parameters of a function and its body: "(a b) { ... }".
inline std::string sexpr(const FunctionDecl* fn) {
  std::string r = "(";
  for (size_t i = 0; i < fn->params.size(); ++i)
    r += (i ? " " : "") + std::string(fn->params[i]->name);
  r += ")";
  if (fn->body) r += " " + sexpr(static_cast<const Stmt*>(fn->body));
  return r;
}

// The whole unit, one declaration per line.
inline std::string sexpr(const TranslationUnit& unit) {
  std::string r;
  for (const Decl* d : unit.decls) {
    r += sexpr(d);
    if (d->kind == DeclKind::Function && static_cast<const FunctionDecl*>(d)->body)
      r += " " + sexpr(static_cast<const Stmt*>(static_cast<const FunctionDecl*>(d)->body));
    r += "\n";
  }
  return r;
}

}  // namespace testing_support
}  // namespace minicc
