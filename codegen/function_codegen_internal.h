// The state of code generation for one function, shared by the files that
// generate its expressions (expression_codegen.cpp), its statements
// (statement_codegen.cpp) and its frame (function_codegen.cpp).
//
// Expressions are computed into %eax (%rax for pointers). A binary operator
// whose right operand is a constant or a variable uses it in place
// ("addl -8(%rbp), %eax"); a right operand that needs computing but no call
// is computed into %ecx (then %edx, %esi, ... as it nests, in Sethi-Ullman
// order); only one that calls a function makes the left value wait on the
// stack (pushq/popq). Those pushes are counted so %rsp is 16-byte aligned at
// every call (ABI 3.2.2). Conditions that only steer a branch become cmpl +
// jcc, never a 0/1 value.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "codegen/asm_writer.h"
#include "codegen/codegen.h"
#include "codegen/registers.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"
#include "parser/ast.h"

namespace minicc {
namespace codegen_detail {

// Comparison operators and their condition codes (Intel SDM, Jcc/SETcc).
struct ConditionCode {
  BinaryOp op;
  std::string_view jump;     // jump if the comparison holds
  std::string_view inverse;  // jump if it does not
  std::string_view set;      // materialise it as 0/1
};
constexpr ConditionCode kConditionCodes[] = {
    {BinaryOp::Less, "jl", "jge", "setl"},         {BinaryOp::LessEqual, "jle", "jg", "setle"},
    {BinaryOp::Greater, "jg", "jle", "setg"},      {BinaryOp::GreaterEqual, "jge", "jl", "setge"},
    {BinaryOp::Equal, "je", "jne", "sete"},        {BinaryOp::NotEqual, "jne", "je", "setne"},
};

inline const ConditionCode& conditionCode(BinaryOp op) {
  for (const ConditionCode& cc : kConditionCodes)
    if (cc.op == op) return cc;
  return kConditionCodes[4];
}

// Operators that are one "op source, destination" instruction on ints: +, -,
// &, |, ^ (any source operand) and the shifts (an immediate or %cl count;
// int >> is arithmetic, sarl). Empty for the others.
inline std::string_view twoOperandMnemonic(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "addl";
    case BinaryOp::Sub: return "subl";
    case BinaryOp::BitAnd: return "andl";
    case BinaryOp::BitOr: return "orl";
    case BinaryOp::BitXor: return "xorl";
    case BinaryOp::Shl: return "shll";
    case BinaryOp::Shr: return "sarl";
    default: return {};
  }
}

inline bool isShift(BinaryOp op) { return op == BinaryOp::Shl || op == BinaryOp::Shr; }

// The size suffix for a value of `size` bytes.
inline char suffix(int size) { return size == 8 ? 'q' : size == 1 ? 'b' : 'l'; }

inline std::string mnemonic(std::string_view base, int size) {
  return std::string(base) + suffix(size);
}

inline std::string immediate(int64_t value) { return "$" + std::to_string(value); }

// A constant stored into a variable of `size` bytes, converted as C converts
// it (C17 6.3.1.3): a char keeps the low byte, as gcc does.
inline std::string storedImmediate(int32_t value, int size) {
  return immediate(size == 1 ? static_cast<int8_t>(value) : value);
}

inline bool isImmediate(const std::string& operand) { return !operand.empty() && operand[0] == '$'; }

// Operand size of a value of this type in a register (char is widened to int).
inline int registerSize(const Type* type) { return type && type->isPointer() ? 8 : 4; }

class FunctionCodegen {
 public:
  FunctionCodegen(const FunctionDecl& fn, int index, const TargetInfo& target,
                  const CodegenOptions& options, StringTable& strings)
      : fn_(fn), index_(index), target_(target), options_(options), strings_(strings) {}

  void run(AsmWriter& out);

 private:
  using Label = int;

  // ---- emission: every instruction goes through here, so a pending jump
  // is written (or dropped, when its label comes next) in one place.
  template <class... Operands>
  void emit(std::string_view mnemonic, const Operands&... operands) {
    flushJump();
    body_.instruction(mnemonic, operands...);
  }
  Label newLabel() { return nextLabel_++; }
  std::string labelName(Label label) const {
    return std::string(target_.localLabelPrefix) + "BB" + std::to_string(index_) + "_" +
           std::to_string(label);
  }
  void placeLabel(Label label);
  void jump(Label label);
  void jumpIf(std::string_view condition, Label label);
  void flushJump();

  // ---- variables
  std::string address(const VarDecl* var) const;
  void load(const VarDecl* var, const Register& into);
  void store(const VarDecl* var, const Register& from);
  void pushTemporary();
  void popTemporary(std::string_view reg);

  // ---- expressions
  std::optional<std::string> directOperand(const Expr* e, int size) const;
  bool isSimpleArgument(const Expr* e) const;
  void genExpr(const Expr* e);
  void genEffect(const Expr* e);
  std::string genOperands(const Expr* lhs, const Expr* rhs, int size);
  int registersNeeded(const Expr* e) const;
  void genIntoTemporary(const Expr* e, int depth);
  void genArithmetic(BinaryOp op, const Expr* lhs, const Expr* rhs);
  void genLogicalValue(const Expr* e);
  void genCondJump(const Expr* e, bool jumpWhen, Label target);
  void genAssign(const AssignExpr* e, bool needValue);
  void assignValue(const VarDecl* var, const Expr* value);
  void genIncDec(const IncDecExpr* e, bool needValue);
  void genCall(const CallExpr* e);
  void loadArgument(const Expr* arg, const Register& reg);

  // ---- statements
  void genStmt(const Stmt* s);
  void genLocalDeclaration(const DeclStmt* s);
  void genSwitch(const SwitchStmt* s);
  bool genSwitchTable(const SwitchStmt* s, Label otherwise);
  Label userLabel(const LabelStmt* label);
  void annotateSource(const Stmt* s);

  const FunctionDecl& fn_;
  int index_;
  const TargetInfo& target_;
  const CodegenOptions& options_;
  StringTable& strings_;
  AsmWriter body_;

  // Switch jump tables, written after the function.
  struct JumpTable {
    std::string name;
    std::vector<Label> targets;  // one per value from the lowest case up
  };
  std::vector<JumpTable> jumpTables_;
  void emitJumpTables(AsmWriter& out) const;

  Label nextLabel_ = 1;  // .LBB<n>_0 would be the entry block, which has no label
  std::optional<Label> pendingJump_;
  uint32_t annotatedLine_ = 0;  // the last source line written as a comment
  std::set<Label> referenced_;
  Label returnLabel_ = 0;
  int pushedBytes_ = 0;       // bytes pushed below the frame right now
  bool usedPushes_ = false;   // then the frame cannot live in the red zone
  std::unordered_map<const Stmt*, Label> breakLabels_, continueLabels_, caseLabels_;
  std::unordered_map<const LabelStmt*, Label> userLabels_;
};


}  // namespace codegen_detail
}  // namespace minicc
