// The parser: declarations, statements, expression shapes (precedence and
// associativity), literals, and syntax-error recovery. Trees are compared as
// fully parenthesised S-expressions (see test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace minicc {
namespace {

using testing_support::Frontend;
using testing_support::parseSource;
using testing_support::sexpr;

// The tree of one expression, parsed as the statement "E;" inside a function.
std::string expr(const std::string& text) {
  Frontend f = parseSource("void t() { " + text + "; }");
  EXPECT_EQ(f.errors, 0u) << text << "\n" << f.diagnostics;
  FunctionDecl* fn = f.function("t");
  if (!fn || !fn->body || fn->body->body.size() != 1 ||
      fn->body->body[0]->kind != StmtKind::Expr)
    return "<not one expression statement>";
  return sexpr(static_cast<ExprStmt*>(fn->body->body[0])->expr);
}

// The statements of a function body, as "{ s1 s2 ... }".
std::string body(const std::string& text) {
  Frontend f = parseSource("void t() {" + text + "}");
  EXPECT_EQ(f.errors, 0u) << text << "\n" << f.diagnostics;
  FunctionDecl* fn = f.function("t");
  if (!fn || !fn->body) return "<no body>";
  return sexpr(static_cast<Stmt*>(fn->body));
}

// ------------------------------------------------------------ declarations

TEST(ParserDecl, GlobalsWithSeveralDeclarators) {
  Frontend f = parseSource("int a; int b = 1, c, d = 2 + 3; char ch = 'x'; char *s = \"hi\";\n"
                           "static int st; extern int ex;");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit),
            "(var a 'int')\n"
            "(var b 'int' 1)\n"
            "(var c 'int')\n"
            "(var d 'int' (+ 2 3))\n"
            "(var ch 'char' 120)\n"
            "(var s 'char *' \"hi\")\n"
            "(var st 'int' static)\n"
            "(var ex 'int' extern)\n");
}

TEST(ParserDecl, EmptyParenthesesDeclareNoPrototype) {
  Frontend f = parseSource("int f(); int g(void);");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  FunctionDecl* gn = f.function("g");
  ASSERT_TRUE(fn && gn);
  EXPECT_FALSE(fn->type->prototyped);
  EXPECT_TRUE(gn->type->prototyped);
  EXPECT_TRUE(fn->params.empty());
  EXPECT_TRUE(gn->params.empty());
  EXPECT_TRUE(gn->type->params.empty());
  EXPECT_EQ(fn->type->str(), "int ()");
  EXPECT_EQ(gn->type->str(), "int (void)");
  EXPECT_EQ(fn->body, nullptr);
}

TEST(ParserDecl, VariadicPrototype) {
  Frontend f = parseSource("int printf(char *fmt, ...); int g(int a, char c);");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* p = f.function("printf");
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->type->variadic);
  EXPECT_TRUE(p->type->prototyped);
  ASSERT_EQ(p->params.size(), 1u);
  EXPECT_EQ(p->params[0]->name, "fmt");
  EXPECT_EQ(p->type->str(), "int (char *, ...)");
  FunctionDecl* g = f.function("g");
  ASSERT_TRUE(g);
  EXPECT_FALSE(g->type->variadic);
  EXPECT_EQ(g->type->str(), "int (int, char)");
}

TEST(ParserDecl, EllipsisNeedsANamedParameter) {
  Frontend f = parseSource("int f(...);");
  EXPECT_TRUE(f.has("t.c:1:7: error: ISO C requires a named parameter before '...'"))
      << f.diagnostics;
}

TEST(ParserDecl, ArrayParameterIsAPointer) {
  Frontend f = parseSource("int main(int argc, char *argv[]) { return 0; }\n"
                           "int m2(int argc, char **argv) { return 0; }\n"
                           "int m3(char *v[10]);");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* m = f.function("main");
  ASSERT_TRUE(m);
  ASSERT_EQ(m->params.size(), 2u);
  EXPECT_EQ(m->params[0]->type->str(), "int");
  EXPECT_EQ(m->params[1]->type->str(), "char **");
  EXPECT_TRUE(m->params[1]->type->isPointer());
  EXPECT_TRUE(m->params[1]->type->base->isPointer());
  EXPECT_EQ(m->params[1]->name, "argv");
  EXPECT_EQ(m->params[1]->place, VarPlace::Param);
  EXPECT_TRUE(sameType(m->type, f.function("m2")->type));
  EXPECT_EQ(f.function("m3")->type->str(), "int (char **)");
}

