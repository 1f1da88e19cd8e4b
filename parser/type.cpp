#include "parser/type.h"

namespace minicc {

bool Type::isUnsigned() const {
  switch (kind) {
    case TypeKind::UChar: case TypeKind::UShort: case TypeKind::UInt: case TypeKind::ULong:
    case TypeKind::ULongLong:
      return true;
    default:
      return false;  // plain char is signed on x86-64 (psABI 3.1.2)
  }
}


namespace {

std::string_view basicName(TypeKind kind) {
  switch (kind) {
    case TypeKind::Void: return "void";
    case TypeKind::Char: return "char";
    case TypeKind::SChar: return "signed char";
    case TypeKind::UChar: return "unsigned char";
    case TypeKind::Short: return "short";
    case TypeKind::UShort: return "unsigned short";
    case TypeKind::Int: return "int";
    case TypeKind::UInt: return "unsigned int";
    case TypeKind::Long: return "long";
    case TypeKind::ULong: return "unsigned long";
    case TypeKind::LongLong: return "long long";
    case TypeKind::ULongLong: return "unsigned long long";
    case TypeKind::Float: return "float";
    case TypeKind::Double: return "double";
    default: return "";
  }
}

std::string qualifiers(const Type* t) {
  std::string s;
  if (t->isConst) s += "const";
  if (t->isVolatile) s += s.empty() ? "volatile" : " volatile";
  return s;
}

// "struct point", or as clang names an anonymous one:
// "struct (unnamed struct at file.c:3:5)".
std::string recordName(const Record* r) {
  std::string keyword = r->isUnion ? "union" : "struct";
  if (!r->tag.empty()) return keyword + " " + std::string(r->tag);
  std::string where = r->loc.file ? r->loc.file->name() + ":" + std::to_string(r->loc.line) + ":" +
                                        std::to_string(r->loc.col)
                                  : "?";
  return keyword + " (unnamed " + keyword + " at " + where + ")";
}

// C's declarator syntax inside out: `inner` is what the type applies to
// so far ("*", "(*)[3]"), as clang prints "int (*)(int)" or "char *const".
std::string spell(const Type* t, const std::string& inner) {
  switch (t->kind) {
    case TypeKind::Pointer: {
      std::string q = qualifiers(t);
      std::string ptr = "*" + (q.empty() ? "" : q + (inner.empty() ? "" : " ")) + inner;
      if (t->base->isArray() || t->base->isFunction()) ptr = "(" + ptr + ")";
      return spell(t->base, ptr);
    }
    case TypeKind::Array:
      return spell(t->base, inner + "[" + (t->length >= 0 ? std::to_string(t->length) : "") + "]");
    case TypeKind::Function: {
      std::string params;
      for (size_t i = 0; i < t->params.size(); ++i) params += (i ? ", " : "") + t->params[i]->str();
      if (t->variadic) params += t->params.empty() ? "..." : ", ...";
      if (t->params.empty() && !t->variadic && t->prototyped) params += "void";
      return spell(t->base, inner + "(" + params + ")");
    }
    default: {
      std::string q = qualifiers(t);
      std::string name = t->kind == TypeKind::Enum ? "enum " + (t->tag.empty() ? std::string("(anonymous)")
                                                                              : std::string(t->tag))
                         : t->isRecord() ? recordName(t->record)
                                         : std::string(basicName(t->kind));
      std::string s = q.empty() ? name : q + " " + name;
      if (inner.empty()) return s;
      return s + (inner[0] == '[' ? "" : " ") + inner;
    }
  }
}

}  // namespace

std::string Type::str() const { return spell(this, ""); }

std::string Type::declare(std::string_view name) const { return spell(this, std::string(name)); }

bool sameType(const Type* a, const Type* b) {
  if (a == b) return true;
  a = a->unqualified;
  b = b->unqualified;
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Pointer:
      // Pointees must agree in their qualifiers too (C17 6.7.6.1p2).
      return a->base->isConst == b->base->isConst && a->base->isVolatile == b->base->isVolatile &&
             sameType(a->base, b->base);
    case TypeKind::Array:
      return (a->length < 0 || b->length < 0 || a->length == b->length) && sameType(a->base, b->base);
    case TypeKind::Function:
      if (!sameType(a->base, b->base)) return false;
      if (!a->prototyped || !b->prototyped) return true;  // "int f();" fits any
      if (a->variadic != b->variadic || a->params.size() != b->params.size()) return false;
      for (size_t i = 0; i < a->params.size(); ++i)
        if (!sameType(a->params[i], b->params[i])) return false;
      return true;
    case TypeKind::Enum:
      return false;  // two distinct enumerations (the same one is the same object)
    case TypeKind::Struct:
    case TypeKind::Union:
      return a->record == b->record;  // each definition is a type of its own (C17 6.7.2.3p5)
    default:
      return true;
  }
}

TypeContext::TypeContext() {
  for (int k = 0; k < static_cast<int>(TypeKind::Enum); ++k) basic_[k] = make(static_cast<TypeKind>(k));
}

Type* TypeContext::make(TypeKind kind) {
  types_.emplace_back();
  Type* t = &types_.back();
  t->kind = kind;
  t->unqualified = t;
  return t;
}

const Type* TypeContext::pointerTo(const Type* base) {
  Type* t = make(TypeKind::Pointer);
  t->base = base;
  return t;
}

const Type* TypeContext::arrayOf(const Type* element, int64_t length) {
  Type* t = make(TypeKind::Array);
  t->base = element;
  t->length = length;
  return t;
}

const Type* TypeContext::function(const Type* result, std::vector<const Type*> params,
                                  bool variadic, bool prototyped) {
  Type* t = make(TypeKind::Function);
  t->base = result;
  t->params = std::move(params);
  t->variadic = variadic;
  t->prototyped = prototyped;
  return t;
}

const Type* TypeContext::enumeration(std::string_view tag) {
  Type* t = make(TypeKind::Enum);
  t->tag = tag;
  return t;
}

const Type* TypeContext::record(bool isUnion, std::string_view tag, SourceLoc loc) {
  Type* t = make(isUnion ? TypeKind::Union : TypeKind::Struct);
  records_.emplace_back();
  t->record = &records_.back();
  t->record->isUnion = isUnion;
  t->record->tag = tag;
  t->record->loc = loc;
  return t;
}

const Type* TypeContext::named(const Type* type, std::string_view name) {
  Type* t = make(type->kind);
  *t = *type;
  t->unqualified = type->unqualified;
  t->typedefName = name;
  t->aliased = type;
  return t;
}

const Type* TypeContext::qualified(const Type* type, bool isConst, bool isVolatile) {
  isConst = isConst || type->isConst;
  isVolatile = isVolatile || type->isVolatile;
  if (isConst == type->isConst && isVolatile == type->isVolatile) return type;
  if (type->isArray())  // C17 6.7.3p10: the qualifiers belong to the elements
    return arrayOf(qualified(type->base, isConst, isVolatile), type->length);
  Type* t = make(type->kind);
  *t = *type->unqualified;
  t->isConst = isConst;
  t->isVolatile = isVolatile;
  t->unqualified = type->unqualified;
  return t;
}

}  // namespace minicc
