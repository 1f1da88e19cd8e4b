#include "codegen/listing_comments.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "codegen/abi.h"
#include "codegen/symbols.h"
#include "parser/ast.h"

namespace minicc {
namespace {

// "param a: int, 4 bytes at -4(%rbp)"; the 7th and later parameters say
// that the caller pushed them; at -O "in %ebx", "in %edi while live" (a
// register shared with other values), or "optimized out".
void frameRow(const mach::FrameSlot& slot, const AddressSpeller& address, AsmWriter& out) {
  out.put(slot.parameter ? "param " : "local ");
  out.put(slot.listingName.empty() ? slot.name : slot.listingName);
  out.put(": ");
  out.put(slot.type);
  out.put(", ");
  out.putInt(slot.size);
  out.put(slot.size == 1 ? " byte" : " bytes");
  if (slot.optimizedOut) {  // -O: nothing reads it
    out.put(", optimized out");
    return;
  }
  out.put(slot.home ? " in " : " at ");
  if (slot.home)
    address(mach::reg(*slot.home, mach::widthOfBytes(slot.size)), out);
  else
    address(mach::mem(mach::Reg::BP, slot.offset), out);
  if (slot.homeOnlyWhileLive) out.put(" while live");  // the register holds other values elsewhere
  if (slot.stackArgument >= 0) out.put(", pushed by the caller");
}

// The record a variable of this type leads to through pointers and arrays,
// if it has a layout to show.
const Type* recordBehind(const Type* type) {
  while (type && (type->isPointer() || type->isArray())) type = type->base;
  return type && type->isRecord() && type->record->complete ? type->unqualified : nullptr;
}

std::string bytes(int64_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

// "struct padded (12 bytes): c at 0 (1), 3 bytes padding, i at 4 (4), d at 8 (1), 3 bytes padding":
// the padding is what the members' alignments leave (psABI 3.1.2).
std::string layoutOf(const Type* record) {
  const Record& r = *record->record;
  std::string words = record->str() + " (" + bytes(r.size) + ")";
  int64_t end = 0;  // where the members so far end
  for (size_t i = 0; i < r.members.size(); ++i) {
    const Member& m = r.members[i];
    words += i == 0 ? ": " : ", ";
    if (m.offset > end) words += bytes(m.offset - end) + " padding, ";
    const int64_t size = abi::sizeOf(m.type);
    words += m.name.empty() ? std::string(m.type->record->isUnion ? "(unnamed union)" : "(unnamed struct)")
                            : std::string(m.name);
    words += " at " + std::to_string(m.offset) + " (" + std::to_string(size) + ")";
    end = std::max(end, m.offset + size);
  }
  if (r.size > end) words += (r.members.empty() ? ": " : ", ") + bytes(r.size - end) + " padding";
  return words;
}

// `record`'s layout, then those of the records inside it, each once.
void describeRecord(const Type* record, std::unordered_set<const Record*>& described, std::string& words) {
  if (!described.insert(record->record).second) return;
  if (!words.empty()) words += "; ";
  words += layoutOf(record);
  for (const Member& m : record->record->members) {
    const Type* inner = m.type;
    while (inner->isArray()) inner = inner->base;  // by value only: a pointer may lead back
    if (inner->isRecord()) describeRecord(inner->unqualified, described, words);
  }
}

}  // namespace

void noteRecordLayouts(mach::MachineFunction& f, const std::vector<VarDecl*>& statics) {
  std::unordered_map<std::string_view, const Type*> staticTypes;  // by symbol
  for (const VarDecl* var : statics) staticTypes[symbolOf(var).name] = var->type;
  auto typeOf = [&](const mach::Operand& o) -> const Type* {
    if (o.slot >= 0) return f.slots[o.slot].variable ? f.slots[o.slot].variable->type : nullptr;
    if (o.isMemory() && o.reg == mach::Reg::IP && o.symbol.kind == mach::Symbol::Kind::C) {
      auto found = staticTypes.find(o.symbol.name);
      return found == staticTypes.end() ? nullptr : found->second;
    }
    return nullptr;
  };
  std::unordered_set<const Record*> described;
  for (mach::Block& b : f.blocks)
    for (mach::Inst& inst : b.insts) {
      std::string words;
      for (int i = 0; i < inst.operandCount; ++i)
        if (const Type* record = recordBehind(typeOf(inst.operand(i))))
          describeRecord(record, described, words);
      if (words.empty()) continue;
      inst.note = f.keepText(inst.note.empty() ? words : std::string(inst.note) + "; " + words);
    }
}

std::string lineComment(const mach::Inst& inst, const mach::MachineFunction& f,
                        const AddressSpeller& address) {
  AsmWriter out("");
  bool first = true;
  bool afterSource = false;
  auto part = [&] {
    if (!first) out.put(afterSource ? " " : "; ");
    first = false;
    afterSource = false;
  };

  if (!inst.sourceLine.empty()) {  // C's own ';' ends it: a bar sets the rest apart
    out.put(inst.sourceLine);
    out.put(" |");
    first = false;
    afterSource = true;
  }
  std::vector<std::string_view> named;
  for (int i = 0; i < inst.operandCount; ++i) {
    const mach::Operand& o = inst.operand(i);
    if (!o.isMemory() || o.name.empty()) continue;
    bool seen = false;
    for (std::string_view n : named) seen = seen || n == o.name;
    if (seen) continue;
    named.push_back(o.name);
    part();
    out.put(o.name);
    if (o.reg == mach::Reg::IP && o.symbol.fileLocal) out.put(" (static)");
  }
  if (!inst.note.empty()) {
    part();
    out.put(inst.note);
  }
  for (int row = inst.frameRowFirst; row < inst.frameRowFirst + inst.frameRowCount; ++row) {
    part();
    frameRow(f.slots[row], address, out);
  }
  std::string words = out.take();
  if (afterSource) words.resize(words.size() - 2);  // nothing after the source line
  return words;
}

}  // namespace minicc