TEST(ParserDecl, DeclaratorsReadInsideOut) {
  Frontend f = parseSource(
      "int a[3]; int m[2][3]; int *ap[4]; int (*pa)[4]; int (*fp)(int);\n"
      "int (*fps[2])(char *); int (*make(int n))(int); char **argv; int f(int x[], int g(int));\n"
      "const char *s; char *const c = 0; unsigned long long u; short unsigned sh;\n"
      "long int li; signed char sc; short int si; long long int lli; long unsigned int lui;\n"
      "signed short int ssi; int long il;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit),
            "(var a 'int[3]')\n"
            "(var m 'int[2][3]')\n"
            "(var ap 'int *[4]')\n"
            "(var pa 'int (*)[4]')\n"
            "(var fp 'int (*)(int)')\n"
            "(var fps 'int (*[2])(char *)')\n"
            "(fn make 'int (*(int))(int)')\n"
            "(var argv 'char **')\n"
            "(fn f 'int (int *, int (*)(int))')\n"
            "(var s 'const char *')\n"
            "(var c 'char *const' 0)\n"
            "(var u 'unsigned long long')\n"
            "(var sh 'unsigned short')\n"
            "(var li 'long')\n"
            "(var sc 'signed char')\n"
            "(var si 'short')\n"
            "(var lli 'long long')\n"
            "(var lui 'unsigned long')\n"
            "(var ssi 'short')\n"
            "(var il 'long')\n");
  FunctionDecl* make = f.function("make");
  ASSERT_TRUE(make);
  ASSERT_EQ(make->params.size(), 1u);  // make's own parameter, not the returned function's
  EXPECT_EQ(make->params[0]->name, "n");
}

TEST(ParserDecl, TypedefNamesAndTheirScopes) {
  Frontend f = parseSource(
      "typedef unsigned long size; size n;\n"
      "int g(void) { size size = 3; return size; }\n"  // a variable hides the typedef name
      "size later;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit.decls[0]), "(typedef size 'unsigned long')");
  EXPECT_EQ(sexpr(f.unit.decls[1]), "(var n 'unsigned long')");
  EXPECT_EQ(sexpr(f.unit.decls[3]), "(var later 'unsigned long')");
}

TEST(ParserDecl, EnumsDeclareConstants) {
  Frontend f = parseSource("enum color { RED, GREEN = 5, BLUE, };\nenum color c;\nenum { X } x;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit),
            "(enumerator RED)\n(enumerator GREEN 5)\n(enumerator BLUE)\n"
            "(var c 'enum color')\n(enumerator X)\n(var x 'enum (anonymous)')\n");
}

TEST(ParserExpr, CastsSizeofAndSubscripts) {
  EXPECT_EQ(expr("(long)x + sizeof(int *) + sizeof x + _Alignof(char)"),
            "(+ (+ (+ (cast 'long' x) (sizeof 'int *')) (sizeof x)) (alignof 'char'))");
  EXPECT_EQ(expr("a[i][j] + *p++ + &x[1]"), "(+ (+ ([] ([] a i) j) (* (post++ p))) (& ([] x 1)))");
  EXPECT_EQ(expr("(*fp)(1, 2) + fps[0](3)"), "(+ (call (* fp) 1 2) (call ([] fps 0) 3))");
  EXPECT_EQ(expr("(unsigned char)-1"), "(cast 'unsigned char' (- 1))");
}

TEST(ParserDecl, InitializerLists) {
  Frontend f = parseSource("int a[] = {1, [4] = 2, 3}; int m[2][2] = {{1, 2}, {3}}; char s[] = \"hi\";");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit),
            "(var a 'int[]' { 1 [4]=2 3 })\n"
            "(var m 'int[2][2]' { { 1 2 } { 3 } })\n"
            "(var s 'char[]' \"hi\")\n");
}

TEST(ParserDecl, FunctionAndVariableDeclaratorsMix) {
  Frontend f = parseSource("int x, g(void), *p, **q;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit),
            "(var x 'int')\n"
            "(fn g 'int (void)')\n"
            "(var p 'int *')\n"
            "(var q 'int **')\n");
}

