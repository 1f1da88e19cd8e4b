// <stdarg.h>'s operations (C17 7.16): va_start, va_arg, va_end and va_copy
// on a va_list, which is __builtin_va_list: an array of one __va_list_tag
// (psABI 3.5.7), so that as a value it is a pointer to that record.
#include "codegen/abi.h"
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

// `e` as a value must be a va_list (or a va_list parameter, which is the
// pointer it decayed to); `builtin` is what it is an argument of.
bool Sema::checkVaList(Expr*& e, BuiltinKind builtin) {
  e = value(e);
  const Type* t = e->type;
  if (t->isPointer() && t->base->isRecord() && t->base->record->tag == "__va_list_tag") return true;
  diags_.error(e->begin, "first argument to '" + std::string(builtinSpelling(builtin)) + "' is of type '" +
                             t->str() + "' and not 'va_list'",
               e->length);
  return false;
}

const Type* Sema::checkBuiltin(BuiltinExpr* e) {
  switch (e->builtin) {
    case BuiltinKind::Offsetof:
      return checkOffsetof(e);
    case BuiltinKind::VaStart: {
      checkVaList(e->args[0], e->builtin);
      checkExpr(e->args[1]);
      const Expr* last = e->args[1];
      if (!function_ || !function_->type->variadic) {
        diags_.error(e->loc, "'va_start' used in function with fixed args", e->length);
        return types_.voidType();
      }
      function_->usesVaStart = true;
      const VarDecl* lastParam = function_->params.empty() ? nullptr : function_->params.back();
      bool isLast = last->kind == ExprKind::VarRef &&
                    static_cast<const VarRefExpr*>(last)->decl == lastParam;
      if (!isLast)
        diags_.warning(last->begin, "second argument to 'va_start' is not the last named parameter",
                       "varargs", last->length);
      return types_.voidType();
    }
    case BuiltinKind::VaArg: {
      checkVaList(e->args[0], e->builtin);
      const Type* type = resolveType(e->typeOperand, e->typeLoc)->unqualified;
      if (type->isIncomplete() || type->isFunction() || type->isArray()) {
        diags_.error(e->typeLoc, std::string("second argument to 'va_arg' is of ") +
                                     (type->isIncomplete() ? "incomplete" : "non-object") + " type '" +
                                     type->str() + "'");
        return types_.intType();
      }
      // C17 7.16.1.1p2: the argument arrived promoted; reading it as a char
      // or short is undefined.
      if (type->isInteger() && promote(type) != type)
        diags_.warning(e->typeLoc, "second argument to 'va_arg' is of promotable type '" +
                                       type->str() +
                                       "'; this va_arg has undefined behavior because arguments "
                                       "will be promoted to '" + promote(type)->str() + "'",
                       "varargs");
      return type;
    }
    case BuiltinKind::VaEnd:
      checkVaList(e->args[0], e->builtin);
      return types_.voidType();
    case BuiltinKind::VaCopy:
      checkVaList(e->args[0], e->builtin);
      checkVaList(e->args[1], e->builtin);
      return types_.voidType();
  }
  return types_.intType();
}

}  // namespace sema_detail
}  // namespace minicc
