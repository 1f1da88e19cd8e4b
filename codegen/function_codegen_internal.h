// The state of instruction selection for one function, shared by the files
// that select its expressions (expression_codegen.cpp), its statements
// (statement_codegen.cpp) and its frame slots (function_codegen.cpp).
//
// Expressions are computed into %eax (%rax for pointers); an aggregate (an
// array or a structure) is computed as its address in %rax, and copied
// where its value is needed. A binary operator
// whose right operand is a constant or a variable uses it in place
// ("addl -8(%rbp), %eax"); a right operand that needs computing but no call
// is computed into %ecx (then %edx, %esi, ... as it nests, in Sethi-Ullman
// order); only one that calls a function makes the left value wait on the
// stack (pushq/popq). Those pushes are counted so %rsp is 16-byte aligned at
// every call (psABI 3.2.2). Conditions that only steer a branch become cmp +
// jcc, never a 0/1 value.
#pragma once

#include <cstdint>
#include <optional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "codegen/abi.h"
#include "codegen/codegen.h"
#include "codegen/machine.h"
#include "codegen/string_table.h"
#include "parser/ast.h"
#include "sema/constant_folding.h"

namespace minicc {
namespace codegen_detail {

using mach::Cond;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

// Comparison operators and their condition codes: signed (jl) for signed
// integers, unsigned (jb) for unsigned ones and pointers.
inline Cond conditionFor(BinaryOp op, bool isUnsigned) {
  switch (op) {
    case BinaryOp::Less: return isUnsigned ? Cond::B : Cond::L;
    case BinaryOp::LessEqual: return isUnsigned ? Cond::BE : Cond::LE;
    case BinaryOp::Greater: return isUnsigned ? Cond::A : Cond::G;
    case BinaryOp::GreaterEqual: return isUnsigned ? Cond::AE : Cond::GE;
    case BinaryOp::NotEqual: return Cond::NE;
    default: return Cond::E;
  }
}

inline bool comparesUnsigned(const Type* type) { return type->isUnsigned() || type->isPointer(); }

// Operators that are one "op source, destination" instruction: +, -, &, |,
// ^ (any source operand) and the shifts (an immediate or %cl count; >> is
// arithmetic, sar, on a signed type and logical, shr, on an unsigned one).
// Nothing for the others.
inline std::optional<Opcode> twoOperandOpcode(BinaryOp op, const Type* type) {
  switch (op) {
    case BinaryOp::Add: return Opcode::Add;
    case BinaryOp::Sub: return Opcode::Sub;
    case BinaryOp::BitAnd: return Opcode::And;
    case BinaryOp::BitOr: return Opcode::Or;
    case BinaryOp::BitXor: return Opcode::Xor;
    case BinaryOp::Shl: return Opcode::Shl;
    case BinaryOp::Shr: return type && type->isUnsigned() ? Opcode::Shr : Opcode::Sar;
    default: return std::nullopt;
  }
}

inline bool isShift(BinaryOp op) { return op == BinaryOp::Shl || op == BinaryOp::Shr; }

// A constant stored into an object of `size` bytes, converted as C converts
// it (C17 6.3.1.3): the low bytes, as gcc does.
inline int64_t storedValue(int64_t value, int64_t size) {
  switch (size) {
    case 1: return static_cast<int8_t>(value);
    case 2: return static_cast<int16_t>(value);
    case 4: return static_cast<int32_t>(value);
    default: return value;
  }
}

inline bool fitsInImmediate(int64_t value) { return value >= INT32_MIN && value <= INT32_MAX; }

// k when n is 2^k, else -1.
inline int log2Exact(uint64_t n) {
  int k = 0;
  while (k < 63 && (uint64_t{1} << k) < n) ++k;
  return (uint64_t{1} << k) == n ? k : -1;
}

// The width a value of this type has in a register: 64 bits for pointers,
// long and long long; 32 for the rest (types narrower than int are held
// widened, sign- or zero-extended as their type says).
inline Width registerWidth(const Type* type) {
  return type && (type->isPointer() || abi::sizeOf(type) == 8) ? Width::Q : Width::L;
}

// An integer conversion that leaves a register as it is: both types are
// held in 32 bits and the value is already right for the target (char to
// int, int to unsigned int), or a pointer becoming another pointer.
inline bool isRegisterNoOp(const Expr* e) {
  if (e->kind != ExprKind::Cast) return false;
  auto* c = static_cast<const CastExpr*>(e);
  if (c->castKind == CastKind::PointerToPointer) return true;
  if (c->castKind != CastKind::Integral) return false;
  return abi::sizeOf(c->type) == 4 && abi::sizeOf(c->operand->type) <= 4;
}

// `e` without the conversions that change nothing in a register.
inline const Expr* throughNoOps(const Expr* e) {
  while (isRegisterNoOp(e)) e = static_cast<const CastExpr*>(e)->operand;
  return e;
}

// Whether `a` and `b` read the same variable, so that one load serves both
// ("x * x" is "movl -4(%rbp), %eax; imull %eax, %eax", as gcc -O0 does it).
// A volatile one is read as often as the source says.
inline bool readSameVariable(const Expr* a, const Expr* b) {
  a = throughNoOps(a);
  b = throughNoOps(b);
  if (a->kind != ExprKind::VarRef || b->kind != ExprKind::VarRef) return false;
  const VarDecl* var = static_cast<const VarRefExpr*>(a)->decl;
  return var && var == static_cast<const VarRefExpr*>(b)->decl && !var->type->isVolatile &&
         !a->type->isVolatile && !b->type->isVolatile;
}

// A string literal or a variable used as a pointer: "printf("%d", ...)" or "f(array)".
inline const Expr* decayedOperand(const Expr* e) {
  e = throughNoOps(e);
  if (e->kind != ExprKind::Cast) return nullptr;
  auto* c = static_cast<const CastExpr*>(e);
  if (c->castKind != CastKind::ArrayToPointer && c->castKind != CastKind::FunctionToPointer)
    return nullptr;
  const Expr* operand = c->operand;
  if (operand->kind == ExprKind::StringLiteral) return operand;
  if (operand->kind == ExprKind::VarRef) return operand;
  return nullptr;
}

// Where expression values are computed: the result register (also the
// return value) and the scratch register for a second operand.
constexpr Reg kAccumulator = abi::kReturnRegister;
constexpr Reg kScratch = Reg::CX;
// Floating values are computed into %xmm0 (also the return register), a
// second operand into %xmm1 (psABI 3.2.1: neither is preserved by calls).
constexpr Reg kFloatingAccumulator = abi::kVectorReturnRegister;
constexpr Reg kFloatingScratch = Reg::XMM1;

// The precision of a floating type as an SSE instruction's width: sd
// (Width::Q) for double, ss (Width::L) for float.
inline Width floatingWidth(const Type* type) {
  return type->unqualified->kind == TypeKind::Float ? Width::L : Width::Q;
}
// Holds the address of a compound assignment's target while the operation
// runs: neither idiv (which takes %rdx) nor a shift (%cl) touches it.
constexpr Reg kTargetAddress = Reg::SI;
// Holds a called function's address: no argument travels in it (psABI 3.2.3).
constexpr Reg kCalleeAddress = Reg::R11;
// Holds a structure argument's address while its eightbytes are loaded
// into argument registers; no argument travels in it either.
constexpr Reg kStructAddress = Reg::R10;

// Registers that hold the parts of a right operand computed without calls
// while the left operand waits in the accumulator. All are caller-saved
// (psABI 3.2.1), and none is live then: argument registers are filled only
// after every argument has been computed.
constexpr Reg kTemporaryRegisters[] = {Reg::CX, Reg::DX, Reg::SI, Reg::DI,
                                       Reg::R8, Reg::R9, Reg::R10, Reg::R11};
constexpr int kTemporaryRegisterCount = 8;

// -O: where the values that would wait on the stack wait instead, the
// first in %r15, the next in %r14 ...: calls leave them alone (psABI 3.2.1),
// no push moves %rsp, and frame layout saves the ones used. Variables take
// the callee-saved registers from the other end (codegen/optimize).
constexpr Reg kHeldTemporaryRegisters[] = {Reg::R15, Reg::R14, Reg::R13};
constexpr int kHeldTemporaryRegisterCount = 3;

class FunctionCodegen {
 public:
  FunctionCodegen(const FunctionDecl& fn, int index, const CodegenOptions& options,
                  StringTable& strings, mach::InstBuffers& buffers)
      : fn_(fn), options_(options), strings_(strings), buffers_(buffers) {
    out_.index = index;
  }

