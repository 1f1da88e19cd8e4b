// Sema: name resolution and scopes, the fields it fills in the tree (types,
// constants, symbols), and every error and warning it reports.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "test_support.h"

namespace minicc {
namespace {

using testing_support::analyzeSource;
using testing_support::Frontend;
using testing_support::sexpr;

// ---------------------------------------------------------------- walking

void walkExpr(Expr* e, const std::function<void(Expr*)>& visit);

void walkStmt(Stmt* s, const std::function<void(Expr*)>& visit) {
  if (!s) return;
  switch (s->kind) {
    case StmtKind::Compound:
      for (Stmt* c : static_cast<CompoundStmt*>(s)->body) walkStmt(c, visit);
      return;
    case StmtKind::Decl:
      for (Decl* d : static_cast<DeclStmt*>(s)->decls)
        if (d->kind == DeclKind::Variable && static_cast<VarDecl*>(d)->init)
          walkExpr(static_cast<VarDecl*>(d)->init, visit);
      return;
    case StmtKind::Expr: walkExpr(static_cast<ExprStmt*>(s)->expr, visit); return;
    case StmtKind::If: {
      auto* i = static_cast<IfStmt*>(s);
      walkExpr(i->cond, visit);
      walkStmt(i->thenStmt, visit);
      walkStmt(i->elseStmt, visit);
      return;
    }
    case StmtKind::While:
      walkExpr(static_cast<WhileStmt*>(s)->cond, visit);
      walkStmt(static_cast<WhileStmt*>(s)->body, visit);
      return;
    case StmtKind::DoWhile:
      walkStmt(static_cast<DoWhileStmt*>(s)->body, visit);
      walkExpr(static_cast<DoWhileStmt*>(s)->cond, visit);
      return;
    case StmtKind::For: {
      auto* f = static_cast<ForStmt*>(s);
      walkStmt(f->init, visit);
      walkExpr(f->cond, visit);
      walkExpr(f->step, visit);
      walkStmt(f->body, visit);
      return;
    }
    case StmtKind::Return: walkExpr(static_cast<ReturnStmt*>(s)->value, visit); return;
    case StmtKind::Switch:
      walkExpr(static_cast<SwitchStmt*>(s)->cond, visit);
      walkStmt(static_cast<SwitchStmt*>(s)->body, visit);
      return;
    case StmtKind::Case:
    case StmtKind::Default:
      walkExpr(static_cast<CaseStmt*>(s)->value, visit);
      walkStmt(static_cast<CaseStmt*>(s)->body, visit);
      return;
    case StmtKind::Label: walkStmt(static_cast<LabelStmt*>(s)->body, visit); return;
    default: return;
  }
}

void walkExpr(Expr* e, const std::function<void(Expr*)>& visit) {
  if (!e) return;
  visit(e);
  switch (e->kind) {
    case ExprKind::Unary: walkExpr(static_cast<UnaryExpr*>(e)->operand, visit); return;
    case ExprKind::Binary:
      walkExpr(static_cast<BinaryExpr*>(e)->lhs, visit);
      walkExpr(static_cast<BinaryExpr*>(e)->rhs, visit);
      return;
    case ExprKind::Assign:
      walkExpr(static_cast<AssignExpr*>(e)->target, visit);
      walkExpr(static_cast<AssignExpr*>(e)->value, visit);
      return;
    case ExprKind::IncDec: walkExpr(static_cast<IncDecExpr*>(e)->target, visit); return;
    case ExprKind::Conditional: {
      auto* c = static_cast<ConditionalExpr*>(e);
      walkExpr(c->cond, visit);
      walkExpr(c->thenExpr, visit);
      walkExpr(c->elseExpr, visit);
      return;
    }
    case ExprKind::Call:
      for (Expr* a : static_cast<CallExpr*>(e)->args) walkExpr(a, visit);
      return;
    default: return;
  }
}

// Every variable reference in fn's body, in source order.
std::vector<VarRefExpr*> varRefs(FunctionDecl* fn) {
  std::vector<VarRefExpr*> refs;
  walkStmt(fn->body, [&](Expr* e) {
    if (e->kind == ExprKind::VarRef) refs.push_back(static_cast<VarRefExpr*>(e));
  });
  return refs;
}

// The declaration the i-th variable reference in fn resolves to; null if
// there is no such reference (so a wrong tree fails a test, not the run).
VarDecl* refDecl(FunctionDecl* fn, size_t i) {
  if (!fn) return nullptr;
  std::vector<VarRefExpr*> refs = varRefs(fn);
  return i < refs.size() ? refs[i]->decl : nullptr;
}

std::vector<CallExpr*> calls(FunctionDecl* fn) {
  std::vector<CallExpr*> found;
  walkStmt(fn->body, [&](Expr* e) {
    if (e->kind == ExprKind::Call) found.push_back(static_cast<CallExpr*>(e));
  });
  return found;
}

// The statements of fn's body, flattened in source order (pre-order).
std::vector<Stmt*> statements(FunctionDecl* fn) {
  std::vector<Stmt*> out;
  std::function<void(Stmt*)> go = [&](Stmt* s) {
    if (!s) return;
    out.push_back(s);
    switch (s->kind) {
      case StmtKind::Compound:
        for (Stmt* c : static_cast<CompoundStmt*>(s)->body) go(c);
        break;
      case StmtKind::If:
        go(static_cast<IfStmt*>(s)->thenStmt);
        go(static_cast<IfStmt*>(s)->elseStmt);
        break;
      case StmtKind::While: go(static_cast<WhileStmt*>(s)->body); break;
      case StmtKind::DoWhile: go(static_cast<DoWhileStmt*>(s)->body); break;
      case StmtKind::For:
        go(static_cast<ForStmt*>(s)->init);
        go(static_cast<ForStmt*>(s)->body);
        break;
      case StmtKind::Switch: go(static_cast<SwitchStmt*>(s)->body); break;
      case StmtKind::Case:
      case StmtKind::Default: go(static_cast<CaseStmt*>(s)->body); break;
      case StmtKind::Label: go(static_cast<LabelStmt*>(s)->body); break;
      default: break;
    }
  };
  go(fn->body);
  return out;
}

std::vector<Stmt*> statementsOfKind(FunctionDecl* fn, StmtKind kind) {
  std::vector<Stmt*> out;
  for (Stmt* s : statements(fn))
    if (s->kind == kind) out.push_back(s);
  return out;
}

// One expression checked in a context with an int x, a char c, a char *s
// and a function f(int) in scope; `e` is the value of "return (E);"... kept
// without extra parentheses so the tree is exactly E.
struct Checked {
  Frontend f;
  Expr* e = nullptr;
};

Checked checkExpr(const std::string& text) {
  Checked c;
  c.f = analyzeSource(
      "int f(int);\n"
      "int t(int x, char c, char *s) {\n"
      "  x = " + text + ";\n"
      "  return x;\n"
      "}\n");
  FunctionDecl* fn = c.f.function("t");
  if (fn && fn->body && !fn->body->body.empty() &&
      fn->body->body[0]->kind == StmtKind::Expr) {
    Expr* assign = static_cast<ExprStmt*>(fn->body->body[0])->expr;
    if (assign && assign->kind == ExprKind::Assign) c.e = static_cast<AssignExpr*>(assign)->value;
  }
  return c;
}

// The type of an expression, checked as a statement "E;" (so pointers are fine).
std::string typeOf(const std::string& text) {
  Frontend f = analyzeSource("int g(int); char *h(void);\n"
                             "void t(int x, char c, char *s) {\n  " + text + ";\n}\n");
  FunctionDecl* fn = f.function("t");
  if (!fn || !fn->body || fn->body->body.empty()) return "<no statement>";
  Expr* e = static_cast<ExprStmt*>(fn->body->body[0])->expr;
  if (!e || !e->type) return "<no type>";
  return e->type->str();
}

// ---------------------------------------------------------------- scopes

TEST(SemaScopes, ShadowingResolvesEachReference) {
  Frontend f = analyzeSource(
      "int x;\n"
      "int f(int x) {\n"
      "  int r = x;\n"                       // param
      "  { int x = 2; r = r + x; }\n"        // inner local
      "  { r = r + x; int x = 3; r = x; }\n" // param, then the new local
      "  return r + x;\n"                    // param
      "}\n"
      "int g() { return x; }\n");            // global
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  ASSERT_TRUE(fn);
  ASSERT_EQ(fn->locals.size(), 3u);
  VarDecl* param = fn->params[0];
  VarDecl* r = fn->locals[0];
  VarDecl* inner = fn->locals[1];
  VarDecl* later = fn->locals[2];
  std::vector<VarRefExpr*> refs = varRefs(fn);
  std::vector<VarDecl*> expected = {param, r, r, inner, r, r, param, r, later, r, param};
  ASSERT_EQ(refs.size(), expected.size());
  for (size_t i = 0; i < refs.size(); ++i)
    EXPECT_EQ(refs[i]->decl, expected[i]) << "reference " << i << " to " << refs[i]->name;
  std::vector<VarRefExpr*> g = varRefs(f.function("g"));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0]->decl, f.global("x"));
  EXPECT_EQ(g[0]->decl->place, VarPlace::Global);
}

