#include "parser/ast.h"

namespace minicc {

std::string_view builtinSpelling(BuiltinKind kind) {
  switch (kind) {
    case BuiltinKind::VaStart: return "va_start";
    case BuiltinKind::VaArg: return "va_arg";
    case BuiltinKind::VaEnd: return "va_end";
    case BuiltinKind::VaCopy: return "va_copy";
    case BuiltinKind::Offsetof: return "offsetof";
  }
  return "";
}

std::string_view unaryOpSpelling(UnaryOp op) {
  switch (op) {
    case UnaryOp::Negate: return "-";
    case UnaryOp::Plus: return "+";
    case UnaryOp::LogicalNot: return "!";
    case UnaryOp::BitNot: return "~";
    case UnaryOp::AddressOf: return "&";
    case UnaryOp::Deref: return "*";
  }
  return "?";
}

std::string_view binaryOpSpelling(BinaryOp op) {
  switch (op) {
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Rem: return "%";
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Shl: return "<<";
    case BinaryOp::Shr: return ">>";
    case BinaryOp::Less: return "<";
    case BinaryOp::LessEqual: return "<=";
    case BinaryOp::Greater: return ">";
    case BinaryOp::GreaterEqual: return ">=";
    case BinaryOp::Equal: return "==";
    case BinaryOp::NotEqual: return "!=";
    case BinaryOp::BitAnd: return "&";
    case BinaryOp::BitXor: return "^";
    case BinaryOp::BitOr: return "|";
    case BinaryOp::LogicalAnd: return "&&";
    case BinaryOp::LogicalOr: return "||";
    case BinaryOp::Comma: return ",";
  }
  return "?";
}

bool isComparison(BinaryOp op) {
  switch (op) {
    case BinaryOp::Less: case BinaryOp::LessEqual: case BinaryOp::Greater:
    case BinaryOp::GreaterEqual: case BinaryOp::Equal: case BinaryOp::NotEqual:
      return true;
    default:
      return false;
  }
}

}  // namespace minicc