  mach::MachineFunction run();

 private:
  using Label = int;

  // ---- building blocks and instructions
  mach::Inst& emit(Opcode op, Width width);
  mach::Inst& emit(Opcode op, Width width, const Operand& a);
  mach::Inst& emit(Opcode op, Width width, const Operand& a, const Operand& b);
  void emit(Opcode op, Width width, const Operand& a, const Operand& b, const Operand& c);
  void emitExtend(Opcode op, Width from, Width to, const Operand& source, const Operand& dest);
  // -fverbose-asm: a statement's source line goes on its first real instruction.
  mach::Inst& attachPendingSource(mach::Inst& inst);
  Label newLabel() { return nextLabel_++; }
  void placeLabel(Label label);
  void jump(Label label);
  mach::Inst& jumpIf(Cond cond, Label label);
  mach::Block& current() { return out_.blocks.back(); }

  // ---- variables and objects
  Operand address(const VarDecl* var) const;
  void load(const VarDecl* var, Reg into);
  void store(const VarDecl* var, Reg from);
  void loadValue(const Operand& from, const Type* type, Reg into);
  void storeValue(Reg from, const Type* type, const Operand& to);
  void storeConstant(int64_t value, int64_t size, const Operand& to);
  bool heldInRegister(int depth) const;
  int waitingSlot(int depth);
  void pushTemporary();
  void popTemporary(Reg into);
  Operand takeTemporary(Width width);
  // A floating value in %xmm0 waits the same way, as its bits.
  void pushFloating() { waitingIsFloating_ = true; pushTemporary(); }
  void popFloating(Reg into);
  void createFrameSlots();
  // `type` is for -fverbose-asm's frame table, which alone keeps it.
  int newTemporarySlot(int64_t size, int align, std::string_view type, std::string_view name);
  void storeIncomingParameters();

