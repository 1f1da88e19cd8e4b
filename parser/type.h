// C types, as far as minicc's language goes: int and char values, void,
// pointers (8 bytes, for strings and argv) and function types.
#pragma once

#include <deque>
#include <string>
#include <vector>

namespace minicc {

enum class TypeKind { Void, Char, Int, Pointer, Function };

struct Type {
  TypeKind kind = TypeKind::Int;
  const Type* base = nullptr;          // the pointee, or a function's return type
  std::vector<const Type*> params;     // a function's parameter types
  bool variadic = false;               // a function ending in "..."
  bool prototyped = true;              // false for "int f();": any arguments

  bool isVoid() const { return kind == TypeKind::Void; }
  bool isInteger() const { return kind == TypeKind::Int || kind == TypeKind::Char; }
  bool isPointer() const { return kind == TypeKind::Pointer; }
  bool isFunction() const { return kind == TypeKind::Function; }
  bool isScalar() const { return isInteger() || isPointer(); }
  // As clang spells it in diagnostics: "int", "char *", "int (int, char *)".
  std::string str() const;
};

bool sameType(const Type* a, const Type* b);

// Makes and owns types. Basic types are shared; derived ones are made anew.
class TypeContext {
 public:
  TypeContext();
  const Type* voidType() const { return void_; }
  const Type* charType() const { return char_; }
  const Type* intType() const { return int_; }
  const Type* pointerTo(const Type* base);
  const Type* function(const Type* result, std::vector<const Type*> params,
                       bool variadic, bool prototyped);

 private:
  Type* make(TypeKind kind);
  std::deque<Type> types_;
  const Type* void_;
  const Type* char_;
  const Type* int_;
};

}  // namespace minicc
