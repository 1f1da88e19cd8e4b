// The abstract syntax tree.
//
// The parser builds it; sema fills in the fields marked "sema:" (types,
// resolved declarations, constant values, each function's locals); codegen
// only reads.
// Every node records where it was written, for diagnostics.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/type.h"
#include "support/source.h"

namespace minicc {

struct Node {
  explicit Node(SourceLoc l) : loc(l) {}
  virtual ~Node() = default;
  SourceLoc loc;
};

// ---------------------------------------------------------------- declarations

enum class DeclKind { Variable, Function };
enum class StorageClass { None, Static, Extern };

struct Decl : Node {
  Decl(DeclKind k, SourceLoc l, std::string_view n, const Type* t)
      : Node(l), kind(k), name(n), type(t) {}
  DeclKind kind;
  std::string_view name;
  const Type* type;
  StorageClass storage = StorageClass::None;
  SourceLoc storageLoc;  // where the storage class was written, if it was
  // sema: reported as a wrong redeclaration. It still names the entity in its
  // scope, so later uses of the name are accepted without further errors.
  bool invalid = false;
};

struct Expr;
struct CompoundStmt;

// Where a variable lives; decided by where it is declared.
enum class VarPlace { Global, StaticLocal, Local, Param };

struct VarDecl : Decl {
  VarDecl(SourceLoc l, std::string_view n, const Type* t)
      : Decl(DeclKind::Variable, l, n, t) {}
  Expr* init = nullptr;
  VarPlace place = VarPlace::Local;

  // sema:
  std::string symbol;           // Global/StaticLocal: the assembler name, before any '_'
  int32_t initValue = 0;        // Global/StaticLocal: the folded initialiser
  bool hasInitValue = false;
  bool isDefinition = false;    // Global: this declaration allocates storage
  VarDecl* canonical = this;    // Global: the first declaration, whose storage all share
  bool used = false;            // read or written somewhere (for -Wunused-variable)
};

struct FunctionDecl : Decl {
  FunctionDecl(SourceLoc l, std::string_view n, const Type* t)
      : Decl(DeclKind::Function, l, n, t) {}
  std::vector<VarDecl*> params;
  CompoundStmt* body = nullptr;  // null for a declaration

  // sema:
  FunctionDecl* canonical = this;   // the first declaration of this function
  FunctionDecl* definition = nullptr;  // on the canonical one: the declaration with a body
  bool called = false;              // on the canonical one: some call refers to it
  bool implicit = false;            // made up for a call to an undeclared function
  std::vector<VarDecl*> locals;     // block-scope automatic variables, in order of appearance
  std::vector<VarDecl*> staticLocals;
  bool mayFallOffEnd = true;        // control can reach the closing brace
};

// ---------------------------------------------------------------- expressions

enum class ExprKind {
  IntLiteral, StringLiteral, VarRef, Unary, Binary, Assign, IncDec, Conditional, Call
};

struct Expr : Node {
  Expr(ExprKind k, SourceLoc l) : Node(l), kind(k), begin(l) {}
  ExprKind kind;
  // `loc` is the expression's main token (the operator of a binary
  // expression, as in clang); `begin` is where its text starts.
  SourceLoc begin;
  unsigned length = 1;          // columns the main token spans
  bool parenthesized = false;   // written inside ( ), for -Wparentheses

