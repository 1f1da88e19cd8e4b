// Types as declarations write them: an array's length is an expression
// until sema folds it (C17 6.7.6.2: an integer constant expression greater
// than zero; minicc has no variable length arrays).
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

const Type* Sema::resolveType(const Type* type, SourceLoc at) {
  switch (type->kind) {
    case TypeKind::Pointer:
      resolveType(type->base, at);
      return type;
    case TypeKind::Function:
      resolveType(type->base, at);
      for (const Type* param : type->params) resolveType(param, at);
      return type;
    case TypeKind::Array: {
      resolveType(type->base, at);
      Expr* length = type->lengthExpr;
      if (!length) return type;
      types_.setLengthExpression(type, nullptr);  // once, however often the type is met
      Expr* size = value(length);
      int64_t n = 1;  // after an error: a length that lets the rest be checked
      if (!size->type->isInteger()) {
        diags_.error(size->begin, "size of array has non-integer type '" + size->type->str() + "'",
                     size->length);
      } else if (!size->constant) {
        diags_.error(size->begin, "variable length arrays are not supported by minicc: the size "
                                  "must be an integer constant expression", size->length);
      } else if (*size->constant < 0 || (size->type->isUnsigned() && *size->constant < 0)) {
        diags_.error(size->begin, "array size is negative", size->length);
      } else {
        n = *size->constant;
      }
      types_.setLength(type, n);
      return type;
    }
    default:
      return type;
  }
}

}  // namespace sema_detail
}  // namespace minicc