  // ---- floating point (codegen/floating_codegen.cpp)
  void genFloating(const Expr* e);
  void copyVector(const Operand& from, const Operand& to);
  Operand floatingConstantOperand(double value, const Type* type);
  Operand signMask(const Type* type);
  std::optional<Operand> floatingOperand(const Expr* e);
  Operand genFloatingOperands(const Expr* lhs, const Expr* rhs);
  void applyFloatingOperator(BinaryOp op, const Type* type, const Operand& operand);
  void genFloatingCompare(const BinaryExpr* e, bool swapped);
  void genFloatingCondJump(const BinaryExpr* e, bool jumpWhen, Label target);
  void genFloatingTruthJump(const Expr* e, bool jumpWhen, Label target);
  void genFloatingComparisonValue(const BinaryExpr* e);
  void convertToFloating(const Type* from, const Type* to);
  void convertFromFloating(const Type* from, const Type* to);
  void genFloatingAssign(const AssignExpr* e);
  void genFloatingIncDec(const IncDecExpr* e, bool needValue);

  // ---- aggregates (codegen/aggregate_codegen.cpp)
  Operand genAggregate(const Expr* e);
  void copyObject(Operand from, Operand to, int64_t size);
  void callLibrary(std::string_view name);
  void loadEightbyte(Operand from, int64_t bytes, Reg into, Reg scratch);
  void loadEightbytes(const Operand& object, const Reg* registers, int count, int64_t size,
                      Reg scratch);
  void genRecordAssign(const AssignExpr* e, bool needValue);
  void genRecordReturn(const Expr* value);

  // ---- <stdarg.h> (codegen/variadic_codegen.cpp)
  void saveArgumentRegisters();
  void genBuiltin(const BuiltinExpr* e);
  void genVaArg(const BuiltinExpr* e);

