// C's types, as far as minicc's language goes (C17 6.2.5): void, the
// integer types of every width and sign, float and double, enumerations,
// pointers, arrays, functions, structures and unions, each possibly const- or
// volatile-qualified.
//
// Types are made and owned by a TypeContext. The unqualified basic types are
// shared, so they compare by pointer; derived and qualified types are made
// anew and compare with sameType. Sizes and alignments are the target's:
// they live in codegen/abi.h, not here.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace minicc {

struct Expr;

enum class TypeKind {
  Void,
  // The integer types, in order of conversion rank (C17 6.3.1.1), each
  // signed one before its unsigned partner; plain char is a third type.
  Char, SChar, UChar, Short, UShort, Int, UInt, Long, ULong, LongLong, ULongLong,
  // The real floating types (C17 6.2.5p10): IEEE binary32 and binary64
  // (psABI 3.1.2). long double is not in minicc's language.
  Float, Double,
  Enum,      // an enumeration: compatible with int, which holds its values
  Pointer,
  Array,
  Function,
  Struct,
  Union,
};

struct Type;
struct TagDecl;

// A member of a structure or union, placed by sema (codegen/abi.h lays it
// out). An anonymous struct or union member (C17 6.7.2.1p13) has no name:
// its own members are found through it.
struct Member {
  std::string_view name;
  const Type* type = nullptr;
  SourceLoc loc;
  int64_t offset = 0;  // sema: bytes from the start of the record
};

// What a struct or union tag stands for. Every type that names the record
// (qualified, typedef-named) points at the one Record, so that completing
// it later (C17 6.7.2.3: "struct s;" then "struct s { ... };") completes
// them all.
struct Record {
  std::string_view tag;        // empty for an anonymous one
  bool isUnion = false;
  SourceLoc loc;               // where its tag (or its "struct") was written
  TagDecl* definition = nullptr;  // the parser: the body's declaration, once seen
  std::vector<Member> members;
  // sema, when it reaches the definition:
  bool complete = false;
  int64_t size = 0;
  int align = 1;
};
struct Type {
  TypeKind kind = TypeKind::Int;
  const Type* base = nullptr;          // pointee, element, or a function's return type
  std::vector<const Type*> params;     // a function's parameter types
  bool variadic = false;               // a function ending in "..."
  bool prototyped = true;              // false for "int f();": any arguments
  int64_t length = -1;                 // an array's element count; -1: not given ("int a[]")
  Expr* lengthExpr = nullptr;          // the length as written; sema folds it into `length`
  bool isConst = false;
  bool isVolatile = false;
  std::string_view tag;                // an enum's tag, if it has one
  Record* record = nullptr;            // a struct's or union's members and layout
  std::vector<std::pair<std::string_view, int64_t>> enumerators;  // an enum's constants (sema)
  const Type* unqualified = this;      // the same type without const/volatile (or typedef name)
  // A type named by a typedef ("size_t") is a copy of the type it names,
  // which it keeps here with the name, for the debug information; the
  // language treats the two as one type.
  std::string_view typedefName;
  const Type* aliased = nullptr;

  bool isVoid() const { return kind == TypeKind::Void; }
  bool isInteger() const {
    return (kind >= TypeKind::Char && kind <= TypeKind::ULongLong) || kind == TypeKind::Enum;
  }
  bool isFloating() const { return kind == TypeKind::Float || kind == TypeKind::Double; }
  bool isUnsigned() const;
  bool isSigned() const { return isInteger() && !isUnsigned(); }
  bool isPointer() const { return kind == TypeKind::Pointer; }
  bool isArray() const { return kind == TypeKind::Array; }
  bool isFunction() const { return kind == TypeKind::Function; }
  bool isRecord() const { return kind == TypeKind::Struct || kind == TypeKind::Union; }
  // Arrays and records: held in memory and used by their address in code.
  bool isAggregate() const { return isArray() || isRecord(); }
  bool isArithmetic() const { return isInteger() || isFloating(); }
  bool isScalar() const { return isArithmetic() || isPointer(); }
  bool isQualified() const { return isConst || isVolatile; }
  // An object type whose size is not known: void, an array of unknown
  // length, or a struct or union whose definition has not been seen.
  bool isIncomplete() const {
    return isVoid() || (isArray() && length < 0) || (isRecord() && !record->complete);
  }
  // Conversion rank (C17 6.3.1.1p1): char 1, short 2, int 3, long 4, long long 5.
  // Inline: sema ranks both operands of every arithmetic operator.
  int rank() const {
    switch (kind) {
      case TypeKind::Char: case TypeKind::SChar: case TypeKind::UChar: return 1;
      case TypeKind::Short: case TypeKind::UShort: return 2;
      case TypeKind::Int: case TypeKind::UInt: case TypeKind::Enum: return 3;
      case TypeKind::Long: case TypeKind::ULong: return 4;
      case TypeKind::LongLong: case TypeKind::ULongLong: return 5;
      default: return 0;
    }
  }
  // As clang spells it in diagnostics: "unsigned long", "char *", "int (*)(int)",
  // "const char *", "int[3]".
  std::string str() const;
  // A declaration of `name` with this type, as C writes it: "int (*fp)(int)".
  std::string declare(std::string_view name) const;
};

// Compatible types (C17 6.2.7), ignoring top-level qualifiers: "int f();"
// fits any prototype, "int a[]" fits "int a[3]".
bool sameType(const Type* a, const Type* b);

// Makes and owns types. Basic types are shared; derived ones are made anew.
class TypeContext {
 public:
  TypeContext();
  const Type* voidType() const { return basic_[0]; }
  const Type* charType() const { return basic(TypeKind::Char); }
  const Type* intType() const { return basic(TypeKind::Int); }
  const Type* doubleType() const { return basic(TypeKind::Double); }
  const Type* basic(TypeKind kind) const { return basic_[static_cast<int>(kind)]; }
  const Type* pointerTo(const Type* base);
  const Type* arrayOf(const Type* element, int64_t length);
  const Type* function(const Type* result, std::vector<const Type*> params,
                       bool variadic, bool prototyped);
  const Type* enumeration(std::string_view tag);
  // A new struct or union type, incomplete until sema meets its definition.
  const Type* record(bool isUnion, std::string_view tag, SourceLoc loc);
  // An array's length: as the parser found it, then as sema computes it.
  void setLengthExpression(const Type* array, Expr* length) {
    const_cast<Type*>(array)->lengthExpr = length;
  }
  void setLength(const Type* array, int64_t length) { const_cast<Type*>(array)->length = length; }
  void addEnumerator(const Type* enumeration, std::string_view name, int64_t value) {
    const_cast<Type*>(enumeration)->enumerators.emplace_back(name, value);
  }
  // `type` as the typedef `name` names it.
  const Type* named(const Type* type, std::string_view name);
  // `type` with these qualifiers added (C17 6.7.3); an array's go on its elements.
  const Type* qualified(const Type* type, bool isConst, bool isVolatile);
  // size_t and ptrdiff_t on x86-64 (unsigned long, long).
  const Type* sizeType() const { return basic(TypeKind::ULong); }
  const Type* ptrdiffType() const { return basic(TypeKind::Long); }

 private:
  Type* make(TypeKind kind);
  std::deque<Type> types_;
  std::deque<Record> records_;
  const Type* basic_[static_cast<int>(TypeKind::Enum)] = {};
};

}  // namespace minicc