TEST(SemaScopes, ParametersShareTheBodysScope) {
  Frontend f = analyzeSource("int f(int a) { int a; return a; }");
  EXPECT_TRUE(f.has("t.c:1:20: error: redefinition of 'a'\n")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:11: note: previous definition is here")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
  // A nested block may shadow a parameter.
  Frontend ok = analyzeSource("int f(int a) { { int a = 1; return a; } }");
  EXPECT_EQ(ok.errors, 0u) << ok.diagnostics;
}

TEST(SemaScopes, DuplicateParameterNames) {
  Frontend f = analyzeSource("int f(int a, int a) { return a; }");
  EXPECT_TRUE(f.has("t.c:1:18: error: redefinition of parameter 'a'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:11: note: previous declaration is here")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
  // In a prototype, at file or block scope, too (C17 6.7p3).
  Frontend prototype = analyzeSource("int f(int a, int a);");
  EXPECT_TRUE(prototype.has("t.c:1:18: error: redefinition of parameter 'a'"))
      << prototype.diagnostics;
  EXPECT_TRUE(prototype.has("t.c:1:11: note: previous declaration is here"))
      << prototype.diagnostics;
  Frontend block = analyzeSource("int main(void) {\n  int g(int a, int b, int a);\n  return 0;\n}");
  EXPECT_TRUE(block.has("t.c:2:27: error: redefinition of parameter 'a'")) << block.diagnostics;
  EXPECT_EQ(block.errors, 1u) << block.diagnostics;
}

TEST(SemaScopes, LocalRedefinitionInOneBlock) {
  Frontend f = analyzeSource("int f() {\n  int a = 1;\n  char a;\n  return a;\n}");
  EXPECT_TRUE(f.has("t.c:3:8: error: redefinition of 'a'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:2:7: note: previous definition is here")) << f.diagnostics;
}

TEST(SemaScopes, ForDeclarationIsScopedToTheLoop) {
  Frontend f = analyzeSource(
      "int f() { int s = 0; for (int i = 0; i < 3; i++) s = s + i; return i; }");
  EXPECT_TRUE(f.has("t.c:1:68: error: use of undeclared identifier 'i'")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
  Frontend g = analyzeSource(
      "int f() { int i = 7; for (int i = 0; i < 3; i++) ; return i; }");
  ASSERT_EQ(g.errors, 0u) << g.diagnostics;
  FunctionDecl* fn = g.function("f");
  std::vector<VarRefExpr*> refs = varRefs(fn);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0]->decl, fn->locals[1]);  // i < 3
  EXPECT_EQ(refs[1]->decl, fn->locals[1]);  // i++
  EXPECT_EQ(refs[2]->decl, fn->locals[0]);  // return i
}

TEST(SemaScopes, GlobalsAndLocals) {
  Frontend f = analyzeSource("int g = 5;\nint f() { int g = 1; return g; }\nint h() { return g; }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  ASSERT_TRUE(fn);
  ASSERT_EQ(fn->locals.size(), 1u);
  EXPECT_EQ(refDecl(fn, 0), fn->locals[0]);
  EXPECT_EQ(fn->locals[0]->place, VarPlace::Local);
  EXPECT_EQ(refDecl(f.function("h"), 0), f.global("g"));
  VarDecl* g = f.global("g");
  EXPECT_EQ(g->symbol, "g");
  EXPECT_TRUE(g->isDefinition);
  EXPECT_TRUE(g->initialized);
  EXPECT_EQ(testing_support::staticInteger(g), 5);
  ASSERT_EQ(f.unit.staticStorage.size(), 1u);
  EXPECT_EQ(f.unit.staticStorage[0], g);
}

TEST(SemaScopes, TentativeAndExternGlobalsShareOneStorage) {
  Frontend f = analyzeSource("extern int e;\nint t;\nint t;\nint e = 4;\nextern int only;\n"
                             "int use() { return e + t + only; }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  ASSERT_EQ(f.unit.staticStorage.size(), 2u);
  VarDecl* e = f.unit.staticStorage[1];
  VarDecl* t = f.unit.staticStorage[0];
  EXPECT_EQ(t->name, "t");
  EXPECT_EQ(e->name, "e");
  EXPECT_EQ(testing_support::staticInteger(e), 4);
  EXPECT_TRUE(e->initialized);
  EXPECT_EQ(f.global("e")->canonical, e);
  EXPECT_EQ(f.global("t")->canonical, t);
  EXPECT_FALSE(f.global("only")->isDefinition);  // declared, defined elsewhere
}

TEST(SemaScopes, BlockScopeExtern) {
  Frontend f = analyzeSource(
      "int f() { extern int e; return e; }\n"
      "int e = 3;\n"
      "int g() { int e = 1; { extern int e; return e; } }\n");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  ASSERT_TRUE(fn);
  ASSERT_EQ(varRefs(fn).size(), 1u);
  VarRefExpr* ref = varRefs(fn)[0];
  ASSERT_TRUE(ref->decl);
  EXPECT_EQ(ref->decl->place, VarPlace::Global);
  EXPECT_EQ(ref->decl->symbol, "e");
  EXPECT_TRUE(fn->locals.empty());  // no frame slot for it
  // The file-scope definition links to the block-scope declaration.
  VarDecl* global = f.global("e");
  EXPECT_EQ(global->canonical, ref->decl->canonical);
  ASSERT_EQ(f.unit.staticStorage.size(), 1u);
  EXPECT_EQ(testing_support::staticInteger(f.unit.staticStorage[0]), 3);
  // Inside g, the extern hides the local and means the global.
  FunctionDecl* g = f.function("g");
  std::vector<VarRefExpr*> grefs = varRefs(g);
  ASSERT_EQ(grefs.size(), 1u);
  VarRefExpr* gref = grefs[0];
  ASSERT_TRUE(gref->decl);
  EXPECT_EQ(gref->decl->place, VarPlace::Global);
  EXPECT_EQ(gref->decl->canonical, ref->decl->canonical);
}

// C17 6.7p3: an identifier with linkage may be declared again in the same
// scope; both block-scope externs mean the global, not the hidden local.
TEST(SemaScopes, RepeatedBlockScopeExtern) {
  Frontend f = analyzeSource(
      "int foo = 3;\n"
      "int main(void) { int foo = 4; { extern int foo; extern int foo; return foo; } }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  std::vector<VarRefExpr*> refs = varRefs(f.function("main"));
  ASSERT_EQ(refs.size(), 1u);
  ASSERT_TRUE(refs[0]->decl);
  EXPECT_EQ(refs[0]->decl->canonical, f.global("foo"));
}

TEST(SemaScopes, BlockExternWithInitializerIsAnError) {
  // C17 6.7.9p5, in clang's words.
  Frontend f = analyzeSource("int f() { extern int e = 1; return e; }");
  EXPECT_TRUE(f.has("t.c:1:22: error: 'extern' variable cannot have an initializer"))
      << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
}

TEST(SemaScopes, StaticLocalSymbols) {
  Frontend f = analyzeSource(
      "int f() { static int x = 5; return x++; }\n"
      "int g() { static int x; static int y = 2 * 3; return x + y; }\n"
      "int h() { { static int c; c++; } { static int c; c++; } return 0; }\n");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  std::vector<std::string> symbols;
  for (VarDecl* v : f.unit.staticStorage) symbols.push_back(v->symbol);
  EXPECT_EQ(symbols, (std::vector<std::string>{"f.x", "g.x", "g.y", "h.c", "h.c.1"}));
  EXPECT_EQ(testing_support::staticInteger(f.unit.staticStorage[0]), 5);
  EXPECT_EQ(testing_support::staticInteger(f.unit.staticStorage[2]), 6);
  EXPECT_FALSE(f.unit.staticStorage[1]->initialized);
  for (VarDecl* v : f.unit.staticStorage) {
    EXPECT_EQ(v->place, VarPlace::StaticLocal) << v->symbol;
    EXPECT_TRUE(v->isDefinition) << v->symbol;
  }
  EXPECT_TRUE(f.function("f")->locals.empty());  // static locals take no frame slot
  ASSERT_FALSE(f.unit.staticStorage.empty());
  EXPECT_EQ(refDecl(f.function("f"), 0), f.unit.staticStorage[0]);
}

TEST(SemaScopes, StaticLocalNeedsAConstantInitializer) {
  Frontend f = analyzeSource("int f(int a) { static int s = a; return s; }");
  EXPECT_TRUE(f.has("t.c:1:31: error: initializer element is not a compile-time constant"))
      << f.diagnostics;
}

TEST(SemaScopes, FunctionDeclaredInABlock) {
  Frontend f = analyzeSource("int f() { int g(int); return g(1); }\nint g(int a) { return a; }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  std::vector<CallExpr*> c = calls(f.function("f"));
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0]->callee);
  // The callee is the canonical (first) declaration; the definition links to it.
  EXPECT_EQ(f.function("g")->canonical, c[0]->callee);
  // C17 6.7.1p7; clang points at the keyword, once for each function.
  Frontend s = analyzeSource("int f() {\n  static int g(int), h(void);\n  int static k(void);\n  return g(1);\n}");
  EXPECT_EQ(s.count("t.c:2:3: error: function declared in block scope cannot have 'static' "
                    "storage class"), 2) << s.diagnostics;
  EXPECT_TRUE(s.has("t.c:3:7: error: function declared in block scope cannot have 'static' "
                    "storage class")) << s.diagnostics;
  EXPECT_EQ(s.errors, 3u) << s.diagnostics;
}

TEST(SemaScopes, UndeclaredIdentifierIsReportedOnce) {
  Frontend f = analyzeSource("int f() {\n  int a = y;\n  return y + y;\n}");
  EXPECT_TRUE(f.has("t.c:2:11: error: use of undeclared identifier 'y'")) << f.diagnostics;
  EXPECT_EQ(f.count("undeclared identifier"), 1) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
}

TEST(SemaScopes, CallsResolveToTheCanonicalDeclaration) {
  Frontend f = analyzeSource("int f(int);\nint f(int a);\nint main() { return f(1); }\n"
                             "int f(int a) { return a; }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  std::vector<CallExpr*> c = calls(f.function("main"));
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0]->callee);
  EXPECT_EQ(c[0]->callee, f.unit.decls[0]);
  EXPECT_EQ(f.function("f")->canonical, f.unit.decls[0]);
  EXPECT_FALSE(c[0]->callee->implicit);
}

TEST(SemaScopes, UnprototypedDeclarationTakesTheLaterPrototype) {
  Frontend f = analyzeSource("int f();\nint f(int a, int b) { return a + b; }\n"
                             "int main() { return f(1); }");
  EXPECT_TRUE(f.has("t.c:3:24: error: too few arguments to function call, expected 2, have 1"))
      << f.diagnostics;
}

// ------------------------------------------------------------------ types

TEST(SemaTypes, ExpressionTypes) {
  EXPECT_EQ(typeOf("x"), "int");
  EXPECT_EQ(typeOf("c"), "char");
  EXPECT_EQ(typeOf("s"), "char *");
  EXPECT_EQ(typeOf("\"lit\""), "char *");
  EXPECT_EQ(typeOf("c + c"), "int");   // integer promotions
  EXPECT_EQ(typeOf("-c"), "int");
  EXPECT_EQ(typeOf("c = 1"), "char");  // the type of the target
  EXPECT_EQ(typeOf("s = \"a\""), "char *");
  EXPECT_EQ(typeOf("x, s"), "char *");  // the right operand's
  EXPECT_EQ(typeOf("s == 0"), "int");
  EXPECT_EQ(typeOf("!s"), "int");
  EXPECT_EQ(typeOf("s && x"), "int");
  EXPECT_EQ(typeOf("c++"), "char");  // the operand's type (C17 6.5.2.4)
  EXPECT_EQ(typeOf("s + 1"), "char *");
  EXPECT_EQ(typeOf("2 + s"), "char *");
  EXPECT_EQ(typeOf("s - s"), "long");  // ptrdiff_t
  EXPECT_EQ(typeOf("*s"), "char");
  EXPECT_EQ(typeOf("&x"), "int *");
  EXPECT_EQ(typeOf("&s"), "char **");
  EXPECT_EQ(typeOf("s[1]"), "char");
  EXPECT_EQ(typeOf("sizeof x"), "unsigned long");
  EXPECT_EQ(typeOf("(long)x + 1"), "long");
  EXPECT_EQ(typeOf("x + 1u"), "unsigned int");
  EXPECT_EQ(typeOf("x + 1L"), "long");
  EXPECT_EQ(typeOf("1u + 1L"), "long");  // long holds every unsigned int
  EXPECT_EQ(typeOf("1ul + 1LL"), "unsigned long long");
  EXPECT_EQ(typeOf("c << 1L"), "int");  // a shift has its promoted left operand's type
  EXPECT_EQ(typeOf("x ? s : (void *)0"), "char *");
  EXPECT_EQ(typeOf("x ? s : \"b\""), "char *");
  EXPECT_EQ(typeOf("x ? s : 0"), "char *");
  EXPECT_EQ(typeOf("x ? c : 1"), "int");
  EXPECT_EQ(typeOf("g(1)"), "int");
  EXPECT_EQ(typeOf("h()"), "char *");
}

TEST(SemaTypes, TypeErrors) {
  auto diag = [](const std::string& stmt) {
    return analyzeSource("int g(int); char *h(void); void v(void);\n"
                         "void t(int x, char *s, int *p) {\n  " + stmt + ";\n}\n").diagnostics;
  };
  auto has = [&](const std::string& stmt, const std::string& text) {
    std::string d = diag(stmt);
    EXPECT_NE(d.find(text), std::string::npos) << stmt << "\n" << d;
  };
  // clang-14's words and places: conversions between pointers and integers warn.
  has("x = s", "t.c:3:5: warning: incompatible pointer to integer conversion assigning to 'int' "
               "from 'char *' [-Wint-conversion]");
  has("s = x", "warning: incompatible integer to pointer conversion assigning to 'char *' from 'int'");
  EXPECT_EQ(diag("s = 0").find("warning"), std::string::npos);  // a null pointer constant
  has("p = s", "t.c:3:5: warning: incompatible pointer types assigning to 'int *' from 'char *'");
  has("g(s)", "t.c:3:5: warning: incompatible pointer to integer conversion passing 'char *' to "
              "parameter of type 'int'");
  has("x = g", "warning: incompatible pointer to integer conversion assigning to 'int' from "
               "'int (int)'");
  has("s * x", "t.c:3:5: error: invalid operands to binary expression ('char *' and 'int')");
  has("p - s", "error: 'int *' and 'char *' are not pointers to compatible types");
  has("if (v()) ;", "error: statement requires expression of scalar type ('void' invalid)");
  has("x = v()", "t.c:3:5: error: assigning to 'int' from incompatible type 'void'");
  has("switch (s) { }", "error: statement requires expression of integer type ('char *' invalid)");
  has("x = x ? s : 1", "warning: pointer/integer type mismatch in conditional expression ('char *' and 'int')");
  has("x = x ? v() : 1", "error: incompatible operand types ('void' and 'int')");
  // At the '(', as clang has it.
  has("x(1)", "t.c:3:4: error: called object type 'int' is not a function or function pointer");
  has("x (1)", "t.c:3:5: error: called object type 'int'");
  has("-s", "error: invalid argument type 'char *' to unary expression");
  has("x = *x", "t.c:3:7: error: indirection requires pointer operand ('int' invalid)");
  has("p = &1", "t.c:3:7: error: cannot take the address of an rvalue of type 'int'");
  has("x[1]", "t.c:3:4: error: subscripted value is not an array, pointer, or vector");
  has("s[s]", "t.c:3:4: error: array subscript is not an integer");
  has("x = sizeof(v)", "error: invalid application of 'sizeof' to a function type");
  has("x = sizeof(void)", "error: invalid application of 'sizeof' to an incomplete type 'void'");
  has("x = (int[2])0", "error: used type 'int[2]' where arithmetic or pointer type is required");
  has("s += s", "error: invalid operands to binary expression ('char *' and 'char *')");
  has("int a[3]; a = 0", "error: array type 'int[3]' is not assignable");
  has("const int k = 1; k = 2", "error: cannot assign to variable 'k' with const-qualified type 'const int'");
  has("const char *cs = s; *cs = 'a'", "error: read-only variable is not assignable");
  has("const char *cs = s; s = cs", "warning: assigning to 'char *' from 'const char *' discards qualifiers");
  has("g = 0", "error: non-object type 'int (int)' is not assignable");
  // No "expression result unused" on top of an error.
  EXPECT_EQ(diag("&1").find("unused"), std::string::npos);
}

// -------------------------------------------------------- constant folding

std::optional<int32_t> constantOf(const std::string& text) {
  Checked c = checkExpr(text);
  EXPECT_TRUE(c.e) << text;
  EXPECT_EQ(c.f.errors, 0u) << text << "\n" << c.f.diagnostics;
  return c.e ? c.e->constant : std::nullopt;
}

TEST(SemaConstants, FoldsIntegerConstantExpressions) {
  EXPECT_EQ(constantOf("1 + 2 * 3"), 7);
  EXPECT_EQ(constantOf("(1 + 2) * 3"), 9);
  EXPECT_EQ(constantOf("10 / 3"), 3);
  EXPECT_EQ(constantOf("-7 / 2"), -3);  // truncation toward zero
  EXPECT_EQ(constantOf("-7 % 2"), -1);
  EXPECT_EQ(constantOf("7 % -2"), 1);
  EXPECT_EQ(constantOf("1 << 4"), 16);
  EXPECT_EQ(constantOf("-16 >> 2"), -4);  // arithmetic shift
  EXPECT_EQ(constantOf("5 & 3"), 1);
  EXPECT_EQ(constantOf("5 | 3"), 7);
  EXPECT_EQ(constantOf("5 ^ 3"), 6);
  EXPECT_EQ(constantOf("~0"), -1);
  EXPECT_EQ(constantOf("!5"), 0);
  EXPECT_EQ(constantOf("!0"), 1);
  EXPECT_EQ(constantOf("+4"), 4);
  EXPECT_EQ(constantOf("3 < 4"), 1);
  EXPECT_EQ(constantOf("3 >= 4"), 0);
  EXPECT_EQ(constantOf("2 == 2"), 1);
  EXPECT_EQ(constantOf("2 != 2"), 0);
  EXPECT_EQ(constantOf("2 && 3"), 1);
  EXPECT_EQ(constantOf("0 || 0"), 0);
  EXPECT_EQ(constantOf("1 ? 2 : 3"), 2);
  EXPECT_EQ(constantOf("0 ? 2 : 3"), 3);
  EXPECT_EQ(constantOf("'a' + 1"), 98);
  EXPECT_EQ(constantOf("0x10 + 010"), 24);
  EXPECT_EQ(constantOf("-2147483647 - 1"), INT32_MIN);
  EXPECT_EQ(constantOf("2147483647"), INT32_MAX);
}

TEST(SemaConstants, WhatIsNotConstant) {
  EXPECT_EQ(constantOf("x + 1"), std::nullopt);
  EXPECT_EQ(constantOf("(1, 2)"), std::nullopt);  // the comma operator (C17 6.6p3)
  EXPECT_EQ(constantOf("f(1)"), std::nullopt);
  EXPECT_EQ(constantOf("1 ? 2 : x"), std::nullopt);
  EXPECT_EQ(constantOf("x ? 1 : 2"), std::nullopt);
  EXPECT_EQ(constantOf("c"), std::nullopt);
  EXPECT_EQ(constantOf("x = 3"), std::nullopt);
  EXPECT_EQ(constantOf("x++"), std::nullopt);
  EXPECT_EQ(constantOf("(-2147483647 - 1) / -1"), std::nullopt);  // traps at run time
  EXPECT_EQ(constantOf("(-2147483647 - 1) % -1"), std::nullopt);
}

TEST(SemaConstants, DivisionByZeroIsNotConstantAndWarns) {
  Checked c = checkExpr("1 / 0");
  ASSERT_TRUE(c.e);
  EXPECT_FALSE(c.e->constant.has_value());
  EXPECT_TRUE(c.f.has("t.c:3:11: warning: division by zero is undefined [-Wdivision-by-zero]"))
      << c.f.diagnostics;
  Checked r = checkExpr("x % (2 - 2)");
  ASSERT_TRUE(r.e);
  EXPECT_FALSE(r.e->constant.has_value());
  EXPECT_TRUE(r.f.has("warning: remainder by zero is undefined [-Wdivision-by-zero]"))
      << r.f.diagnostics;
  Frontend a = analyzeSource("int f(int x) { x /= 0; x %= 0; return x; }");
  EXPECT_EQ(a.count("by zero is undefined [-Wdivision-by-zero]"), 2) << a.diagnostics;
  EXPECT_EQ(a.errors, 0u);
  // Dividing by a non-zero constant does not warn.
  EXPECT_EQ(checkExpr("x / 2").f.warnings, 0u);
}

TEST(SemaConstants, OverflowWrapsAndWarns) {
  Checked c = checkExpr("2147483647 + 1");
  ASSERT_TRUE(c.e);
  EXPECT_EQ(c.e->constant, INT32_MIN);
  EXPECT_TRUE(c.f.has("t.c:3:18: warning: overflow in expression; result is -2147483648 with "
                      "type 'int' [-Winteger-overflow]"))
      << c.f.diagnostics;
  EXPECT_EQ(constantOf("65536 * 65536"), 0);
}

TEST(SemaConstants, ShiftCountsOutOfRange) {
  Checked big = checkExpr("1 << 32");
  ASSERT_TRUE(big.e);
  EXPECT_FALSE(big.e->constant.has_value());
  EXPECT_TRUE(big.f.has("warning: shift count >= width of type [-Wshift-count-overflow]"))
      << big.f.diagnostics;
  Checked neg = checkExpr("1 >> -1");
  ASSERT_TRUE(neg.e);
  EXPECT_FALSE(neg.e->constant.has_value());
  EXPECT_TRUE(neg.f.has("warning: shift count is negative")) << neg.f.diagnostics;
}

// -2147483648 is INT_MIN: 2147483648 has type long in C, and its negation fits
// in int, so gcc and clang neither warn nor change the value.
// Regression test (fixed); the bug was: minicc warns "overflow in expression; result is -2147483648 with type
// 'int' [-Winteger-overflow]" (sema folds -(int)INT_MIN and flags overflow).
TEST(SemaConstants, IntMinLiteralIsConstantWithoutWarning) {
  Checked c = checkExpr("-2147483648");
  ASSERT_TRUE(c.e);
  EXPECT_EQ(c.e->constant, INT32_MIN);
  EXPECT_EQ(c.f.warnings, 0u) << c.f.diagnostics;
}

TEST(SemaConstants, IntMinLiteralValue) {
  // The value part of the above, which minicc gets right.
  Checked c = checkExpr("-2147483648");
  ASSERT_TRUE(c.e);
  EXPECT_EQ(c.e->constant, INT32_MIN);
  EXPECT_EQ(c.f.errors, 0u);
}

TEST(SemaConstants, GlobalInitializers) {
  Frontend f = analyzeSource("int a = 1 + 2 * 3;\nint b = -a;\nchar *s = \"str\";\nint c = 'z';\n"
                             "int d;\nint e = (1, 2);\n");
  EXPECT_EQ(testing_support::staticInteger(f.global("a")), 7);
  EXPECT_TRUE(f.global("a")->initialized);
  EXPECT_TRUE(f.has("t.c:2:9: error: initializer element is not a compile-time constant"))
      << f.diagnostics;
  EXPECT_TRUE(f.global("s")->initialized);
  ASSERT_EQ(f.global("s")->staticValues.size(), 1u);
  EXPECT_TRUE(f.global("s")->staticValues[0].string);  // the address of "str"
  ASSERT_TRUE(f.global("s")->init);
  EXPECT_EQ(f.global("s")->init->kind, ExprKind::StringLiteral);
  EXPECT_EQ(testing_support::staticInteger(f.global("c")), 122);
  EXPECT_FALSE(f.global("d")->initialized);
  EXPECT_TRUE(f.global("d")->isDefinition);
  // Reported where the expression begins: the '(', as clang does.
  EXPECT_TRUE(f.has("t.c:6:9: error: initializer element is not a compile-time constant"))
      << f.diagnostics;
  EXPECT_EQ(f.errors, 2u) << f.diagnostics;
}

// Once crashed sema (null function_ in checkCall; fixed in d26323b).
TEST(SemaConstants, CallInGlobalInitializerIsAnErrorNotACrash) {
  Frontend f = analyzeSource("int f(void);\nint g = f();\n");
  EXPECT_TRUE(f.has("t.c:2:9: error: initializer element is not a compile-time constant"))
      << f.diagnostics;
}

// ------------------------------------------------------ calls and functions

TEST(SemaCalls, UndeclaredFunctionIsAnError) {
  Frontend f = analyzeSource("int main() {\n  return foo(1);\n}");
  EXPECT_TRUE(f.has("t.c:2:10: error: call to undeclared function 'foo'; ISO C99 and later do "
                    "not support implicit function declarations\n"))
      << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
  std::vector<CallExpr*> c = calls(f.function("main"));
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->callee, nullptr);
}

TEST(SemaCalls, PrintfWithoutDeclarationWarns) {
  Frontend f = analyzeSource("int main() {\n  printf(\"%d\\n\", 1);\n  printf(\"x\");\n"
                             "  puts(\"s\");\n  putchar(65);\n  return 0;\n}");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:2:3: warning: call to undeclared library function 'printf' with type "
                    "'int (const char *, ...)'; ISO C99 and later do not support implicit function "
                    "declarations [-Wimplicit-function-declaration]"))
      << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:2:3: note: include the header <stdio.h> or explicitly provide a "
                    "declaration for 'printf'"))
      << f.diagnostics;
  EXPECT_EQ(f.count("'printf' with type"), 1);  // once per function name
  EXPECT_TRUE(f.has("library function 'puts' with type 'int (const char *)'")) << f.diagnostics;
  EXPECT_TRUE(f.has("library function 'putchar' with type 'int (int)'")) << f.diagnostics;
  EXPECT_EQ(f.warnings, 3u);
  std::vector<CallExpr*> c = calls(f.function("main"));
  ASSERT_EQ(c.size(), 4u);
  ASSERT_TRUE(c[0]->callee);
  EXPECT_TRUE(c[0]->callee->implicit);
  EXPECT_EQ(c[0]->callee, c[1]->callee);
  EXPECT_TRUE(c[0]->callee->type->variadic);
}