TEST(ParserDecl, FunctionDefinitionWithLocals) {
  Frontend f = parseSource("int add(int a, int b) { int s = a + b, t; char c; return s; }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  FunctionDecl* fn = f.function("add");
  ASSERT_TRUE(fn && fn->body);
  EXPECT_EQ(sexpr(fn),
            "(a b) { (decl (var s 'int' (+ a b)) (var t 'int')) (decl (var c 'char')) "
            "(return s) }");
  EXPECT_EQ(fn->type->str(), "int (int, int)");
  EXPECT_EQ(fn->loc.line, 1u);
  EXPECT_EQ(fn->loc.col, 5u);
}

TEST(ParserDecl, QualifiersAndStorageClassesInBlocks) {
  EXPECT_EQ(body("const int a = 1; static int s; extern int e; signed b; int f(int);"),
            "{ (decl (var a 'const int' 1)) (decl (var s 'int' static)) (decl (var e 'int' extern)) "
            "(decl (var b 'int')) (decl (fn f 'int (int)')) }");
  Frontend f = parseSource("void t() { static int s; extern int e; int l; }");
  auto* fn = f.function("t");
  ASSERT_TRUE(fn && fn->body && fn->body->body.size() == 3);
  auto place = [&](int i) {
    return static_cast<VarDecl*>(static_cast<DeclStmt*>(fn->body->body[i])->decls[0])->place;
  };
  EXPECT_EQ(place(0), VarPlace::StaticLocal);
  EXPECT_EQ(place(1), VarPlace::Global);
  EXPECT_EQ(place(2), VarPlace::Local);
}

// Errors about a storage class point at the keyword, wherever it stands.
TEST(ParserDecl, StorageClassKeywordLocation) {
  Frontend f = parseSource("static int a, b;\nint extern c;\nint d;");
  ASSERT_EQ(f.unit.decls.size(), 4u);
  auto at = [&](int i) {
    SourceLoc loc = f.unit.decls[i]->storageLoc;
    return std::to_string(loc.line) + ":" + std::to_string(loc.col);
  };
  EXPECT_EQ(at(0), "1:1");
  EXPECT_EQ(at(1), "1:1");
  EXPECT_EQ(at(2), "2:5");
  EXPECT_EQ(f.unit.decls[3]->storage, StorageClass::None);
}

TEST(ParserDecl, UnnamedParameterInDefinitionIsAnError) {
  Frontend proto = parseSource("int f(int, char *);");
  EXPECT_EQ(proto.errors, 0u) << proto.diagnostics;
  Frontend def = parseSource("int f(int) { return 0; }");
  EXPECT_TRUE(def.has("t.c:1:7: error: parameter name omitted")) << def.diagnostics;
}

TEST(ParserDecl, VoidVariableAndUnsupportedTypes) {
  EXPECT_TRUE(parseSource("void v;").has("t.c:1:6: error: variable has incomplete type 'void'"));
  EXPECT_TRUE(parseSource("long double x;").has("t.c:1:1: error: 'long double' is not supported by minicc"));
  EXPECT_TRUE(parseSource("float double x;")
                  .has("t.c:1:7: error: cannot combine with previous 'float' declaration specifier"));
  EXPECT_TRUE(parseSource("long long long x;").has("t.c:1:11: error: 'long long long' is invalid"));
  EXPECT_TRUE(parseSource("unsigned signed x;")
                  .has("t.c:1:10: error: cannot combine with previous 'unsigned' declaration specifier"));
  EXPECT_TRUE(parseSource("char int x;")
                  .has("t.c:1:6: error: cannot combine with previous 'char' declaration specifier"));
  EXPECT_TRUE(parseSource("int f(void)[3];").has("error: function cannot return array type"));
  EXPECT_TRUE(parseSource("int f(void, int);").has("'void' must be the only parameter"));
  EXPECT_TRUE(parseSource("static extern int x;")
                  .has("error: cannot combine with previous 'static' declaration specifier"));
  EXPECT_TRUE(parseSource("f() { return 0; }").has("t.c:1:1: error: type specifier missing"));
}

TEST(ParserDecl, StructsAndUnions) {
  Frontend f = parseSource("struct point { int x, y; } p; union u { char c; long l; };\n"
                           "struct point *q; struct list; struct list *head;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(sexpr(f.unit),
            "(tag 'struct point')\n"
            "(var p 'struct point')\n"
            "(tag 'union u')\n"
            "(var q 'struct point *')\n"
            "(var head 'struct list *')\n");
}

TEST(ParserDecl, TagsFollowTheirScopes) {
  // An inner "struct s;" declares a new, incomplete type; a body in the
  // same scope completes it; a second body is a redefinition.
  Frontend f = parseSource("struct s { int a; };\nvoid t() { struct s; struct s *p; }\n"
                           "struct s { int b; };");
  EXPECT_TRUE(f.has("t.c:3:8: error: redefinition of 's'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:8: note: previous definition is here")) << f.diagnostics;
  EXPECT_TRUE(parseSource("struct s; union s *p;")
                  .has("t.c:1:11: error: use of 's' with tag type that does not match previous declaration"));
  EXPECT_TRUE(parseSource("struct;").has("error: declaration of anonymous struct must be a definition"));
}

// --------------------------------------------------------------- statements

TEST(ParserStmt, DanglingElseBindsToTheNearestIf) {
  EXPECT_EQ(body("if (a) if (b) x; else y;"), "{ (if a (if b x; else y;)) }");
  EXPECT_EQ(body("if (a) { if (b) x; } else y;"), "{ (if a { (if b x;) } else y;) }");
  EXPECT_EQ(body("if (a) x; else if (b) y; else z;"), "{ (if a x; else (if b y; else z;)) }");
}

TEST(ParserStmt, Loops) {
  EXPECT_EQ(body("while (i < 10) i++;"), "{ (while (< i 10) (post++ i);) }");
  EXPECT_EQ(body("while (1) { }"), "{ (while 1 { }) }");
  EXPECT_EQ(body("do i--; while (i);"), "{ (do (post-- i); i) }");
  EXPECT_EQ(body("do { x; } while (a && b);"), "{ (do { x; } (&& a b)) }");
}

TEST(ParserStmt, ForWithDeclarationAndEmptyClauses) {
  EXPECT_EQ(body("for (int i = 0, j; i < n; i++) s += i;"),
            "{ (for (decl (var i 'int' 0) (var j 'int')) (< i n) (post++ i) (+= s i);) }");
  EXPECT_EQ(body("for (;;) break;"), "{ (for _ _ _ (break)) }");
  EXPECT_EQ(body("for (i = 0;;) continue;"), "{ (for (= i 0); _ _ (continue)) }");
  EXPECT_EQ(body("for (; i;) ;"), "{ (for _ i _ ;) }");
  EXPECT_EQ(body("for (;; i++, j--) { }"), "{ (for _ _ (, (post++ i) (post-- j)) { }) }");
}

TEST(ParserStmt, SwitchCaseDefault) {
  EXPECT_EQ(body("switch (x) { case 1: y; break; case 2: case 3 + 1: z; default: w; }"),
            "{ (switch x { (case 1 y;) (break) (case 2 (case (+ 3 1) z;)) (default w;) }) }");
  EXPECT_EQ(body("switch (x) case -1: y;"), "{ (switch x (case (- 1) y;)) }");
}

TEST(ParserStmt, LabelsAndGoto) {
  EXPECT_EQ(body("L: x; goto L; M: N: ;"), "{ (label L x;) (goto L) (label M (label N ;)) }");
  Frontend f = parseSource("void t() {\n  goto  out;\n}");
  auto* fn = f.function("t");
  ASSERT_TRUE(fn && fn->body && fn->body->body.size() == 1);
  auto* g = static_cast<GotoStmt*>(fn->body->body[0]);
  ASSERT_EQ(g->kind, StmtKind::Goto);
  EXPECT_EQ(g->label, "out");
  EXPECT_EQ(g->loc.col, 3u);
  EXPECT_EQ(g->labelLoc.line, 2u);
  EXPECT_EQ(g->labelLoc.col, 9u);
}

TEST(ParserStmt, LabelAtEndOfBlockNeedsAStatement) {
  Frontend f = parseSource("void t() { L: }");
  EXPECT_TRUE(f.has("t.c:1:15: error: label at end of compound statement: expected statement"))
      << f.diagnostics;
}

TEST(ParserStmt, ReturnNullStatementAndBlocks) {
  EXPECT_EQ(body("return;"), "{ (return) }");
  EXPECT_EQ(body("return a + 1;"), "{ (return (+ a 1)) }");
  EXPECT_EQ(body(";;"), "{ ; ; }");
  EXPECT_EQ(body("{ int a; { a; } }"), "{ { (decl (var a 'int')) { a; } } }");
}

TEST(ParserStmt, StatementLocations) {
  Frontend f = parseSource("void t() {\n  if (a)\n    while (b) ;\n}");
  auto* fn = f.function("t");
  ASSERT_TRUE(fn && fn->body && fn->body->body.size() == 1);
  auto* i = static_cast<IfStmt*>(fn->body->body[0]);
  EXPECT_EQ(i->loc.line, 2u);
  EXPECT_EQ(i->loc.col, 3u);
  EXPECT_EQ(i->thenStmt->loc.line, 3u);
  EXPECT_EQ(i->thenStmt->loc.col, 5u);
  EXPECT_EQ(fn->body->closeLoc.line, 4u);
  EXPECT_EQ(fn->body->closeLoc.col, 1u);
}

// Regression test (fixed); the bug was: a declaration is accepted as the body of if/while/for/else, though C
// has it only in blocks (C17 6.8: a declaration is not a statement); sema then
// puts the variable in the enclosing scope. Reproducer:
//   int f(int a) { if (a) int x = 1; return x; }
// expected: an error (clang: "expected expression"); actual: compiles, exit 0.
TEST(ParserStmt, DeclarationIsNotAStatementBody) {
  EXPECT_GE(parseSource("int f(int a) { if (a) int x = 1; return 0; }").errors, 1u);
  EXPECT_GE(parseSource("int f(int a) { while (a) int y; return 0; }").errors, 1u);
  EXPECT_GE(parseSource("int f(int a) { if (a) ; else char c; return 0; }").errors, 1u);
}

// -------------------------------------------------------------- expressions

// Binary operator levels, tightest first (C17 6.5.5-6.5.14).
const std::vector<std::vector<std::string>> kLevels = {
    {"*", "/", "%"}, {"+", "-"}, {"<<", ">>"}, {"<", "<=", ">", ">="},
    {"==", "!="}, {"&"}, {"^"}, {"|"}, {"&&"}, {"||"},
};

TEST(ParserExpr, EveryBinaryLevelBindsTighterThanTheNextLooser) {
  for (size_t tight = 0; tight < kLevels.size(); ++tight) {
    for (size_t loose = tight + 1; loose < kLevels.size(); ++loose) {
      for (const std::string& t : kLevels[tight]) {
        for (const std::string& l : kLevels[loose]) {
          EXPECT_EQ(expr("a " + l + " b " + t + " c"), "(" + l + " a (" + t + " b c))");
          EXPECT_EQ(expr("a " + t + " b " + l + " c"), "(" + l + " (" + t + " a b) c)");
        }
      }
    }
  }
}

TEST(ParserExpr, BinaryOperatorsAreLeftAssociative) {
  for (const auto& level : kLevels) {
    for (const std::string& x : level) {
      for (const std::string& y : level) {  // mixing operators of one level, too
        EXPECT_EQ(expr("a " + x + " b " + y + " c"), "(" + y + " (" + x + " a b) c)");
      }
    }
  }
  EXPECT_EQ(expr("a - b - c - d"), "(- (- (- a b) c) d)");
}

TEST(ParserExpr, ParenthesesOverridePrecedence) {
  EXPECT_EQ(expr("(1 + 2) * 3"), "(* (+ 1 2) 3)");
  EXPECT_EQ(expr("a - (b - c)"), "(- a (- b c))");
  EXPECT_EQ(expr("((((a))))"), "a");
  Frontend f = parseSource("void t() { (a = b); a = b; }");
  auto* fn = f.function("t");
  ASSERT_TRUE(fn && fn->body && fn->body->body.size() == 2);
  EXPECT_TRUE(static_cast<ExprStmt*>(fn->body->body[0])->expr->parenthesized);
  EXPECT_FALSE(static_cast<ExprStmt*>(fn->body->body[1])->expr->parenthesized);
}

TEST(ParserExpr, AssignmentIsRightAssociativeAndLoosest) {
  EXPECT_EQ(expr("a = b = c"), "(= a (= b c))");
  EXPECT_EQ(expr("a += b -= c *= d"), "(+= a (-= b (*= c d)))");
  EXPECT_EQ(expr("a = b + c"), "(= a (+ b c))");
  EXPECT_EQ(expr("a = b || c"), "(= a (|| b c))");
  EXPECT_EQ(expr("a = b ? c : d"), "(= a (? b c d))");
  const char* compound[] = {"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="};
  for (const char* op : compound) EXPECT_EQ(expr(std::string("x ") + op + " 1"),
                                            std::string("(") + op + " x 1)");
}

TEST(ParserExpr, ConditionalIsRightAssociative) {
  EXPECT_EQ(expr("a ? b : c ? d : e"), "(? a b (? c d e))");
  EXPECT_EQ(expr("a ? b ? c : d : e"), "(? a (? b c d) e)");
  EXPECT_EQ(expr("a || b ? c : d"), "(? (|| a b) c d)");
  EXPECT_EQ(expr("a ? b, c : d"), "(? a (, b c) d)");
  EXPECT_EQ(expr("a ? b : c = d"), "(= (? a b c) d)");  // parses; sema rejects it
}

TEST(ParserExpr, CommaIsLoosestAndLeftAssociative) {
  EXPECT_EQ(expr("a = 1, b = 2"), "(, (= a 1) (= b 2))");
  EXPECT_EQ(expr("a, b, c"), "(, (, a b) c)");
  EXPECT_EQ(expr("(a, b) + c"), "(+ (, a b) c)");
}

TEST(ParserExpr, UnaryChains) {
  EXPECT_EQ(expr("- - a"), "(- (- a))");
  EXPECT_EQ(expr("!~-+a"), "(! (~ (- (+ a))))");
  EXPECT_EQ(expr("-a * b"), "(* (- a) b)");
  EXPECT_EQ(expr("-(a * b)"), "(- (* a b))");
  EXPECT_EQ(expr("!a && !b"), "(&& (! a) (! b))");
  EXPECT_EQ(expr("-3"), "(- 3)");
  EXPECT_EQ(expr("~0"), "(~ 0)");
}

TEST(ParserExpr, PrefixAndPostfixIncrementDecrement) {
  EXPECT_EQ(expr("++a"), "(pre++ a)");
  EXPECT_EQ(expr("--a"), "(pre-- a)");
  EXPECT_EQ(expr("a++"), "(post++ a)");
  EXPECT_EQ(expr("a--"), "(post-- a)");
  EXPECT_EQ(expr("-a++"), "(- (post++ a))");  // postfix binds tighter than unary
  EXPECT_EQ(expr("++a++"), "(pre++ (post++ a))");
  EXPECT_EQ(expr("a++--"), "(post-- (post++ a))");
  EXPECT_EQ(expr("a+++b"), "(+ (post++ a) b)");  // maximal munch: a ++ + b
  EXPECT_EQ(expr("a---b"), "(- (post-- a) b)");
  EXPECT_EQ(expr("a++ + ++b"), "(+ (post++ a) (pre++ b))");
  EXPECT_EQ(expr("- --a"), "(- (pre-- a))");
}

TEST(ParserExpr, CallsWithZeroToManyArguments) {
  EXPECT_EQ(expr("f()"), "(call f)");
  EXPECT_EQ(expr("f(1)"), "(call f 1)");
  EXPECT_EQ(expr("f(1, 2)"), "(call f 1 2)");
  EXPECT_EQ(expr("f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)"), "(call f 1 2 3 4 5 6 7 8 9 10)");
  EXPECT_EQ(expr("f(g(1), h())"), "(call f (call g 1) (call h))");
  EXPECT_EQ(expr("f(a) + g(b) * 2"), "(+ (call f a) (* (call g b) 2))");
  EXPECT_EQ(expr("-f(x)"), "(- (call f x))");
}

TEST(ParserExpr, CommaOperatorVersusArgumentSeparator) {
  EXPECT_EQ(expr("f(a, b)"), "(call f a b)");
  EXPECT_EQ(expr("f((a, b))"), "(call f (, a b))");
  EXPECT_EQ(expr("f((a, b), c)"), "(call f (, a b) c)");
  EXPECT_EQ(expr("f(a = 1, b)"), "(call f (= a 1) b)");
  EXPECT_EQ(expr("f(a ? b : c, d)"), "(call f (? a b c) d)");
}

TEST(ParserExpr, StringLiteralsConcatenate) {
  EXPECT_EQ(expr("\"ab\" \"cd\""), "\"abcd\"");
  EXPECT_EQ(expr("\"a\\n\"\n  \"\\x41\" \"\""), "\"a\\nA\"");
  EXPECT_EQ(expr("\"\""), "\"\"");
  EXPECT_EQ(expr("f(\"x\" \"y\", \"z\")"), "(call f \"xy\" \"z\")");
  EXPECT_EQ(expr("\"tab\\t\\\"q\\\"\\\\\\0\""), "\"tab\\t\\\"q\\\"\\\\\\x00\"");
}

TEST(ParserExpr, CharacterLiteralValues) {
  EXPECT_EQ(expr("'a'"), "97");
  EXPECT_EQ(expr("'0'"), "48");
  EXPECT_EQ(expr("'\\n'"), "10");
  EXPECT_EQ(expr("'\\t'"), "9");
  EXPECT_EQ(expr("'\\0'"), "0");
  EXPECT_EQ(expr("'\\\\'"), "92");
  EXPECT_EQ(expr("'\\''"), "39");
  EXPECT_EQ(expr("'\"'"), "34");
  EXPECT_EQ(expr("'\\x41'"), "65");
  EXPECT_EQ(expr("'\\101'"), "65");
  EXPECT_EQ(expr("'\\377'"), "-1");  // char is signed on x86-64
  EXPECT_EQ(expr("'a' + 1"), "(+ 97 1)");
}

TEST(ParserExpr, IntegerLiterals) {
  EXPECT_EQ(expr("0"), "0");
  EXPECT_EQ(expr("42"), "42");
  EXPECT_EQ(expr("0x1F"), "31");
  EXPECT_EQ(expr("0XfF"), "255");
  EXPECT_EQ(expr("017"), "15");
  EXPECT_EQ(expr("2147483647"), "2147483647");
  EXPECT_EQ(expr("0x7fffffff"), "2147483647");
}

TEST(ParserExpr, LiteralsKeepTheirSuffixes) {
  Frontend f = parseSource("void t() { -2147483648; 0xFFFFFFFFu; 10l; 3ULL; 077LL; }");
  EXPECT_EQ(f.errors, 0u);
  EXPECT_EQ(f.warnings, 0u) << f.diagnostics;  // a literal's type is sema's to find
  auto* fn = f.function("t");
  ASSERT_TRUE(fn && fn->body && fn->body->body.size() == 5);
  auto literal = [&](int i) {
    Expr* e = static_cast<ExprStmt*>(fn->body->body[i])->expr;
    if (e->kind == ExprKind::Unary) e = static_cast<UnaryExpr*>(e)->operand;
    return static_cast<IntLiteralExpr*>(e);
  };
  EXPECT_EQ(literal(0)->value, 2147483648u);
  EXPECT_TRUE(literal(0)->decimal);
  EXPECT_EQ(literal(1)->value, 0xFFFFFFFFu);
  EXPECT_TRUE(literal(1)->unsignedSuffix);
  EXPECT_FALSE(literal(1)->decimal);
  EXPECT_EQ(literal(2)->longSuffix, 1);
  EXPECT_EQ(literal(3)->longSuffix, 2);
  EXPECT_TRUE(literal(3)->unsignedSuffix);
  EXPECT_EQ(literal(4)->value, 63u);
  EXPECT_FALSE(literal(4)->decimal);
}

TEST(ParserExpr, OperatorLocationsAreTheOperatorToken) {
  Frontend f = parseSource("void t() { a +  b <<= c; }");
  auto* fn = f.function("t");
  ASSERT_TRUE(fn && fn->body && fn->body->body.size() == 1);
  Expr* e = static_cast<ExprStmt*>(fn->body->body[0])->expr;
  ASSERT_EQ(e->kind, ExprKind::Assign);
  EXPECT_EQ(e->loc.col, 19u);
  EXPECT_EQ(e->length, 3u);
  Expr* sum = static_cast<AssignExpr*>(e)->target;
  ASSERT_EQ(sum->kind, ExprKind::Binary);
  EXPECT_EQ(sum->loc.col, 14u);
}

TEST(ParserExpr, MemberAccessAndBuiltins) {
  EXPECT_EQ(expr("a.b"), "(. a b)");
  EXPECT_EQ(expr("p->next->v"), "(-> (-> p next) v)");
  EXPECT_EQ(expr("s.a[2].b"), "(. ([] (. s a) 2) b)");
  EXPECT_EQ(expr("&p->x"), "(& (-> p x))");
  EXPECT_EQ(expr("__builtin_va_arg(ap, long)"), "(builtin ap 'long')");
}

TEST(ParserExpr, WhatMinicccDoesNotHaveYetIsReported) {
  EXPECT_TRUE(parseSource("struct s { int a : 3; };")
                  .has("t.c:1:18: error: bit-fields are not supported by minicc yet"));
  EXPECT_TRUE(parseSource("void t() { (int){1}; }")
                  .has("t.c:1:17: error: compound literals are not supported by minicc yet"));
  EXPECT_TRUE(parseSource("void t() { _Alignof x; }")
                  .has("t.c:1:21: error: expected '(' and a type name after '_Alignof'"));
}

// ------------------------------------------------------------- syntax errors

TEST(ParserErrors, MissingSemicolonAfterReturnIsReportedAfterTheValue) {
  Frontend f = parseSource("int f() {\n  return 1\n}\n");
  EXPECT_TRUE(f.has("t.c:2:11: error: expected ';' after return statement\n")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
}

TEST(ParserErrors, MissingSemicolonBeforeBraceOnTheSameLine) {
  // clang puts the error just after the '1', where the ';' belongs.
  Frontend f = parseSource("int f() { return 1 }");
  EXPECT_TRUE(f.has("t.c:1:19: error: expected ';' after return statement")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
}

TEST(ParserErrors, OtherExpectedMessages) {
  EXPECT_TRUE(parseSource("void t() { a = 1 b; }")
                  .has("t.c:1:17: error: expected ';' after expression"));
  EXPECT_TRUE(parseSource("void t() { int a b; }")
                  .has("t.c:1:17: error: expected ';' at end of declaration"));
  EXPECT_TRUE(parseSource("int a b;").has("t.c:1:6: error: expected ';' after top level declarator"));
  EXPECT_TRUE(parseSource("void t() { break }").has("expected ';' after 'break'"));
  EXPECT_TRUE(parseSource("void t() { do ; until (1); }")
                  .has("t.c:1:17: error: expected 'while' in do/while loop"));
  EXPECT_TRUE(parseSource("void t() { goto 1; }")
                  .has("t.c:1:17: error: expected identifier after 'goto'"));
  EXPECT_TRUE(parseSource("void t() { return 1 + ; }")
                  .has("t.c:1:23: error: expected expression"));
  EXPECT_TRUE(parseSource("void t() { if (a { } }").has("t.c:1:18: error: expected ')'"));
  EXPECT_TRUE(parseSource("int 3;").has("t.c:1:5: error: expected identifier or '('"));
  EXPECT_TRUE(parseSource("return 0;").has("t.c:1:1: error: expected external declaration"));
}

TEST(ParserErrors, UnterminatedBlockPointsAtTheOpeningBrace) {
  Frontend f = parseSource("int f() {\n  return 0;\n");
  EXPECT_TRUE(f.has("error: expected '}'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:9: note: to match this '{'")) << f.diagnostics;
  EXPECT_EQ(f.errors, 1u);
}

TEST(ParserErrors, RecoversAndReportsIndependentErrors) {
  Frontend f = parseSource(
      "int f() { return 1 + ; }\n"          // 1: expected expression
      "int g() { int x = 2 x; return x; }\n"  // 2: expected ';'
      "int h() { while (1 { } return 0; }\n"  // 3: expected ')'
      "int 4;\n"                              // 4: expected identifier
      "int ok(int a) { return a * 2; }\n");
  EXPECT_EQ(f.errors, 4u) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:1:22: error: expected expression")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:2:20: error: expected ';' at end of declaration")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:20: error: expected ')'")) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:4:5: error: expected identifier or '('")) << f.diagnostics;
  FunctionDecl* ok = f.function("ok");
  ASSERT_TRUE(ok && ok->body);
  EXPECT_EQ(sexpr(ok), "(a) { (return (* a 2)) }");
  // The statements after an error in a body are kept.
  FunctionDecl* h = f.function("h");
  ASSERT_TRUE(h && h->body);
  EXPECT_EQ(sexpr(static_cast<Stmt*>(h->body)), "{ (return 0) }");
}

