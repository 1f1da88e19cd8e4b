// The semantic analyser's state, shared by the files that check
// declarations and scopes (sema.cpp), statements (statement_checks.cpp),
// control flow (control_flow.cpp) and expressions (expression_checks.cpp).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parser/ast.h"
#include "sema/constant_folding.h"
#include "support/diagnostics.h"
#include "support/scoped_names.h"

namespace minicc {
namespace sema_detail {

// A type as diagnostics quote it: 'unsigned long'.
inline std::string quotedType(const Type* t) { return "'" + t->str() + "'"; }

// The cast that converts one arithmetic type into another (C17 6.3.1.3-5).
CastKind arithmeticCastKind(const Type* from, const Type* to);

// A member found by name, perhaps inside anonymous members: its offset
// from the start of the record that was searched.
struct FoundMember {
  const Member* member;
  const Type* type;
  int64_t offset;
};
std::optional<FoundMember> findMember(const Record& record, std::string_view name);

// The conversions as if by assignment (C17 6.5.16.1), each worded its own way.
enum class Conversion { Assigning, Initializing, Passing, Returning };

class Sema {
 public:
  Sema(AstContext& ast, Diagnostics& diags) : ast_(ast), types_(ast.types()), diags_(diags) {}
  // A file's declarations one at a time, in source order, then finish().
  void begin(TranslationUnit& unit);
  void declaration(Decl* decl);
  void finish();
  // Whether something that lasts the whole file (a static local, a
  // declaration with linkage) points into the body checked last.
  bool bodyOutlivesFunction() const { return bodyOutlives_; }

 private:
  // ---- scopes
  Decl* lookup(std::string_view name) const;
  Decl* declaredInInnermostScope(std::string_view name);
  void bind(Decl* decl);
  void pushScope() { scopes_.openScope(); }
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
  void enumConstant(EnumConstantDecl* constant);
  void typedefDeclaration(Decl* decl);
  void resolveVariableType(VarDecl* var);
  void tagDefinition(TagDecl* tag);

  // ---- statements
  void checkStmt(Stmt* s);
  void checkBlock(CompoundStmt* block, bool newScope);
  void checkCondition(Expr*& cond, SourceLoc at, bool ofStatement);
  void checkForDeclaration(const Stmt* init);
  bool canComplete(const Stmt* s) const;
  bool hasJumpTo(const Stmt* s, const Stmt* target, StmtKind jump) const;

  // ---- types (types.cpp): array lengths folded, incomplete types caught
  const Type* resolveType(const Type* type, SourceLoc at, std::string_view name = {});

  // ---- initialisers (initializers.cpp)
  void checkInitializer(VarDecl* var, bool staticStorage);
  void initializeObject(VarDecl* var, const Type* type, int64_t offset, InitListExpr* list,
                        size_t& next);
  int64_t initializeFromList(VarDecl* var, const Type* type, int64_t offset, InitListExpr* list);
  int64_t initializeRecordFromList(VarDecl* var, const Type* type, int64_t offset,
                                   InitListExpr* list);
  std::optional<int64_t> designatorIndex(Expr* designator, const Type* array);
  void initializeDesignated(VarDecl* var, const Type* type, int64_t offset,
                            const std::vector<InitListExpr::Step>& rest, size_t step,
                            InitListExpr* list, size_t& next);
  bool initializeCharArray(VarDecl* var, const Type* type, int64_t offset, Expr* value);
  void initializeScalar(VarDecl* var, const Type* type, int64_t offset, Expr* value);
  std::optional<StaticValue> staticValue(const Expr* e) const;
  void foldStaticInitializer(VarDecl* var);