  // sema:
  const Type* type = nullptr;
  std::optional<int32_t> constant;  // the value, when it is an integer constant expression
};

struct IntLiteralExpr : Expr {
  IntLiteralExpr(SourceLoc l, int32_t v) : Expr(ExprKind::IntLiteral, l), value(v) {}
  int32_t value;
};

struct StringLiteralExpr : Expr {
  StringLiteralExpr(SourceLoc l, std::string b)
      : Expr(ExprKind::StringLiteral, l), bytes(std::move(b)) {}
  std::string bytes;  // without the terminating NUL
};

struct VarRefExpr : Expr {
  VarRefExpr(SourceLoc l, std::string_view n) : Expr(ExprKind::VarRef, l), name(n) {}
  std::string_view name;
  VarDecl* decl = nullptr;  // sema
};

enum class UnaryOp { Negate, Plus, LogicalNot, BitNot };

// The operator as written in C: "-", "!".
std::string_view unaryOpSpelling(UnaryOp op);

struct UnaryExpr : Expr {
  UnaryExpr(SourceLoc l, UnaryOp o, Expr* e) : Expr(ExprKind::Unary, l), op(o), operand(e) {}
  UnaryOp op;
  Expr* operand;
};

enum class BinaryOp {
  Mul, Div, Rem, Add, Sub, Shl, Shr,
  Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual,
  BitAnd, BitXor, BitOr, LogicalAnd, LogicalOr, Comma
};

// The operator as written in C: "+", "<<=", "&&".
std::string_view binaryOpSpelling(BinaryOp op);
bool isComparison(BinaryOp op);

struct BinaryExpr : Expr {
  BinaryExpr(SourceLoc l, BinaryOp o, Expr* a, Expr* b)
      : Expr(ExprKind::Binary, l), op(o), lhs(a), rhs(b) {}
  BinaryOp op;
  Expr* lhs;
  Expr* rhs;
};

// "a = b", or a compound assignment "a op= b" when `op` is set.
struct AssignExpr : Expr {
  AssignExpr(SourceLoc l, std::optional<BinaryOp> o, Expr* t, Expr* v)
      : Expr(ExprKind::Assign, l), op(o), target(t), value(v) {}
  std::optional<BinaryOp> op;
  Expr* target;
  Expr* value;
};

struct IncDecExpr : Expr {
  IncDecExpr(SourceLoc l, bool inc, bool pre, Expr* t)
      : Expr(ExprKind::IncDec, l), increment(inc), prefix(pre), target(t) {}
  bool increment;
  bool prefix;
  Expr* target;
};

struct ConditionalExpr : Expr {
  ConditionalExpr(SourceLoc l, Expr* c, Expr* t, Expr* e)
      : Expr(ExprKind::Conditional, l), cond(c), thenExpr(t), elseExpr(e) {}
  Expr* cond;
  Expr* thenExpr;
  Expr* elseExpr;
};

struct CallExpr : Expr {
  CallExpr(SourceLoc l, std::string_view n, std::vector<Expr*> a)
      : Expr(ExprKind::Call, l), name(n), args(std::move(a)) {}
  std::string_view name;
  std::vector<Expr*> args;
  SourceLoc lparenLoc;             // the opening parenthesis
  SourceLoc rparenLoc;             // the closing parenthesis
  FunctionDecl* callee = nullptr;  // sema
};

// ---------------------------------------------------------------- statements

enum class StmtKind {
  Compound, Decl, Expr, If, While, DoWhile, For, Return, Break, Continue,
  Switch, Case, Default, Label, Goto
};

struct Stmt : Node {
  Stmt(StmtKind k, SourceLoc l) : Node(l), kind(k) {}
  StmtKind kind;
};

struct CompoundStmt : Stmt {
  explicit CompoundStmt(SourceLoc l) : Stmt(StmtKind::Compound, l) {}
  std::vector<Stmt*> body;
  SourceLoc closeLoc;  // the closing brace
};

// A block-scope declaration: variables and function prototypes.
struct DeclStmt : Stmt {
  explicit DeclStmt(SourceLoc l) : Stmt(StmtKind::Decl, l) {}
  std::vector<Decl*> decls;
};

// An expression statement; `expr` is null for the null statement ";".
struct ExprStmt : Stmt {
  ExprStmt(SourceLoc l, Expr* e) : Stmt(StmtKind::Expr, l), expr(e) {}
  Expr* expr;
};

struct IfStmt : Stmt {
  IfStmt(SourceLoc l, Expr* c, Stmt* t, Stmt* e)
      : Stmt(StmtKind::If, l), cond(c), thenStmt(t), elseStmt(e) {}
  Expr* cond;
  Stmt* thenStmt;
  Stmt* elseStmt;  // may be null
};

struct WhileStmt : Stmt {
  WhileStmt(SourceLoc l, Expr* c, Stmt* b) : Stmt(StmtKind::While, l), cond(c), body(b) {}
  Expr* cond;
  Stmt* body;
};

struct DoWhileStmt : Stmt {
  DoWhileStmt(SourceLoc l, Stmt* b, Expr* c) : Stmt(StmtKind::DoWhile, l), body(b), cond(c) {}
  Stmt* body;
  Expr* cond;
};

struct ForStmt : Stmt {
  explicit ForStmt(SourceLoc l) : Stmt(StmtKind::For, l) {}
  Stmt* init = nullptr;  // a DeclStmt or ExprStmt, or null
  Expr* cond = nullptr;  // null: loop forever
  Expr* step = nullptr;
  Stmt* body = nullptr;
};

struct ReturnStmt : Stmt {
  ReturnStmt(SourceLoc l, Expr* v) : Stmt(StmtKind::Return, l), value(v) {}
  Expr* value;  // may be null
};

// break and continue; sema points `target` at the loop or switch they leave.
struct JumpStmt : Stmt {
  JumpStmt(StmtKind k, SourceLoc l) : Stmt(k, l) {}
  Stmt* target = nullptr;
};

struct CaseStmt;

struct SwitchStmt : Stmt {
  SwitchStmt(SourceLoc l, Expr* c, Stmt* b) : Stmt(StmtKind::Switch, l), cond(c), body(b) {}
  Expr* cond;
  Stmt* body;
  // sema:
  std::vector<CaseStmt*> cases;  // in source order
  Stmt* defaultStmt = nullptr;
};

// "case value:" or (kind Default) "default:", labelling `body`.
struct CaseStmt : Stmt {
  CaseStmt(StmtKind k, SourceLoc l, Expr* v, Stmt* b) : Stmt(k, l), value(v), body(b) {}
  Expr* value;  // null for default
  Stmt* body;
  int32_t caseValue = 0;  // sema
};

struct LabelStmt : Stmt {
  LabelStmt(SourceLoc l, std::string_view n, Stmt* b) : Stmt(StmtKind::Label, l), name(n), body(b) {}
  std::string_view name;
  Stmt* body;
};

struct GotoStmt : Stmt {
  GotoStmt(SourceLoc l, std::string_view n) : Stmt(StmtKind::Goto, l), label(n) {}
  std::string_view label;
  SourceLoc labelLoc;
  LabelStmt* target = nullptr;  // sema
};

// ---------------------------------------------------------------- the whole file

struct TranslationUnit {
  std::vector<Decl*> decls;  // in source order
  // sema: each variable with static storage this file defines (globals and
  // static locals, one canonical VarDecl each), in order of first appearance.
  std::vector<VarDecl*> staticStorage;
};

// Owns every node of one compilation; nodes point at each other freely.
class AstContext {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  TypeContext& types() { return types_; }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  TypeContext types_;
};

}  // namespace minicc
