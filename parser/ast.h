// The abstract syntax tree.
//
// The parser builds it; sema fills in the fields marked "sema:" (types,
// resolved declarations, constant values, each function's locals); codegen
// only reads.
// Every node records where it was written, for diagnostics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "parser/type.h"
#include "support/source.h"

namespace minicc {

// Nodes have no virtual destructor: AstContext destroys each by its own
// type, and only those with members that own memory (see make()).
struct Node {
  explicit Node(SourceLoc l) : loc(l) {}
  SourceLoc loc;
};

// ---------------------------------------------------------------- declarations

enum class DeclKind { Variable, Function, Typedef, EnumConstant, Tag };
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

// One scalar of an initialiser, placed: what sema makes of "= {1, {2, 3}}"
// or "= \"abc\"" — the bytes at `offset` of the object get `value`, of `type`.
// A char array initialised by a string has one element whose value is the
// StringLiteralExpr and whose type is the array's.
struct InitElement {
  int64_t offset = 0;
  const Type* type = nullptr;
  Expr* value = nullptr;
};

struct StringLiteralExpr;

// A constant an object with static storage starts with: a number, the
// address of a symbol (a string literal, a variable, a function) plus an
// offset, or a string literal's bytes (for a char array).
struct StaticValue {
  int64_t value = 0;   // the number (a float's or double's bits), or the offset from the symbol
  const StringLiteralExpr* string = nullptr;  // the address of this literal, or its bytes
  const Decl* symbol = nullptr;               // the address of this variable or function
  bool stringBytes = false;                   // the literal's bytes, not its address
};

struct VarDecl : Decl {
  VarDecl(SourceLoc l, std::string_view n, const Type* t)
      : Decl(DeclKind::Variable, l, n, t) {}
  Expr* init = nullptr;         // an expression, or an InitListExpr
  VarPlace place = VarPlace::Local;

  // sema:
  std::string symbol;           // Global/StaticLocal: the assembler name, before any '_'
  // The initialiser, checked and flattened into scalars; the bytes that no
  // element covers are zero (C17 6.7.9p21). A scalar has one element.
  std::vector<InitElement> initElements;
  // Global/StaticLocal: each element's folded value. On the canonical
  // declaration: those of whichever declaration has the initialiser.
  std::vector<StaticValue> staticValues;
  bool initialized = false;     // Global/StaticLocal, on the canonical: it has an initialiser
  bool isDefinition = false;    // Global: this declaration allocates storage
  VarDecl* canonical = this;    // Global: the first declaration, whose storage all share
  bool used = false;            // read or written somewhere (for -Wunused-variable)
};

// A place in an AstContext's arena: the nodes made after it can go together.
struct ArenaMark {
  size_t chunks = 0;  // chunks in use
  size_t used = 0;    // bytes used in the last of them
  size_t owners = 0;  // nodes with destructors
};

struct FunctionDecl : Decl {
  FunctionDecl(SourceLoc l, std::string_view n, const Type* t)
      : Decl(DeclKind::Function, l, n, t) {}
  std::vector<VarDecl*> params;
  CompoundStmt* body = nullptr;  // null for a declaration (and once the body is released)
  ArenaMark bodyStart;           // the parser: where the body's nodes begin in the arena