  // ---- conversions (conversions.cpp)
  const Type* promote(const Type* t) const;
  const Type* commonType(const Type* a, const Type* b) const;
  bool isNullPointerConstant(const Expr* e) const;
  Expr* implicitCast(Expr* e, const Type* to, CastKind kind);
  void markArithmeticConstant(CastExpr* cast);
  void warnFloatingConversion(const Expr* e, const Type* to);
  void notIntegerConstant(const Expr* e);
  // Inline: every operand is decayed, and nearly none is an array or function.
  Expr* decay(Expr* e) {
    if (!e->type || !(e->type->isArray() || e->type->isFunction())) return e;
    return decayToPointer(e);
  }
  Expr* decayToPointer(Expr* e);
  Expr* convertTo(Expr* e, const Type* to);
  const Type* convertOperands(Expr*& lhs, Expr*& rhs);
  Expr* convertForAssignment(const Type* to, Expr* e, Conversion action, SourceLoc at,
                             unsigned length);
  Expr* convertForAssignment(const Type* to, Expr* e, Conversion action) {
    return convertForAssignment(to, e, action, e->begin, e->length);
  }

  // ---- expressions (expression_checks.cpp)
  Expr* value(Expr* e);
  const Type* checkExpr(Expr* e);
  const Type* checkIntLiteral(IntLiteralExpr* e);
  std::optional<bool> truthOf(const Expr* e) const;
  void foldFloating(BinaryExpr* e);
  const Type* checkVarRef(VarRefExpr* e);
  const Type* checkUnary(UnaryExpr* e);
  const Type* checkAddressOf(UnaryExpr* e);
  const Type* checkBinary(BinaryExpr* e);
  const Type* checkPointerArithmetic(BinaryExpr* e);
  int64_t pointeeSize(const Expr* pointer, const Expr* op);
  bool checkModifiable(Expr* target, const Expr* op);
  const Type* checkAssign(AssignExpr* e);
  const Type* checkIncDec(IncDecExpr* e);
  const Type* checkConditional(ConditionalExpr* e);
  const Type* checkCall(CallExpr* e);
  FunctionDecl* implicitDeclaration(VarRefExpr* name);
  Expr* promoteArgument(Expr* arg);
  const Type* checkCast(CastExpr* e);
  const Type* checkSubscript(SubscriptExpr* e);
  const Type* checkSizeOf(SizeOfExpr* e);
  const Type* checkMember(MemberExpr* e);
  const Type* checkOffsetof(BuiltinExpr* e);
  const Type* checkBuiltin(BuiltinExpr* e);
  bool checkVaList(Expr*& e, BuiltinKind builtin);
  void setConstant(Expr* e, FoldResult folded);
  void invalidOperands(const Expr* op, const Type* lhs, const Type* rhs);
  void warnDivisionByZero(BinaryOp op, const Expr* divisor);

  AstContext& ast_;
  TypeContext& types_;
  Diagnostics& diags_;
  TranslationUnit* unit_ = nullptr;

  ScopedNames<Decl*> scopes_;  // the ordinary identifiers (C17 6.2.3)
  // Every variable and function with linkage, by name: block-scope extern
  // declarations and file-scope ones meet here (C17 6.2.2).
  std::unordered_map<std::string_view, VarDecl*> globalVariables_;
  std::unordered_map<std::string_view, FunctionDecl*> functions_;

  FunctionDecl* function_ = nullptr;  // the function being checked
  bool bodyOutlives_ = false;          // see bodyOutlivesFunction()
  std::vector<Stmt*> breakTargets_;     // loops and switches, innermost last
  std::vector<Stmt*> continueTargets_;  // loops only
  std::vector<SwitchStmt*> switches_;
  std::unordered_map<std::string_view, LabelStmt*> labels_;
  std::vector<GotoStmt*> gotos_;
  std::unordered_map<std::string, int> staticLocalNames_;
  int64_t nextEnumValue_ = 0;  // the value the next enumeration constant takes unasked
  const Type* lastEnumType_ = nullptr;
  std::unordered_set<const Record*> layingOut_;  // records being laid out now
  std::unordered_set<const Expr*> checkedItems_;  // initialiser items already checked
};


}  // namespace sema_detail
}  // namespace minicc
