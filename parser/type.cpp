#include "parser/type.h"

namespace minicc {

std::string Type::str() const {
  switch (kind) {
    case TypeKind::Void: return "void";
    case TypeKind::Char: return "char";
    case TypeKind::Int: return "int";
    case TypeKind::Pointer: {
      std::string inner = base->str();
      return inner + (inner.back() == '*' ? "*" : " *");
    }
    case TypeKind::Function: {
      std::string s = base->str() + " (";
      for (size_t i = 0; i < params.size(); ++i) s += (i ? ", " : "") + params[i]->str();
      if (variadic) s += params.empty() ? "..." : ", ...";
      if (params.empty() && !variadic && prototyped) s += "void";
      return s + ")";
    }
  }
  return "?";
}

bool sameType(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Pointer: return sameType(a->base, b->base);
    case TypeKind::Function:
      if (!sameType(a->base, b->base)) return false;
      if (!a->prototyped || !b->prototyped) return true;  // "int f();" fits any
      if (a->variadic != b->variadic || a->params.size() != b->params.size()) return false;
      for (size_t i = 0; i < a->params.size(); ++i)
        if (!sameType(a->params[i], b->params[i])) return false;
      return true;
    default: return true;
  }
}

TypeContext::TypeContext()
    : void_(make(TypeKind::Void)), char_(make(TypeKind::Char)), int_(make(TypeKind::Int)) {}

Type* TypeContext::make(TypeKind kind) {
  types_.emplace_back();
  types_.back().kind = kind;
  return &types_.back();
}

const Type* TypeContext::pointerTo(const Type* base) {
  Type* t = make(TypeKind::Pointer);
  t->base = base;
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

}  // namespace minicc