  // sema:
  FunctionDecl* canonical = this;   // the first declaration of this function
  FunctionDecl* definition = nullptr;  // on the canonical one: the declaration with a body
  bool called = false;              // on the canonical one: some call refers to it
  bool implicit = false;            // made up for a call to an undeclared function
  std::vector<VarDecl*> locals;     // block-scope automatic variables, in order of appearance
  std::vector<VarDecl*> staticLocals;
  bool mayFallOffEnd = true;        // control can reach the closing brace
  bool usesVaStart = false;         // a variadic function that reads its arguments
};

// "typedef int T;": T names a type from here to the end of its scope.
struct TypedefDecl : Decl {
  TypedefDecl(SourceLoc l, std::string_view n, const Type* t) : Decl(DeclKind::Typedef, l, n, t) {}
};

// An enumeration constant, "B" in "enum e { A, B = 5 };" (C17 6.7.2.2).
struct EnumConstantDecl : Decl {
  EnumConstantDecl(SourceLoc l, std::string_view n, const Type* t, Expr* v)
      : Decl(DeclKind::EnumConstant, l, n, t), valueExpr(v) {}
  Expr* valueExpr;    // null: one more than the previous constant
  const Type* enumeration = nullptr;  // the enum it belongs to
  int64_t value = 0;  // sema
};

// The definition of a struct or union, "struct point { int x, y; }", where
// it stands among the declarations: sema lays the record out there, so a
// use before it finds the type incomplete (C17 6.7.2.3p4). Its name is the
// tag (empty for an anonymous record).
struct TagDecl : Decl {
  TagDecl(SourceLoc l, std::string_view n, const Type* t) : Decl(DeclKind::Tag, l, n, t) {}
  // In a type name (a cast, sizeof, a parameter) rather than a declaration
  // list: sema lays it out when it first needs it.
  bool inTypeName = false;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  IntLiteral, FloatLiteral, StringLiteral, VarRef, Unary, Binary, Assign, IncDec, Conditional, Call,
  Cast, Subscript, SizeOf, InitList, Member, Builtin
};

// The small fields come last, where they share one word: 64 bytes an
// expression, not 80 (a large file has a million of them).
struct Expr : Node {
  Expr(ExprKind k, SourceLoc l) : Node(l), begin(l), kind(k) {}
  // `loc` is the expression's main token (the operator of a binary
  // expression, as in clang); `begin` is where its text starts.
  SourceLoc begin;

  // sema:
  const Type* type = nullptr;
  // The value, when it is an integer constant expression, converted to
  // `type` and normalised as sema/constant_folding.h says (an unsigned long
  // above 2^63 reads negative here).
  std::optional<int64_t> constant;

  ExprKind kind;
  bool parenthesized = false;   // written inside ( ), for -Wparentheses
  bool isLvalue = false;        // sema: designates an object (C17 6.3.2.1)
  // sema: an arithmetic constant expression of floating type (C17 6.6p8),
  // whose value floatingValue() (sema/constant_folding.h) computes.
  bool floatingConstant = false;
  unsigned length = 1;          // columns the main token spans
};

struct IntLiteralExpr : Expr {
  IntLiteralExpr(SourceLoc l, uint64_t v) : Expr(ExprKind::IntLiteral, l), value(v) {}
  uint64_t value;
  bool decimal = true;      // decimal literals never take an unsigned type unasked
  bool unsignedSuffix = false;
  bool isCharacter = false; // 'a': an int, whatever its value
  bool tooLarge = false;    // wider than 64 bits: reported by the parser
  int longSuffix = 0;       // 0, 1 ("l") or 2 ("ll")
};

// "1.5", "1e-3f", "0x1p3": a double, or a float with the suffix f.
struct FloatLiteralExpr : Expr {
  FloatLiteralExpr(SourceLoc l, double v, bool f) : Expr(ExprKind::FloatLiteral, l), value(v), isFloat(f) {}
  double value;   // already rounded to float when isFloat
  bool isFloat;
};

struct StringLiteralExpr : Expr {
  StringLiteralExpr(SourceLoc l, std::string b)
      : Expr(ExprKind::StringLiteral, l), bytes(std::move(b)) {}
  std::string bytes;  // without the terminating NUL
};

// A name used as a value: a variable, a function or an enumeration constant.
struct VarRefExpr : Expr {
  VarRefExpr(SourceLoc l, std::string_view n) : Expr(ExprKind::VarRef, l), name(n) {}
  std::string_view name;
  VarDecl* decl = nullptr;            // sema: the variable, or
  FunctionDecl* function = nullptr;   // the function it names
};

enum class UnaryOp { Negate, Plus, LogicalNot, BitNot, AddressOf, Deref };

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
  // sema, for "a op= b": the type the operation is done in (a's type is
  // converted to it and back); null for = and pointer += n.
  const Type* operationType = nullptr;
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
  CallExpr(SourceLoc l, Expr* c, std::vector<Expr*> a)
      : Expr(ExprKind::Call, l), calleeExpr(c), args(std::move(a)) {}
  Expr* calleeExpr;                // a name, or any expression of function pointer type
  std::vector<Expr*> args;
  SourceLoc lparenLoc;             // the opening parenthesis
  SourceLoc rparenLoc;             // the closing parenthesis
  FunctionDecl* callee = nullptr;  // sema: the function, for a call by its name
  const Type* functionType = nullptr;  // sema: the called function's type
};

