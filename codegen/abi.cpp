#include "codegen/abi.h"

#include <algorithm>

namespace minicc {
namespace abi {

int64_t aggregateSize(const Type* type) {
  if (type->isArray()) return type->length < 0 ? 0 : type->length * sizeOf(type->base);
  return type->record->complete ? type->record->size : 0;
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

namespace {

// The class of the eightbytes that the scalars of `type`, placed at
// `offset`, fall in (3.2.3, "Classification of aggregates"): each starts
// as nothing (NO_CLASS), an integer makes its eightbyte INTEGER, a float
// or double leaves it SSE unless something made it INTEGER.
void classifyScalars(const Type* type, int64_t offset, ArgClass parts[2], bool seen[2]) {
  if (type->isArray()) {
    const int64_t step = sizeOf(type->base);
    for (int64_t i = 0; i < type->length; ++i) classifyScalars(type->base, offset + i * step, parts, seen);
    return;
  }
  if (type->isRecord()) {
    for (const Member& m : type->record->members) classifyScalars(m.type, offset + m.offset, parts, seen);
    return;
  }
  const int64_t at = offset / 8;
  if (at > 1) return;
  const ArgClass c = type->isFloating() ? ArgClass::Sse : ArgClass::Integer;
  if (!seen[at] || c == ArgClass::Integer) parts[at] = c;
  seen[at] = true;
}

}  // namespace

Classification classify(const Type* type) {
  const int64_t size = sizeOf(type);
  Classification c;
  c.eightbytes = static_cast<int>(std::max<int64_t>(1, alignUp(size, 8) / 8));
  // No member can be unaligned (minicc has no packed structs), so only the
  // size makes an aggregate MEMORY: more than two eightbytes.
  if (type->isAggregate() && size > 16) {
    c.argClass = ArgClass::Memory;
    return c;
  }
  if (!type->isAggregate()) {
    c.parts[0] = type->isFloating() ? ArgClass::Sse : ArgClass::Integer;
    c.argClass = c.parts[0];
    return c;
  }
  bool seen[2] = {false, false};
  classifyScalars(type, 0, c.parts, seen);
  c.argClass = c.count(ArgClass::Sse) == c.eightbytes ? ArgClass::Sse : ArgClass::Integer;
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
    // All of an argument's eightbytes go in registers, or none do.
    const bool fits = c.argClass != ArgClass::Memory &&
                      plan.registersUsed + c.count(ArgClass::Integer) <= kIntegerArgumentRegisterCount &&
                      plan.vectorRegistersUsed + c.count(ArgClass::Sse) <= kVectorArgumentRegisterCount;
    if (fits) {
      for (int i = 0; i < c.eightbytes; ++i)
        place.registers[i] = c.parts[i] == ArgClass::Sse
                                 ? vectorArgumentRegister(plan.vectorRegistersUsed++)
                                 : kIntegerArgumentRegisters[plan.registersUsed++];
      place.registerCount = c.eightbytes;
    } else {
      place.stackOffset = plan.stackBytes;
      plan.stackBytes += kStackArgumentSize * c.eightbytes;
    }
    plan.arguments.push_back(place);
  }
  return plan;
}

// Where each eightbyte of a result of `type` comes back (3.2.3, "Returning
// of Values"): %rax then %rdx for INTEGER ones, %xmm0 then %xmm1 for SSE.
ResultPlace resultPlace(const Type* type) {
  ResultPlace place;
  Classification c = classify(type);
  if (c.argClass == ArgClass::Memory) return place;
  int integers = 0, vectors = 0;
  for (int i = 0; i < c.eightbytes; ++i)
    place.registers[i] = c.parts[i] == ArgClass::Sse
                             ? (vectors++ ? kSecondVectorReturnRegister : kVectorReturnRegister)
                             : (integers++ ? kSecondReturnRegister : kReturnRegister);
  place.registerCount = c.eightbytes;
  return place;
}

int variableAlignment(const Type* type) {
  int align = alignOf(type);
  return type->isArray() && sizeOf(type) >= 16 && align < 16 ? 16 : align;
}

}  // namespace abi
}  // namespace minicc
