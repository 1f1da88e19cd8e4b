// Types as declarations write them: an array's length is an expression
// until sema folds it (C17 6.7.6.2: an integer constant expression greater
// than zero; minicc has no variable length arrays).
#include <algorithm>

#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

const Type* Sema::resolveType(const Type* type, SourceLoc at, std::string_view name) {
  switch (type->kind) {
    case TypeKind::Pointer:
      resolveType(type->base, at, name);
      return type;
    case TypeKind::Function:
      resolveType(type->base, at, name);
      for (const Type* param : type->params) resolveType(param, at);
      return type;
    case TypeKind::Array: {
      resolveType(type->base, at, name);
      Expr* length = type->lengthExpr;
      if (!length) return type;
      types_.setLengthExpression(type, nullptr);  // once, however often the type is met
      Expr* size = value(length);
      int64_t n = 1;  // after an error: a length that lets the rest be checked
      if (!size->type->isInteger()) {
        diags_.error(size->begin, "size of array has non-integer type '" + size->type->str() + "'",
                     size->length);
      } else if (!size->constant) {
        if (!function_)
          diags_.error(at, "variable length array declaration not allowed at file scope",
                       static_cast<unsigned>(std::max<size_t>(name.size(), 1)));
        else
          diags_.error(size->begin, "variable length arrays are not supported by minicc: the "
                                    "size must be an integer constant expression", size->length);
      } else if (*size->constant < 0 && size->type->isSigned()) {
        diags_.error(size->begin, name.empty() ? std::string("array size is negative")
                                               : "'" + std::string(name) +
                                                     "' declared as an array with a negative size",
                     size->length);
      } else {
        n = *size->constant;
      }
      types_.setLength(type, n);
      return type;
    }
    case TypeKind::Struct:
    case TypeKind::Union: {
      // One defined in a type name ("sizeof(struct { int a; })") is laid
      // out when first met; the others where their definition stands.
      TagDecl* definition = type->record->definition;
      if (definition && definition->inTypeName) tagDefinition(definition);
      return type;
    }
    default:
      return type;
  }
}

}  // namespace sema_detail
}  // namespace minicc
