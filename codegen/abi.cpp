#include "codegen/abi.h"

namespace minicc {
namespace abi {

int64_t sizeOf(const Type* type) {
  switch (type->kind) {
    case TypeKind::Char: case TypeKind::SChar: case TypeKind::UChar: return 1;
    case TypeKind::Short: case TypeKind::UShort: return 2;
    case TypeKind::Int: case TypeKind::UInt: case TypeKind::Enum: return 4;
    case TypeKind::Long: case TypeKind::ULong: case TypeKind::LongLong:
    case TypeKind::ULongLong: case TypeKind::Pointer: return 8;
    case TypeKind::Array: return type->length < 0 ? 0 : type->length * sizeOf(type->base);
    case TypeKind::Void:
    case TypeKind::Function: return 0;
  }
  return 0;
}

int alignOf(const Type* type) {
  if (type->isArray()) return alignOf(type->base);
  int64_t size = sizeOf(type);
  return size == 0 ? 1 : static_cast<int>(size);
}

int variableAlignment(const Type* type) {
  int align = alignOf(type);
  return type->isArray() && sizeOf(type) >= 16 && align < 16 ? 16 : align;
}

}  // namespace abi
}  // namespace minicc