TEST(ParserErrors, ErrorsInsideNestedBlocksResumeInTheBlock) {
  Frontend f = parseSource("int f() {\n  if (1) {\n    x = ;\n    y = 2;\n  }\n  z = 3;\n}\n");
  EXPECT_EQ(f.errors, 1u) << f.diagnostics;
  EXPECT_TRUE(f.has("t.c:3:9: error: expected expression")) << f.diagnostics;
  FunctionDecl* fn = f.function("f");
  ASSERT_TRUE(fn && fn->body);
  EXPECT_EQ(sexpr(static_cast<Stmt*>(fn->body)), "{ (if 1 { (= y 2); }) (= z 3); }");
}

TEST(ParserErrors, ManyErrorsInOneRunWithoutCascades) {
  std::string src;
  for (int i = 0; i < 30; ++i) src += "int f" + std::to_string(i) + "() { return * ; }\n";
  Frontend f = parseSource(src);
  EXPECT_EQ(f.errors, 30u) << f.diagnostics;
  EXPECT_EQ(f.unit.decls.size(), 30u);
}

std::string repeat(const std::string& s, int n) {
  std::string r;
  r.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) r += s;
  return r;
}

TEST(ParserErrors, DeepParenthesesAreReportedNotACrash) {
  const int n = 100000;
  Frontend f = parseSource("int f() { return " + repeat("(", n) + "1" + repeat(")", n) + "; }");
  EXPECT_EQ(f.count("nesting too deep"), 1) << f.diagnostics.substr(0, 500);
  EXPECT_TRUE(f.has("t.c:1:"));
  EXPECT_GE(f.errors, 1u);
}

