// The semantic analyser's state, shared by the files that check
// declarations and scopes (sema.cpp), statements (statement_checks.cpp),
// control flow (control_flow.cpp) and expressions (expression_checks.cpp).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "sema/constant_folding.h"
#include "support/diagnostics.h"

namespace minicc {
namespace sema_detail {

class Sema {
 public:
  Sema(AstContext& ast, Diagnostics& diags) : ast_(ast), types_(ast.types()), diags_(diags) {}
  void run(TranslationUnit& unit);

 private:
  using Scope = std::unordered_map<std::string_view, Decl*>;

  // ---- scopes
  Decl* lookup(std::string_view name) const;
  void bind(Decl* decl);
  void popScope();

  // ---- redeclarations
  Decl* linkedDeclaration(std::string_view name) const;
  bool checkRedeclaration(Decl* decl, const Decl* previous);
  bool checkVariableRedeclaration(VarDecl* var, const VarDecl* previous);
  void rejectRedeclaration(Decl* decl, const Decl* previous, const std::string& message,
                           std::string_view note);

  // ---- declarations
  void fileScopeVariable(VarDecl* var);
  void fileScopeFunction(FunctionDecl* fn);
  FunctionDecl* linkFunction(FunctionDecl* fn);
  void functionDefinition(FunctionDecl* fn);
  void checkStaticFunctionsDefined();
  void checkParameterNames(FunctionDecl* fn);
  void localDeclaration(Decl* decl);
  void foldStaticInitializer(VarDecl* var, VarDecl* storage);

  // ---- statements
  void checkStmt(Stmt* s);
  void checkBlock(CompoundStmt* block, bool newScope);
  void checkCondition(Expr* cond);
  void checkForDeclaration(const Stmt* init);
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


}  // namespace sema_detail
}  // namespace minicc
