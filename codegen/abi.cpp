#include "codegen/abi.h"

#include <algorithm>

namespace minicc {
namespace abi {

int64_t sizeOf(const Type* type) {
  switch (type->kind) {
    case TypeKind::Char: case TypeKind::SChar: case TypeKind::UChar: return 1;
    case TypeKind::Short: case TypeKind::UShort: return 2;
    case TypeKind::Int: case TypeKind::UInt: case TypeKind::Enum: case TypeKind::Float: return 4;
    case TypeKind::Double:
    case TypeKind::Long: case TypeKind::ULong: case TypeKind::LongLong:
    case TypeKind::ULongLong: case TypeKind::Pointer: return 8;
    case TypeKind::Array: return type->length < 0 ? 0 : type->length * sizeOf(type->base);
    case TypeKind::Struct:
    case TypeKind::Union: return type->record->complete ? type->record->size : 0;
    case TypeKind::Void:
    case TypeKind::Function: return 0;
  }
  return 0;
}

int alignOf(const Type* type) {
  if (type->isArray()) return alignOf(type->base);
  if (type->isRecord()) return type->record->align;
  int64_t size = sizeOf(type);
  return size == 0 ? 1 : static_cast<int>(size);
}

namespace {
int64_t alignUp(int64_t value, int64_t alignment) { return (value + alignment - 1) / alignment * alignment; }
}  // namespace

void layoutRecord(Record& record) {
  int64_t end = 0;
  int align = 1;
  for (Member& m : record.members) {
    const int memberAlign = alignOf(m.type);
    m.offset = record.isUnion ? 0 : alignUp(end, memberAlign);
    end = std::max(end, m.offset + sizeOf(m.type));
    align = std::max(align, memberAlign);
  }
  record.align = align;
  record.size = alignUp(end, align);
  record.complete = true;
}

Classification classify(const Type* type) {
  const int64_t size = sizeOf(type);
  Classification c;
  c.eightbytes = static_cast<int>(std::max<int64_t>(1, alignUp(size, 8) / 8));
  // With integer and pointer members only, every eightbyte is INTEGER; only
  // the size can make an aggregate MEMORY (more than 16 bytes). No member
  // can be unaligned: minicc has no packed structs.
  if (type->isAggregate() && size > 16) c.argClass = ArgClass::Memory;
  return c;
}

CallPlan planCall(const Type* result, const std::vector<const Type*>& arguments) {
  CallPlan plan;
  if (result->isRecord() && classify(result).argClass == ArgClass::Memory) {
    plan.resultInMemory = true;
    plan.registersUsed = 1;  // %rdi: the hidden pointer (3.2.3, "Returning of Values")
  }
  for (const Type* type : arguments) {
    ArgumentPlace place;
    place.size = sizeOf(type);
    Classification c = classify(type);
    if (c.argClass == ArgClass::Integer &&
        plan.registersUsed + c.eightbytes <= kIntegerArgumentRegisterCount) {
      place.firstRegister = plan.registersUsed;
      place.registerCount = c.eightbytes;
      plan.registersUsed += c.eightbytes;
    } else {
      place.stackOffset = plan.stackBytes;
      plan.stackBytes += kStackArgumentSize * c.eightbytes;
    }
    plan.arguments.push_back(place);
  }
  return plan;
}

int variableAlignment(const Type* type) {
  int align = alignOf(type);
  return type->isArray() && sizeOf(type) >= 16 && align < 16 ? 16 : align;
}

}  // namespace abi
}  // namespace minicc