TEST(ParserErrors, DeepBlocksAreReportedNotACrash) {
  const int n = 100000;
  Frontend f = parseSource("int f() " + repeat("{", n) + repeat("}", n));
  EXPECT_EQ(f.count("error: nesting too deep: minicc allows 1024 levels"), 1)
      << f.diagnostics.substr(0, 500);
}

TEST(ParserErrors, DeepStatementsAndUnaryChainsAreReported) {
  const int n = 100000;
  EXPECT_EQ(parseSource("void t() { " + repeat("if (1) ", n) + "; }").count("nesting too deep"),
            1);
  EXPECT_EQ(parseSource("void t() { " + repeat("-", n) + "1; }").count("nesting too deep"), 1);
  EXPECT_EQ(parseSource("void t() { " + repeat("!", n) + "1; }").count("nesting too deep"), 1);
  EXPECT_EQ(parseSource("void t() { " + repeat("a = ", n) + "1; }").count("nesting too deep"),
            1);
  EXPECT_EQ(
      parseSource("void t() { " + repeat("a ? b : ", n) + "c; }").count("nesting too deep"), 1);
}

TEST(ParserErrors, ModerateNestingIsFine) {
  const int n = 100;  // each level of both counts twice against the limit
  Frontend f = parseSource("int f() { " + repeat("{", n) + "return " + repeat("(", n) + "1" +
                           repeat(")", n) + ";" + repeat("}", n) + " }");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics.substr(0, 500);
  // A long flat chain is not nesting.
  std::string chain = "a";
  for (int i = 0; i < 5000; ++i) chain += " + a";
  Frontend g = parseSource("int f(int a) { return " + chain + "; }");
  EXPECT_EQ(g.errors, 0u) << g.diagnostics.substr(0, 500);
}

}  // namespace
}  // namespace minicc
