#include "parser/ast.h"

#include <algorithm>

namespace minicc {

void AstContext::Arena::startChunk(size_t size) {
  // A spare chunk if it is big enough, else a new one in its place (new[]
  // and not make_unique, which would zero the chunk first).
  if (inUse_ == chunks_.size() || chunks_[inUse_].size < size) {
    size_t bytes = std::max(kChunkSize, size);
    Chunk chunk{std::unique_ptr<std::max_align_t[]>(
                    new std::max_align_t[bytes / sizeof(std::max_align_t) + 1]),
                bytes};
    chunks_.insert(chunks_.begin() + static_cast<ptrdiff_t>(inUse_), std::move(chunk));
  }
  next_ = chunks_[inUse_].start();
  left_ = chunks_[inUse_].size;
  ++inUse_;
}

void AstContext::Arena::destroyOwnersFrom(size_t first) {
  for (size_t i = owners_.size(); i-- > first;) owners_[i].destroy(owners_[i].node);
  owners_.resize(first);
}

void AstContext::Arena::releaseSince(const ArenaMark& mark) {
  destroyOwnersFrom(mark.owners);
  inUse_ = mark.chunks;
  next_ = inUse_ ? chunks_[inUse_ - 1].start() + mark.used : nullptr;
  left_ = inUse_ ? chunks_[inUse_ - 1].size - mark.used : 0;
  // Spare chunks of the usual size stay for the next nodes; a big one made
  // for one large node goes.
  chunks_.erase(std::remove_if(chunks_.begin() + static_cast<ptrdiff_t>(inUse_), chunks_.end(),
                               [](const Chunk& c) { return c.size > kChunkSize; }),
                chunks_.end());
}

void releaseBody(FunctionDecl& fn, AstContext& ast) {
  ast.releaseSince(fn.bodyStart);
  fn.body = nullptr;
  fn.locals.clear();
  fn.staticLocals.clear();
}

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