  // ---- expressions
  std::optional<Operand> directOperand(const Expr* e, Width width) const;
  std::optional<Operand> fixedPlace(const Expr* e) const;
  bool isSimpleArgument(const Expr* e) const;
  void genExpr(const Expr* e);
  void genEffect(const Expr* e);
  void genConstant(int64_t value, Width width, Reg into);
  Operand genAddress(const Expr* e);
  void genAddressInto(const Expr* e, Reg into);
  void genCast(const CastExpr* e);
  void convertValue(const Type* from, const Type* to);
  Operand genOperands(const Expr* lhs, const Expr* rhs, Width width, bool commutative = false);
  int registersNeeded(const Expr* e) const;
  void genIntoTemporary(const Expr* e, int depth);
  void genMultiply(const Operand& operand, Reg into, Width width);
  bool genMultiplyInPlace(const Expr* lhs, const Expr* rhs, Reg into, Width width);
  void applyOperator(BinaryOp op, const Type* type, Operand operand);
  bool genDivisionByConstant(BinaryOp op, const Type* type, int64_t divisor);
  void genArithmetic(BinaryOp op, const Type* type, const Expr* lhs, const Expr* rhs);
  void genPointerArithmetic(const BinaryExpr* e);
  void scaleIndex(Reg index, int64_t size);
  void genCompare(const Expr* lhs, const Expr* rhs);
  void genLogicalValue(const Expr* e);
  void genCondJump(const Expr* e, bool jumpWhen, Label target);
  void genAssign(const AssignExpr* e, bool needValue);
  void genCompoundAssign(const AssignExpr* e);
  void assignValue(const Operand& place, const Type* type, const Expr* value);
  void genIncDec(const IncDecExpr* e, bool needValue);
  bool genCall(const CallExpr* e, const Operand* into = nullptr, bool intoIsFresh = false);
  void pushStackArgument(const Expr* arg);
  void loadArgument(const Expr* arg, const abi::ArgumentPlace& place);
  mach::Symbol stringSymbol(const StringLiteralExpr* s);

  // ---- statements
  void genStmt(const Stmt* s);
  void genLocalDeclaration(const DeclStmt* s);
  void genLocalInitializer(const VarDecl* var);
  void zeroFill(const Operand& object, int64_t size);
  void genSwitch(const SwitchStmt* s);
  bool genSwitchTable(const SwitchStmt* s, Label otherwise);
  Label userLabel(const LabelStmt* label);
  void annotateSource(const Stmt* s);

  // ---- -g: positions and lexical scopes (codegen/debug_selection.cpp)
  mach::Inst& position(SourceLoc loc, uint32_t column);
  void markFunctionStart();
  void markPosition(SourceLoc loc);
  void markStatement(const Stmt* s);
  void openScope(const Stmt* s);
  void closeScope(const Stmt* s);
  void declareInScope(const VarDecl* var);

  const FunctionDecl& fn_;
  const CodegenOptions& options_;
  StringTable& strings_;
  mach::InstBuffers& buffers_;  // where new blocks get their instruction storage
  mach::MachineFunction out_;

  // Each parameter's and local's slot, sorted by the declaration's address
  // once all are made: a function has a few, and a hash map would allocate
  // for each.
  std::vector<std::pair<const VarDecl*, int>> slotOf_;
  int slotOfVariable(const VarDecl* var) const;
  abi::CallPlan incoming_;      // where the parameters arrived
  int resultAddressSlot_ = -1;  // a MEMORY-class result: the caller's buffer's address
  int registerSaveSlot_ = -1;   // va_start: the argument registers, saved at entry
  Label nextLabel_ = 1;  // .LBB<n>_0 would be the entry block, which has no label
  uint32_t annotatedLine_ = 0;  // the last source line written as a comment
  std::string_view pendingSource_;  // -fverbose-asm: for the next instruction's line
  Label returnLabel_ = 0;
  int pushedBytes_ = 0;       // bytes pushed below the frame right now
  int waitingTemporaries_ = 0;  // values pushTemporary() has put aside and not yet taken back
  bool waitingIsFloating_ = false;  // pushTemporary: the value is %xmm0's
  std::vector<int> waitingSlots_;   // the frame slot for each depth of waiting
  std::unordered_map<const Stmt*, Label> breakLabels_, continueLabels_, caseLabels_;
  std::unordered_map<const LabelStmt*, Label> userLabels_;
  int scope_ = 0;              // -g: the LexicalScope being selected
  bool prologueEnded_ = false; // -g: the body's first position is marked
};

}  // namespace codegen_detail
}  // namespace minicc
