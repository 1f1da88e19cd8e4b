#include "codegen/listing_comments.h"

#include <vector>

namespace minicc {
namespace {

// "param a: int, 4 bytes at -4(%rbp)"; the 7th and later parameters say
// that the caller pushed them; at -O "in %ebx", or "optimized out".
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
  if (slot.stackArgument >= 0) out.put(", pushed by the caller");
}

}  // namespace

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