TEST(SemaCalls, DeclaredPrintfDoesNotWarn) {
  Frontend f = analyzeSource("int printf(char *fmt, ...);\nint main() { printf(\"%d\", 1, 2); }");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(f.warnings, 0u) << f.diagnostics;
  std::vector<CallExpr*> c = calls(f.function("main"));
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0]->callee);
  EXPECT_FALSE(c[0]->callee->implicit);
}

TEST(SemaCalls, ArgumentCountsWithNote) {
  Frontend many = analyzeSource("int f(int a) { return a; }\nint main() { return f(1, 2); }");
  EXPECT_TRUE(many.has("t.c:2:26: error: too many arguments to function call, expected 1, have 2"))
      << many.diagnostics;
  EXPECT_TRUE(many.has("t.c:1:5: note: 'f' declared here")) << many.diagnostics;
  Frontend few = analyzeSource("int f(int a, int b);\nint main() { return f(); }");
  EXPECT_TRUE(few.has("t.c:2:23: error: too few arguments to function call, expected 2, have 0"))
      << few.diagnostics;
  EXPECT_TRUE(few.has("t.c:1:5: note: 'f' declared here")) << few.diagnostics;
  Frontend v = analyzeSource("int p(char *s, ...);\nint main() { return p(); }");
  EXPECT_TRUE(v.has("error: too few arguments to function call, expected at least 1, have 0"))
      << v.diagnostics;
  Frontend vv = analyzeSource("int v(void);\nint main() { return v(1); }");
  EXPECT_TRUE(vv.has("t.c:2:23: error: too many arguments to function call, expected 0, have 1"))
      << vv.diagnostics;
  Frontend ok = analyzeSource("int u();\nint p(char *s, ...);\n"
                              "int main() { u(); u(1, 2, 3); p(\"a\"); p(\"a\", 1, 2); return 0; }");
  EXPECT_EQ(ok.errors, 0u) << ok.diagnostics;
}