// Conversions (C17 6.3): explicit casts, and those sema makes implicit, as
// clang's ImplicitCastExpr does, so that every operator sees operands of the
// types it works on.
enum class CastKind {
  Integral,          // between integer types (the value converted, C17 6.3.1.3)
  ArrayToPointer,    // an array used as a value: its first element's address
  FunctionToPointer, // a function used as a value: its address
  NullToPointer,     // a null pointer constant
  IntegerToPointer,
  PointerToInteger,
  PointerToPointer,  // the bits stay
  ToVoid,            // "(void)x": the value is discarded
  IntegralToFloating,  // C17 6.3.1.4p2: rounded as the current mode says (to nearest)
  FloatingToIntegral,  // C17 6.3.1.4p1: truncated toward zero
  FloatingCast,        // float to double (exact) or double to float (rounded)
};

struct CastExpr : Expr {
  CastExpr(SourceLoc l, Expr* e, const Type* to) : Expr(ExprKind::Cast, l), operand(e), target(to) {}
  Expr* operand;
  const Type* target;
  bool implicit = false;
  CastKind castKind = CastKind::Integral;  // sema
};

// "a[i]", which C defines as "*(a + i)" (C17 6.5.2.1).
struct SubscriptExpr : Expr {
  SubscriptExpr(SourceLoc l, Expr* b, Expr* i) : Expr(ExprKind::Subscript, l), base(b), index(i) {}
  Expr* base;
  Expr* index;
  SourceLoc rbracketLoc;
  // sema: the operand that is the pointer and the one that is the index
  // ("i[a]" is allowed and means a[i]).
  Expr* pointer = nullptr;
  Expr* offset = nullptr;
};

// sizeof and _Alignof of a type or an expression; always an integer constant.
struct SizeOfExpr : Expr {
  SizeOfExpr(SourceLoc l, bool align) : Expr(ExprKind::SizeOf, l), isAlignof(align) {}
  bool isAlignof;
  const Type* operandType = nullptr;  // "sizeof(int)", or
  Expr* operand = nullptr;            // "sizeof x": not evaluated
};

// A braced initialiser: "{1, [3] = 4, {5, 6}, .x = 7}" (C17 6.7.9).
struct InitListExpr : Expr {
  explicit InitListExpr(SourceLoc l) : Expr(ExprKind::InitList, l) {}
  // One step of a designation: "[index]" or ".member".
  struct Step {
    Expr* index = nullptr;
    std::string_view member;
    SourceLoc loc;
  };
  struct Item {
    // The designation's first step: "[index]", ".member", or neither.
    Expr* designator = nullptr;
    std::string_view member;
    SourceLoc designatorLoc;
    std::vector<Step> rest;      // the steps after it: ".a[2].b ="
    Expr* value = nullptr;       // an expression or another InitListExpr
    bool designated() const { return designator || !member.empty(); }
  };
  std::vector<Item> items;
  SourceLoc closeLoc;
};

// "s.m", or "p->m" (arrow), C17 6.5.2.3.
struct MemberExpr : Expr {
  MemberExpr(SourceLoc l, Expr* b, std::string_view m, bool a)
      : Expr(ExprKind::Member, l), base(b), member(m), arrow(a) {}
  Expr* base;
  std::string_view member;
  bool arrow;
  SourceLoc memberLoc;
  int64_t offset = 0;  // sema: the member's offset in the record
};

// The compiler's own operations behind <stdarg.h> and <stddef.h>'s offsetof:
// __builtin_va_start(ap, last), __builtin_va_arg(ap, type),
// __builtin_va_end(ap), __builtin_va_copy(dest, src) and
// __builtin_offsetof(type, member.member[2]).
enum class BuiltinKind { VaStart, VaArg, VaEnd, VaCopy, Offsetof };

// The name a user writes for it: "va_arg", "offsetof".
std::string_view builtinSpelling(BuiltinKind kind);

