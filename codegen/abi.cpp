#include "codegen/abi.h"

namespace minicc {
namespace abi {

int sizeOf(const Type* type) {
  switch (type->kind) {
    case TypeKind::Char: return 1;
    case TypeKind::Int: return 4;
    case TypeKind::Pointer: return 8;
    case TypeKind::Void:
    case TypeKind::Function: return 0;
  }
  return 0;
}

}  // namespace abi
}  // namespace minicc