TEST(SemaCalls, EightArgumentsAreFine) {
  Frontend f = analyzeSource(
      "int f(int a, int b, int c, int d, int e, int g, int h, int i) { return a + i; }\n"
      "int main() { return f(1, 2, 3, 4, 5, 6, 7, 8); }");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(f.warnings, 0u) << f.diagnostics;
}

// ------------------------------------------------------------ redefinitions

TEST(SemaRedefinitions, FunctionDefinedTwice) {
  Frontend f = analyzeSource("int f() { return 1; }\nint f() { return 2; }");
  EXPECT_TRUE(f.has("t.c:2:5: error: redefinition of 'f'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:5: note: previous definition is here")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
}

TEST(SemaRedefinitions, ConflictingFunctionTypes) {
  Frontend f = analyzeSource("int f(int);\nint f(char *p);");
  EXPECT_TRUE(f.has("t.c:2:5: error: conflicting types for 'f'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:5: note: previous declaration is here")) << f.diagnostics;
  EXPECT_EQ(analyzeSource("int f();\nint f(int a);\nint f(int b);").errors, 0u);
  EXPECT_TRUE(analyzeSource("int f(int);\nint f(int, ...);").has("conflicting types for 'f'"));
  EXPECT_TRUE(analyzeSource("int f(void);\nchar f(void);").has("conflicting types for 'f'"));
}

TEST(SemaRedefinitions, GlobalVariables) {
  Frontend twice = analyzeSource("int x = 1;\nint x = 2;");
  EXPECT_TRUE(twice.has("t.c:2:5: error: redefinition of 'x'")) << twice.diagnostics;
  EXPECT_TRUE(twice.has("t.c:1:5: note: previous definition is here")) << twice.diagnostics;
  Frontend type = analyzeSource("int x;\nchar x;");
  EXPECT_TRUE(type.has("t.c:2:6: error: redefinition of 'x' with a different type: 'char' vs "
                       "'int'"))
      << type.diagnostics;
  EXPECT_TRUE(type.has("t.c:1:5: note: previous definition is here")) << type.diagnostics;
  EXPECT_EQ(analyzeSource("int x;\nint x;\nint x = 3;").errors, 0u);
}

TEST(SemaRedefinitions, DifferentKindsOfSymbol) {
  Frontend a = analyzeSource("int f;\nint f() { return 0; }");
  EXPECT_TRUE(a.has("t.c:2:5: error: redefinition of 'f' as different kind of symbol"))
      << a.diagnostics;
  EXPECT_TRUE(a.has("t.c:1:5: note: previous definition is here")) << a.diagnostics;
  Frontend b = analyzeSource("int f(void);\nint f;");
  EXPECT_TRUE(b.has("t.c:2:5: error: redefinition of 'f' as different kind of symbol"))
      << b.diagnostics;
}

// A block-scope function or extern links to the file-scope name, or to one
// declared in a block that has ended (C17 6.2.2p2), so the kinds must agree;
// clang's note always says "definition" here.
TEST(SemaRedefinitions, DifferentKindsOfSymbolThroughLinkage) {
  struct Case {
    const char* source;
    const char* error;
    const char* note;
  };
  const Case cases[] = {
      {"int foo;\nint main(void) {\n  int foo(void);\n  return foo();\n}", "t.c:3:7", "t.c:1:5"},
      {"int foo(void);\nint main(void) {\n  extern int foo;\n  return foo;\n}", "t.c:3:14",
       "t.c:1:5"},
      {"int main(void) {\n  int foo(void);\n  extern int foo;\n  return foo;\n}", "t.c:3:14",
       "t.c:2:7"},
      {"int main(void) {\n  extern int foo;\n  int foo(void);\n  return foo;\n}", "t.c:3:7",
       "t.c:2:14"},
      {"int main(void) {\n  int foo = 1;\n  int foo(void);\n  return foo;\n}", "t.c:3:7",
       "t.c:2:7"},
      {"int main(void) {\n  { int foo(void); }\n  { extern int foo; return foo; }\n}", "t.c:3:16",
       "t.c:2:9"},
      {"int main(void) {\n  int foo(void);\n  return foo();\n}\nint foo;", "t.c:5:5", "t.c:2:7"},
      {"int main(void) {\n  extern int foo;\n  return foo;\n}\nint foo(void);", "t.c:5:5",
       "t.c:2:14"},
  };
  for (const Case& c : cases) {
    Frontend f = analyzeSource(c.source);
    EXPECT_TRUE(f.has(std::string(c.error) +
                      ": error: redefinition of 'foo' as different kind of symbol"))
        << c.source << "\n" << f.diagnostics;
    EXPECT_TRUE(f.has(std::string(c.note) + ": note: previous definition is here"))
        << c.source << "\n" << f.diagnostics;
    // The uses of foo that follow are not errors of their own.
    EXPECT_EQ(f.errors, 1u) << c.source << "\n" << f.diagnostics;
  }
}

// Two declarations of a name in one block must both have linkage (C17 6.7p3)
// and agree on it; clang names the rule each pair breaks.
TEST(SemaRedefinitions, LinkageConflictsInABlock) {
  struct Case {
    const char* declarations;
    const char* error;
    const char* note;
  };
  const Case cases[] = {
      {"int x;\n  extern int x;", "2:14: error: extern declaration of 'x' follows non-extern declaration",
       "1:7: note: previous definition is here"},
      {"extern int x;\n  int x;", "2:7: error: non-extern declaration of 'x' follows extern declaration",
       "1:14: note: previous declaration is here"},
      {"static int x;\n  extern int x;", "2:14: error: non-static declaration of 'x' follows static declaration",
       "1:14: note: previous definition is here"},
      {"extern int x;\n  static int x;", "2:14: error: static declaration of 'x' follows non-static declaration",
       "1:14: note: previous declaration is here"},
      {"int x;\n  static int x;", "2:14: error: redefinition of 'x'",
       "1:7: note: previous definition is here"},
      {"int x;\n  extern char x;", "2:15: error: redeclaration of 'x' with a different type: 'char' vs 'int'",
       "1:7: note: previous definition is here"},
      {"extern int x;\n  char x;", "2:8: error: redefinition of 'x' with a different type: 'char' vs 'int'",
       "1:14: note: previous declaration is here"},
  };
  for (const Case& c : cases) {
    // Line 1 of the block is line 2 of the file.
    std::string source = std::string("int main(void) {\n  ") + c.declarations + "\n  return x;\n}";
    Frontend f = analyzeSource(source);
    auto line = [](const char* where) {
      return "t.c:" + std::to_string(where[0] - '0' + 1) + std::string(where + 1);
    };
    EXPECT_TRUE(f.has(line(c.error))) << source << "\n" << f.diagnostics;
    EXPECT_TRUE(f.has(line(c.note))) << source << "\n" << f.diagnostics;
    EXPECT_EQ(f.errors, 1u) << source << "\n" << f.diagnostics;
  }
  // A parameter is in the body's scope: an extern there conflicts with it.
  Frontend param = analyzeSource("int f(int i) {\n  extern int i;\n  return i;\n}");
  EXPECT_TRUE(param.has("t.c:2:14: error: extern declaration of 'i' follows non-extern declaration"))
      << param.diagnostics;
  EXPECT_TRUE(param.has("t.c:1:11: note: previous definition is here")) << param.diagnostics;
  // Between block-scope externs, and against the file scope, the types are named.
  Frontend types = analyzeSource("char x;\nint main(void) {\n  extern int x;\n  return x;\n}");
  EXPECT_TRUE(types.has("t.c:3:14: error: redeclaration of 'x' with a different type: 'int' vs 'char'"))
      << types.diagnostics;
  EXPECT_TRUE(types.has("t.c:1:6: note: previous definition is here")) << types.diagnostics;
  Frontend twice = analyzeSource("int main(void) {\n  extern int x;\n  extern char x;\n  return 0;\n}");
  EXPECT_TRUE(twice.has("t.c:3:15: error: redeclaration of 'x' with a different type: 'char' vs 'int'"))
      << twice.diagnostics;
  EXPECT_TRUE(twice.has("t.c:2:14: note: previous declaration is here")) << twice.diagnostics;
  EXPECT_EQ(twice.errors, 1u) << twice.diagnostics;
}

// After "conflicting types", calls through the rejected declaration are not
// checked against the other one.
TEST(SemaRedefinitions, ConflictingTypesDoNotCascade) {
  Frontend f = analyzeSource("int f(void);\nint main(void) {\n  int f(int);\n  return f(1);\n}");
  EXPECT_TRUE(f.has("t.c:3:7: error: conflicting types for 'f'")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
  Frontend definition = analyzeSource("int f(void) { return 0; }\nint f(int);");
  EXPECT_TRUE(definition.has("t.c:1:5: note: previous definition is here"))
      << definition.diagnostics;
}

TEST(SemaRedefinitions, StaticAndNonStaticLinkage) {
  Frontend a = analyzeSource("int x;\nstatic int x;");
  EXPECT_TRUE(a.has("t.c:2:12: error: static declaration of 'x' follows non-static declaration"))
      << a.diagnostics;
  // A tentative definition is a definition, for clang's note too.
  EXPECT_TRUE(a.has("t.c:1:5: note: previous definition is here")) << a.diagnostics;
  Frontend e = analyzeSource("extern int x;\nstatic int x;");
  EXPECT_TRUE(e.has("t.c:1:12: note: previous declaration is here")) << e.diagnostics;
  Frontend b = analyzeSource("static int x;\nint x;");
  EXPECT_TRUE(b.has("t.c:2:5: error: non-static declaration of 'x' follows static declaration"))
      << b.diagnostics;
  Frontend c = analyzeSource("int f(void);\nstatic int f(void) { return 0; }");
  EXPECT_TRUE(c.has("error: static declaration of 'f' follows non-static declaration"))
      << c.diagnostics;
}

TEST(SemaRedefinitions, ExternWithInitializerWarns) {
  Frontend f = analyzeSource("extern int x = 1;");
  EXPECT_TRUE(f.has("t.c:1:12: warning: 'extern' variable has an initializer "
                    "[-Wextern-initializer]"))
      << f.diagnostics;
  EXPECT_TRUE(f.global("x")->isDefinition);
}

// --------------------------------------------------------------- statements

TEST(SemaStatements, BreakAndContinuePlacement) {
  Frontend f = analyzeSource("void f() {\n  break;\n  continue;\n"
                             "  switch (1) { case 1: continue; }\n}");
  EXPECT_TRUE(f.has("t.c:2:3: error: 'break' statement not in loop or switch statement"))
      << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:3: error: 'continue' statement not in loop statement"))
      << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:4:24: error: 'continue' statement not in loop statement"))
      << f.diagnostics;
  EXPECT_EQ(f.errors, 3u);
}

TEST(SemaStatements, BreakAndContinueTargets) {
  Frontend f = analyzeSource(
      "void f(int x) {\n"
      "  while (x) { break; }\n"
      "  for (;;) { switch (x) { case 1: break; default: continue; } break; }\n"
      "  do { if (x) continue; } while (x);\n"
      "}");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  std::vector<Stmt*> whiles = statementsOfKind(fn, StmtKind::While);
  std::vector<Stmt*> fors = statementsOfKind(fn, StmtKind::For);
  std::vector<Stmt*> switches = statementsOfKind(fn, StmtKind::Switch);
  std::vector<Stmt*> dos = statementsOfKind(fn, StmtKind::DoWhile);
  std::vector<Stmt*> breaks = statementsOfKind(fn, StmtKind::Break);
  std::vector<Stmt*> continues = statementsOfKind(fn, StmtKind::Continue);
  ASSERT_EQ(breaks.size(), 3u);
  ASSERT_EQ(continues.size(), 2u);
  EXPECT_EQ(static_cast<JumpStmt*>(breaks[0])->target, whiles[0]);
  EXPECT_EQ(static_cast<JumpStmt*>(breaks[1])->target, switches[0]);
  EXPECT_EQ(static_cast<JumpStmt*>(breaks[2])->target, fors[0]);
  EXPECT_EQ(static_cast<JumpStmt*>(continues[0])->target, fors[0]);  // a switch is no loop
  EXPECT_EQ(static_cast<JumpStmt*>(continues[1])->target, dos[0]);
}

// C17 6.8.5p3: a for loop's declaration declares only automatic objects.
TEST(SemaStatements, ForDeclaresOnlyAutomaticVariables) {
  Frontend fn = analyzeSource("int main(void) {\n  for (int f(void); ;)\n    return f();\n}");
  EXPECT_TRUE(fn.has("t.c:2:12: error: non-variable declaration in 'for' loop")) << fn.diagnostics;
  EXPECT_EQ(fn.errors, 1u) << fn.diagnostics;
  Frontend storage = analyzeSource(
      "int main(void) {\n"
      "  for (static int i = 0, j = 1; i < 3; i++)\n    j++;\n"
      "  for (extern int e; e < 3; e++)\n    return e;\n}");
  EXPECT_TRUE(storage.has("t.c:2:19: error: declaration of non-local variable in 'for' loop"))
      << storage.diagnostics;
  EXPECT_TRUE(storage.has("t.c:2:26: error: declaration of non-local variable in 'for' loop"))
      << storage.diagnostics;
  EXPECT_TRUE(storage.has("t.c:4:19: error: declaration of non-local variable in 'for' loop"))
      << storage.diagnostics;
  EXPECT_EQ(storage.errors, 3u) << storage.diagnostics;  // the uses are fine
  // A function beside a variable breaks the rule too (clang lets it pass, gcc does not).
  Frontend mixed = analyzeSource("int main(void) {\n  for (int i = 0, f(void); i < 3; i++)\n    ;\n}");
  EXPECT_TRUE(mixed.has("t.c:2:19: error: non-variable declaration in 'for' loop"))
      << mixed.diagnostics;
  EXPECT_EQ(analyzeSource("int main(void) { for (int i = 0, j; i < 3; i++) j = i; }").errors, 0u);
}

TEST(SemaStatements, SwitchCollectsCasesAndDefault) {
  Frontend f = analyzeSource(
      "int f(int x) {\n"
      "  switch (x) { case 1: return 1; case 1 + 1: return 2; default: break; case -3: x++; }\n"
      "  return 0;\n}");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  std::vector<Stmt*> sws = statementsOfKind(f.function("f"), StmtKind::Switch);
  ASSERT_EQ(sws.size(), 1u);
  auto* sw = static_cast<SwitchStmt*>(sws[0]);
  ASSERT_EQ(sw->cases.size(), 3u);
  EXPECT_EQ(sw->cases[0]->caseValue, 1);
  EXPECT_EQ(sw->cases[1]->caseValue, 2);
  EXPECT_EQ(sw->cases[2]->caseValue, -3);
  ASSERT_TRUE(sw->defaultStmt);
  EXPECT_EQ(sw->defaultStmt->kind, StmtKind::Default);
}

TEST(SemaStatements, NestedSwitchesKeepTheirOwnCases) {
  Frontend f = analyzeSource(
      "int f(int x) {\n"
      "  switch (x) { case 1: switch (x) { case 1: break; default: break; } default: break; }\n"
      "  return 0;\n}");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics;
  std::vector<Stmt*> sws = statementsOfKind(f.function("f"), StmtKind::Switch);
  ASSERT_EQ(sws.size(), 2u);
  EXPECT_EQ(static_cast<SwitchStmt*>(sws[0])->cases.size(), 1u);
  EXPECT_EQ(static_cast<SwitchStmt*>(sws[1])->cases.size(), 1u);
  EXPECT_NE(static_cast<SwitchStmt*>(sws[0])->defaultStmt,
            static_cast<SwitchStmt*>(sws[1])->defaultStmt);
}

TEST(SemaStatements, DuplicateCaseValue) {
  Frontend f = analyzeSource("void f(int x) {\n  switch (x) {\n  case 2: break;\n"
                             "  case 1 + 1: break;\n  }\n}");
  EXPECT_TRUE(f.has("t.c:4:8: error: duplicate case value '2'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:8: note: previous case defined here")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
}

TEST(SemaStatements, NonConstantCase) {
  Frontend f = analyzeSource("void f(int x) { switch (x) { case x: break; case (1, 2): break; } }");
  EXPECT_TRUE(f.has("t.c:1:35: error: expression is not an integer constant expression"))
      << f.diagnostics;
  EXPECT_EQ(f.count("expression is not an integer constant expression"), 2) << f.diagnostics;
}

TEST(SemaStatements, DuplicateDefault) {
  Frontend f = analyzeSource("void f(int x) {\n  switch (x) {\n  default: break;\n"
                             "  default: break;\n  }\n}");
  EXPECT_TRUE(f.has("t.c:4:3: error: multiple default labels in one switch")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:3: note: previous case defined here")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
}

TEST(SemaStatements, CaseAndDefaultOutsideSwitch) {
  Frontend f = analyzeSource("void f() {\n  case 1: ;\n  default: ;\n}");
  EXPECT_TRUE(f.has("t.c:2:3: error: 'case' statement not in switch statement")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:3: error: 'default' statement not in switch statement"))
      << f.diagnostics;
  EXPECT_EQ(f.errors, 2u);
}

TEST(SemaStatements, LabelsAndGotos) {
  Frontend f = analyzeSource("int f() {\n  goto end;\n  { inner: ; }\n  goto inner;\n"
                             "end:\n  return 0;\n}");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  std::vector<Stmt*> gotos = statementsOfKind(fn, StmtKind::Goto);
  std::vector<Stmt*> labels = statementsOfKind(fn, StmtKind::Label);
  ASSERT_EQ(gotos.size(), 2u);
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(static_cast<GotoStmt*>(gotos[0])->target, labels[1]);  // forward, to "end"
  EXPECT_EQ(static_cast<GotoStmt*>(gotos[1])->target, labels[0]);  // into a nested block
}

TEST(SemaStatements, UndefinedAndDuplicateLabels) {
  Frontend u = analyzeSource("void f() {\n  goto  nowhere;\n}");
  EXPECT_TRUE(u.has("t.c:2:9: error: use of undeclared label 'nowhere'")) << u.diagnostics;
  Frontend d = analyzeSource("void f() {\n  L: ;\n  L: ;\n}");
  EXPECT_TRUE(d.has("t.c:3:3: error: redefinition of label 'L'")) << d.diagnostics;
  EXPECT_TRUE(d.has("t.c:2:3: note: previous definition is here")) << d.diagnostics;
  // Labels belong to one function.
  Frontend other = analyzeSource("void f() { L: ; }\nvoid g() { goto L; }");
  EXPECT_TRUE(other.has("t.c:2:17: error: use of undeclared label 'L'")) << other.diagnostics;
  Frontend same = analyzeSource("void f() { L: ; }\nvoid g() { L: ; goto L; }");
  EXPECT_EQ(same.errors, 0u) << same.diagnostics;
}

TEST(SemaStatements, ReturnMismatches) {
  Frontend v = analyzeSource("void f() {\n  return 1;\n}");
  EXPECT_TRUE(v.has("t.c:2:3: error: void function 'f' should not return a value")) << v.diagnostics;
  Frontend n = analyzeSource("int g() {\n  return;\n}");
  EXPECT_TRUE(n.has("t.c:2:3: error: non-void function 'g' should return a value")) << n.diagnostics;
  Frontend ok = analyzeSource("void f() { return; }\nvoid g(void); void h() { return g(); }");
  EXPECT_EQ(ok.errors, 0u) << ok.diagnostics;
  Frontend ptr = analyzeSource("int f(char *s) {\n  return s;\n}");
  EXPECT_TRUE(ptr.has("t.c:2:10: warning: incompatible pointer to integer conversion returning "
                      "'char *' from a function with result type 'int'"))
      << ptr.diagnostics;
}

TEST(SemaStatements, MainMustReturnInt) {
  EXPECT_TRUE(analyzeSource("void main() { }").has("t.c:1:6: error: 'main' must return 'int'"));
}

TEST(SemaStatements, NonLvalueAssignment) {
  Frontend f = analyzeSource("int g(void);\nvoid f(int a) {\n  1 = 2;\n  (a + 1) = 3;\n"
                             "  g() = a;\n  a + 1 += 2;\n  ++(a - 1);\n  (a = 1) = 2;\n}");
  EXPECT_TRUE(f.has("t.c:3:5: error: expression is not assignable")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:4:11: error: expression is not assignable")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:5:7: error: expression is not assignable")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:6:9: error: expression is not assignable")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:7:3: error: expression is not assignable")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:8:11: error: expression is not assignable")) << f.diagnostics;
  EXPECT_EQ(f.errors, 6u) << f.diagnostics;
}

// ----------------------------------------------------------------- warnings

TEST(SemaWarnings, UnusedVariable) {
  Frontend f = analyzeSource("int g;\nint f(int p) {\n  int u;\n  int w;\n  static int s;\n"
                             "  w = 1;\n  return 0;\n}");
  EXPECT_TRUE(f.has("t.c:3:7: warning: unused variable 'u' [-Wunused-variable]")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:5:14: warning: unused variable 's' [-Wunused-variable]"))
      << f.diagnostics;
  EXPECT_FALSE(f.has("'w'")) << f.diagnostics;  // written counts as used
  EXPECT_FALSE(f.has("'p'")) << f.diagnostics;  // parameters never warn
  EXPECT_FALSE(f.has("'g'")) << f.diagnostics;  // nor globals
  EXPECT_EQ(f.warnings, 2u);
  Frontend nested = analyzeSource(
      "int f() { { int inner; } for (int i = 0; i < 3; i++) ; for (int j = 0;;) return 0; }");
  EXPECT_TRUE(nested.has("unused variable 'inner'")) << nested.diagnostics;
  EXPECT_TRUE(nested.has("t.c:1:65: warning: unused variable 'j'")) << nested.diagnostics;
  EXPECT_FALSE(nested.has("'i'")) << nested.diagnostics;
}

// Regression test (fixed); the bug was: unused-variable warnings come out in hash-table order, not in source
// order as in clang and gcc (Sema::popScope walks an unordered_map).
// Reproducer: void f() { int a; int b; int c; int d; int e; int g; int h; }
// expected: warnings for a, b, c, d, e, g, h in that order; actual (today's
// build): g, e, c, h, b, d, a.
TEST(SemaWarnings, UnusedVariablesAreReportedInSourceOrder) {
  Frontend f = analyzeSource("void f() { int a; int b; int c; int d; int e; int g; int h; }");
  ASSERT_EQ(f.warnings, 7u) << f.diagnostics;
  size_t last = 0;
  for (const char* name : {"'a'", "'b'", "'c'", "'d'", "'e'", "'g'", "'h'"}) {
    size_t at = f.diagnostics.find(std::string("unused variable ") + name);
    ASSERT_NE(at, std::string::npos) << name;
    EXPECT_GE(at, last) << name << " is out of order:\n" << f.diagnostics;
    last = at;
  }
}

TEST(SemaWarnings, AssignmentAsCondition) {
  Frontend f = analyzeSource("int f(int a, int b) {\n  if (a = b) return 1;\n"
                             "  while (a = 0) ;\n  if ((a = b)) return 2;\n  if (a += 1) return 3;\n"
                             "  for (; a = b;) ;\n  do ; while (a = b);\n  return a == b;\n}");
  EXPECT_TRUE(f.has("t.c:2:9: warning: using the result of an assignment as a condition without "
                    "parentheses [-Wparentheses]"))
      << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:2:9: note: use '==' to turn this assignment into an equality comparison"))
      << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:12: warning: using the result of an assignment")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:6:12: warning: using the result of an assignment")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:7:17: warning: using the result of an assignment")) << f.diagnostics;
  EXPECT_EQ(f.count("warning: using the result of an assignment"), 4) << f.diagnostics;
  EXPECT_EQ(f.errors, 0u);
}

TEST(SemaWarnings, ExpressionResultUnused) {
  Frontend f = analyzeSource("int g(void);\nvoid f(int a) {\n  a + 1;\n  a;\n  g();\n  a = 2;\n"
                             "  a++;\n  a && g();\n}");
  EXPECT_TRUE(f.has("t.c:3:5: warning: expression result unused [-Wunused-value]"))
      << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:4:3: warning: expression result unused")) << f.diagnostics;
  EXPECT_EQ(f.warnings, 2u) << f.diagnostics;
}

TEST(SemaWarnings, MissingReturn) {
  Frontend f = analyzeSource("int f(int a) {\n  if (a) return 1;\n}\n");
  EXPECT_TRUE(f.has("t.c:3:1: warning: non-void function does not return a value [-Wreturn-type]"))
      << f.diagnostics;
  EXPECT_TRUE(f.function("f")->mayFallOffEnd);
  auto noWarning = [](const std::string& src) {
    Frontend g = analyzeSource(src);
    EXPECT_EQ(g.warnings, 0u) << src << "\n" << g.diagnostics;
    EXPECT_EQ(g.errors, 0u) << src << "\n" << g.diagnostics;
  };
  noWarning("int f(int a) { if (a) return 1; else return 2; }");
  noWarning("int f(int a) { while (1) { a++; } }");
  noWarning("int f(int a) { for (;;) ; }");
  noWarning("int f(int a) { do { a++; } while (1); }");
  noWarning("void exit(int);\nint f(int a) { exit(1); }");
  noWarning("int f(int a) { switch (a) { case 1: return 1; default: return 0; } }");
  noWarning("void f(int a) { a++; }");
  Frontend loopBreak = analyzeSource("int f(int a) { while (1) { break; } }");
  EXPECT_TRUE(loopBreak.has("warning: non-void function does not return a value"))
      << loopBreak.diagnostics;
  Frontend switchNoDefault = analyzeSource("int f(int a) { switch (a) { case 1: return 1; } }");
  EXPECT_TRUE(switchNoDefault.has("warning: non-void function does not return a value"))
      << switchNoDefault.diagnostics;
}

// Regression test (fixed); the bug was: a do/while whose body always returns is taken to complete, so minicc
// gives a -Wreturn-type warning that gcc and clang do not. Reproducer:
//   int f(int a) { do { return a; } while (a); }
// expected: no warning; actual: "t.c:1:44: warning: non-void function does
// not return a value [-Wreturn-type]" (Sema::canComplete ignores the body of
// a do/while whose condition is not constant).
TEST(SemaWarnings, DoWhileWhoseBodyReturnsDoesNotFallOff) {
  Frontend f = analyzeSource("int f(int a) { do { return a; } while (a); }");
  EXPECT_EQ(f.warnings, 0u) << f.diagnostics;
  EXPECT_FALSE(f.function("f")->mayFallOffEnd);
}

TEST(SemaWarnings, MainMayFallOffItsEnd) {
  Frontend f = analyzeSource("int main() {\n}\nint main2() {\n}\n");
  EXPECT_EQ(f.count("does not return a value"), 1) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:4:1: warning: non-void function does not return a value"));
  EXPECT_TRUE(f.function("main")->mayFallOffEnd);  // codegen adds "return 0"
  Frontend r = analyzeSource("int main() { return 0; }");
  EXPECT_FALSE(r.function("main")->mayFallOffEnd);
}

TEST(SemaWarnings, WarningOptions) {
  DiagnosticOptions wno;
  wno.disabledWarnings.insert("unused-variable");
  Frontend off = testing_support::runFrontend("void f() { int u; }", true, wno);
  EXPECT_EQ(off.warnings, 0u) << off.diagnostics;
  DiagnosticOptions werror;
  werror.warningsAsErrors = true;
  Frontend err = testing_support::runFrontend("void f() { int u; }", true, werror);
  EXPECT_TRUE(err.has("t.c:1:16: error: unused variable 'u' [-Werror,-Wunused-variable]"))
      << err.diagnostics;
  EXPECT_EQ(err.errors, 1u);
}

// ---------------------------------------------------------- error recovery

TEST(SemaRecovery, IndependentErrorsAreAllReported) {
  Frontend f = analyzeSource(
      "int f() { return a; }\n"
      "int g() { break; return 0; }\n"
      "int h() { return foo(); }\n"
      "int k() { goto L; }\n");
  EXPECT_EQ(f.errors, 4u) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:18: error: use of undeclared identifier 'a'"));
  EXPECT_TRUE(f.has("t.c:2:11: error: 'break' statement not in loop or switch statement"));
  EXPECT_TRUE(f.has("t.c:3:18: error: call to undeclared function 'foo'"));
  EXPECT_TRUE(f.has("t.c:4:16: error: use of undeclared label 'L'"));
}

// Regression test (fixed); the bug was: a syntax error in a declaration's initialiser drops the whole
// declaration, so every later use of the variable cascades into
// "use of undeclared identifier". Reproducer:
//   int f() { int x = ; return x; }
// expected: one error (expected expression); actual: a second error
// "t.c:1:28: error: use of undeclared identifier 'x'".
TEST(SemaRecovery, SyntaxErrorInInitializerDoesNotCascade) {
  Frontend f = analyzeSource("int f() { int x = ; return x; }");
  EXPECT_TRUE(f.has("t.c:1:19: error: expected expression")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
}

// A rejected declaration is compared with nothing that follows it: the
// later declarations meet the good ones.
TEST(SemaRecovery, RejectedDeclarationsDoNotCascade) {
  // A block-scope extern's initialiser is the one error, not also a second
  // definition of the global.
  Frontend init = analyzeSource("int x = 10;\nint main(void) {\n  extern int x = 5;\n  return x;\n}");
  EXPECT_TRUE(init.has("t.c:3:14: error: 'extern' variable cannot have an initializer"))
      << init.diagnostics;
  EXPECT_EQ(init.errors, 1u) << init.diagnostics;
  // The third declaration agrees with the first.
  Frontend kinds = analyzeSource(
      "int main(void) {\n  extern int v;\n  int v(void);\n  extern int v;\n  return v;\n}");
  EXPECT_TRUE(kinds.has("t.c:3:7: error: redefinition of 'v' as different kind of symbol"))
      << kinds.diagnostics;
  EXPECT_EQ(kinds.errors, 1u) << kinds.diagnostics;
  // The body's local conflicts with the first parameter named a.
  Frontend params = analyzeSource("int f(int a, int a) {\n  int a = 1;\n  return a;\n}");
  EXPECT_TRUE(params.has("t.c:2:7: error: redefinition of 'a'\n")) << params.diagnostics;
  EXPECT_TRUE(params.has("t.c:1:11: note: previous definition is here")) << params.diagnostics;
  EXPECT_EQ(params.errors, 2u) << params.diagnostics;
}

}  // namespace
}  // namespace minicc

namespace minicc {
namespace {

using testing_support::analyzeSource;
using testing_support::Frontend;

// ------------------------------------------------------------ C's types

std::string valueTypeOf(const std::string& text) {
  Frontend f = analyzeSource("void t(int x) {\n  " + text + ";\n}\n");
  FunctionDecl* fn = f.function("t");
  if (!fn || !fn->body || fn->body->body.empty()) return "<no statement>";
  Expr* e = static_cast<ExprStmt*>(fn->body->body[0])->expr;
  return e && e->type ? e->type->str() : "<no type>";
}

TEST(SemaC17Types, LiteralsTakeTheFirstTypeThatHoldsThem) {
  EXPECT_EQ(valueTypeOf("2147483647"), "int");
  EXPECT_EQ(valueTypeOf("2147483648"), "long");  // decimal: never unsigned unasked
  EXPECT_EQ(valueTypeOf("0x7fffffff"), "int");
  EXPECT_EQ(valueTypeOf("0x80000000"), "unsigned int");
  EXPECT_EQ(valueTypeOf("0xFFFFFFFFFFFFFFFF"), "unsigned long");
  EXPECT_EQ(valueTypeOf("10u"), "unsigned int");
  EXPECT_EQ(valueTypeOf("10l"), "long");
  EXPECT_EQ(valueTypeOf("10ul"), "unsigned long");
  EXPECT_EQ(valueTypeOf("10LL"), "long long");
  EXPECT_EQ(valueTypeOf("10ull"), "unsigned long long");
  EXPECT_EQ(valueTypeOf("'a'"), "int");
}

std::optional<int64_t> folded(const std::string& text) {
  Frontend f = analyzeSource("long v = " + text + ";\n");
  const VarDecl* v = f.global("v");
  EXPECT_EQ(f.errors, 0u) << text << "\n" << f.diagnostics;
  if (!v || v->staticValues.empty()) return std::nullopt;
  return v->staticValues[0].value;
}

TEST(SemaC17Types, ConstantsFoldInTheirTypes) {
  EXPECT_EQ(folded("(unsigned char)300"), 44);
  EXPECT_EQ(folded("(signed char)200"), -56);
  EXPECT_EQ(folded("-1 < 1u"), 0);   // -1 becomes UINT_MAX
  EXPECT_EQ(folded("-1L < 1u"), 1);  // long holds every unsigned int
  EXPECT_EQ(folded("(unsigned)-1 / 2"), 2147483647);
  EXPECT_EQ(folded("0u - 1"), 4294967295);
  EXPECT_EQ(folded("1L << 40 >> 38"), 4);
  EXPECT_EQ(folded("-7L / 2"), -3);
  EXPECT_EQ(folded("sizeof(long[3])"), 24);
  EXPECT_EQ(folded("sizeof(int (*)[5])"), 8);
  EXPECT_EQ(folded("_Alignof(short)"), 2);
  EXPECT_EQ(folded("sizeof \"abc\""), 4);  // a string literal is a char array with its NUL
}

TEST(SemaC17Types, EnumConstantsCountOn) {
  Frontend f = analyzeSource("enum e { A, B = 10, C, D = -1, E };\nint x = C * 100 + E;\n"
                             "enum e value = B;\n");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(testing_support::staticInteger(f.global("x")), 1100);
  EXPECT_EQ(testing_support::staticInteger(f.global("value")), 10);
  EXPECT_EQ(f.global("value")->type->str(), "enum e");
}

std::vector<int64_t> offsets(const VarDecl* v) {
  std::vector<int64_t> result;
  for (const InitElement& e : v->initElements) result.push_back(e.offset);
  return result;
}

TEST(SemaC17Types, InitialisersFlattenWithBracesLeftOut) {
  Frontend f = analyzeSource("int m[2][3] = {1, 2, 3, 4};\nint n[2][3] = {{1}, {4, 5}};\n"
                             "char s[] = \"hi\";\nint d[5] = {[3] = 7, 8};\nint u[] = {1, [9] = 2};\n");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(offsets(f.global("m")), (std::vector<int64_t>{0, 4, 8, 12}));
  EXPECT_EQ(offsets(f.global("n")), (std::vector<int64_t>{0, 12, 16}));
  EXPECT_EQ(f.global("s")->type->str(), "char[3]");
  EXPECT_EQ(offsets(f.global("d")), (std::vector<int64_t>{12, 16}));
  EXPECT_EQ(f.global("u")->type->str(), "int[10]");  // the last designator sets the length
}

TEST(SemaC17Types, AddressConstants) {
  Frontend f = analyzeSource("int a[4];\nint *p = &a[2];\nint *q = a + 1;\nchar *s = \"x\" + 1;\n"
                             "int f(int);\nint (*fp)(int) = f;\nint *bad = (int *)(long)&a[0] + a[1];\n");
  const StaticValue& p = f.global("p")->staticValues.at(0);
  EXPECT_EQ(p.symbol, f.global("a"));
  EXPECT_EQ(p.value, 8);
  EXPECT_EQ(f.global("q")->staticValues.at(0).value, 4);
  EXPECT_TRUE(f.global("s")->staticValues.at(0).string);
  EXPECT_EQ(f.global("s")->staticValues.at(0).value, 1);
  EXPECT_EQ(f.global("fp")->staticValues.at(0).symbol, f.function("f"));
  EXPECT_TRUE(f.has("t.c:7:12: error: initializer element is not a compile-time constant"))
      << f.diagnostics;
}

TEST(SemaC17Types, ArrayLengthsFoldFromConstantExpressions) {
  Frontend f = analyzeSource("enum { N = 3 };\nint a[N * 2];\nint b[sizeof(long)];\n"
                             "typedef char row[4];\nrow grid[2];\n");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(f.global("a")->type->str(), "int[6]");
  EXPECT_EQ(f.global("b")->type->str(), "int[8]");
  EXPECT_EQ(f.global("grid")->type->str(), "char[2][4]");
}

}  // namespace
}  // namespace minicc