struct BuiltinExpr : Expr {
  BuiltinExpr(SourceLoc l, BuiltinKind k) : Expr(ExprKind::Builtin, l), builtin(k) {}
  BuiltinKind builtin;
  std::vector<Expr*> args;
  const Type* typeOperand = nullptr;  // va_arg's and offsetof's type
  SourceLoc typeLoc;                  // where that type is written
  // offsetof: the member designator, ".a.b[2]" as names and indexes.
  struct Step {
    std::string_view member;  // or
    Expr* index = nullptr;
    SourceLoc loc;
  };
  std::vector<Step> designator;
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
  int64_t caseValue = 0;  // sema
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
// Nodes live in arenas: big chunks cut up in order, so that making a node
// is a bump of a pointer and the whole tree goes at once (one free per chunk,
// not one per node: freeing a million small blocks one by one was a fifth
// of minicc's time). A node whose members own memory (a vector, a string)
// is also remembered with its destructor; the others, most of a tree, need
// nothing when the tree goes. The nodes made after a mark can also go
// early (a function's body once its code is printed), their chunks kept
// for the nodes that come next; nodes made while a LastingNodes lives are
// kept to the end.
class AstContext {
  class Arena;

 public:
  AstContext() = default;
  AstContext(const AstContext&) = delete;
  AstContext& operator=(const AstContext&) = delete;

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(alignof(T) <= Arena::kAlign, "the arena's chunks align to max_align_t");
    T* node = new (current_->allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>)
      current_->remember(node, [](void* n) { static_cast<T*>(n)->~T(); });
    return node;
  }
  TypeContext& types() { return types_; }

  ArenaMark mark() const { return nodes_.mark(); }
  // Destroys every node made since `mark` (but the lasting ones); the next
  // nodes reuse their memory.
  void releaseSince(const ArenaMark& mark) { nodes_.releaseSince(mark); }

  // While one lives, new nodes are never released: a static local's, say,
  // whose data is written at the end of the file, after its function went.
  class LastingNodes {
   public:
    explicit LastingNodes(AstContext& ast) : ast_(ast), before_(ast.current_) {
      ast.current_ = &ast.lasting_;
    }
    ~LastingNodes() { ast_.current_ = before_; }
    LastingNodes(const LastingNodes&) = delete;
    LastingNodes& operator=(const LastingNodes&) = delete;

   private:
    AstContext& ast_;
    Arena* before_;
  };

 private:
  class Arena {
   public:
    static constexpr size_t kAlign = alignof(std::max_align_t);
    static constexpr size_t kChunkSize = 256 * 1024;

    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena() { destroyOwnersFrom(0); }

    void* allocate(size_t size, size_t align) {
      size_t skip = (align - reinterpret_cast<uintptr_t>(next_) % align) % align;
      if (skip + size > left_) {
        startChunk(size);
        skip = 0;
      }
      void* at = next_ + skip;
      next_ += skip + size;
      left_ -= skip + size;
      return at;
    }
    void remember(void* node, void (*destroy)(void*)) { owners_.push_back({node, destroy}); }
    ArenaMark mark() const {
      return {inUse_, inUse_ ? chunks_[inUse_ - 1].size - left_ : 0, owners_.size()};
    }
    void releaseSince(const ArenaMark& mark);

   private:
    void startChunk(size_t size);  // the next chunk, with room for `size` bytes
    void destroyOwnersFrom(size_t first);

    struct Chunk {
      std::unique_ptr<std::max_align_t[]> memory;
      size_t size;
      char* start() const { return reinterpret_cast<char*>(memory.get()); }
    };
    struct Owner {
      void* node;
      void (*destroy)(void*);
    };
    std::vector<Chunk> chunks_;  // the first inUse_ hold nodes; the rest are spare
    size_t inUse_ = 0;
    char* next_ = nullptr;
    size_t left_ = 0;
    std::vector<Owner> owners_;
  };

  Arena nodes_;
  Arena lasting_;
  Arena* current_ = &nodes_;
  TypeContext types_;
};

// Once a function's code is printed: its body's nodes go (those sema made
// for it too), and the declaration keeps what later code may ask of it.
void releaseBody(FunctionDecl& fn, AstContext& ast);

}  // namespace minicc
