#include "codegen/frame_layout.h"

#include "codegen/abi.h"
#include "codegen/optimize/optimize.h"

#include <algorithm>
#include <string>

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

int alignUp(int value, int alignment) { return (value + alignment - 1) / alignment * alignment; }

using mach::makeInst;

// What the layout needs to know of the body, found in one pass over it
// (a function's instructions are many, its slots and blocks few).
struct BodySurvey {
  uint64_t registersUsed = 0;  // bit r: register r is an operand somewhere
  bool calls = false;
  bool pushes = false;
  bool pops = false;
  std::vector<Operand*> slotOperands;  // every frame-slot operand, for resolveSlots
};

BodySurvey surveyBody(mach::MachineFunction& f) {
  BodySurvey survey;
  survey.slotOperands.reserve(64);
  // One test of the opcode per instruction (most are none of these), and
  // the register set kept in a local rather than stored back each time.
  uint64_t registersUsed = 0;
  for (mach::Block& b : f.blocks)
    for (Inst& inst : b.insts) {
      switch (inst.op) {
        case Opcode::Call:
        case Opcode::CallIndirect: survey.calls = true; break;
        case Opcode::Push: survey.pushes = true; break;
        case Opcode::Pop: survey.pops = true; break;
        default: break;
      }
      for (Operand* o = inst.operands, *end = o + inst.operandCount; o != end; ++o) {
        if (o->kind == Operand::Kind::Register)
          registersUsed |= uint64_t{1} << static_cast<int>(o->reg);
        else if (o->kind == Operand::Kind::FrameSlot)
          survey.slotOperands.push_back(o);
      }
    }
  survey.registersUsed = registersUsed;
  return survey;
}

// -O: the callee-saved registers the body uses (for variables, and for
// values kept across calls), which the function must give back as it found
// them (psABI 3.2.1), in the order the prologue pushes them: %r15 first and
// %rbx last, as clang does.
std::vector<Reg> savedRegisters(const BodySurvey& survey) {
  std::vector<Reg> saved;
  for (auto r = std::rbegin(abi::kCalleeSaved); r != std::rend(abi::kCalleeSaved); ++r)
    if (*r != Reg::BP && (survey.registersUsed >> static_cast<int>(*r) & 1)) saved.push_back(*r);
  return saved;
}

// Slots go below the saved registers; a variable that lives in a register
// (or nowhere) takes none.
void assignOffsets(mach::MachineFunction& f, int savedBytes) {
  int used = savedBytes;  // bytes taken below %rbp so far
  for (mach::FrameSlot& slot : f.slots) {
    if (!slot.inFrame()) continue;
    if (slot.stackArgument >= 0) {  // the caller pushed it, in whole eightbytes
      slot.offset = abi::kFirstStackArgumentOffset + abi::kStackArgumentSize * slot.stackArgument;
      f.frame.stackArgumentBytes += alignUp(slot.size, abi::kStackArgumentSize);
    } else {
      used = alignUp(used + slot.size, slot.align);
      slot.offset = -used;
    }
  }
  // The pushes of the saved registers count towards the 16-byte alignment.
  f.frame.localsSize = alignUp(used, abi::kStackAlignment) - savedBytes;
}

// A leaf function whose locals fit in the red zone below %rsp need not move
// %rsp at all (psABI 3.2.2), as long as it pushes nothing over them.
void decideReservation(mach::MachineFunction& f, const BodySurvey& survey) {
  if (survey.calls) f.frame.makesCalls = true;
  const mach::Frame& frame = f.frame;
  f.frame.usesRedZone = !frame.makesCalls && frame.localsSize <= abi::kRedZoneSize &&
                        !(survey.pushes && frame.localsSize > 0);
  f.frame.reserved = frame.usesRedZone ? 0 : frame.localsSize;
}

// Listings tell shadowing variables apart: the second x of a function is
// "x#2", the third "x#3", in the order they are declared. The named slots,
// sorted by name and stably, stand in runs of one name in declaration order,
// so a slot's place in its run is its number (one sort, where a hash map
// would allocate for every name).
void nameSlots(mach::MachineFunction& f) {
  std::vector<mach::FrameSlot*> named;
  named.reserve(f.slots.size());
  for (mach::FrameSlot& slot : f.slots)
    if (!slot.name.empty()) named.push_back(&slot);
  std::stable_sort(named.begin(), named.end(),
                   [](const mach::FrameSlot* a, const mach::FrameSlot* b) { return a->name < b->name; });
  for (size_t i = 0, n = 1; i < named.size(); ++i) {
    n = i > 0 && named[i]->name == named[i - 1]->name ? n + 1 : 1;
    mach::FrameSlot& slot = *named[i];
    slot.listingName = n == 1 ? slot.name : f.keepText(std::string(slot.name) + "#" + std::to_string(n));
  }
}

void resolveSlots(mach::MachineFunction& f, const BodySurvey& survey) {
  for (Operand* o : survey.slotOperands) {
    const mach::FrameSlot& slot = f.slots[o->slot];
    o->kind = Operand::Kind::Memory;
    o->value += slot.offset;
    if (!slot.listingName.empty()) o->name = slot.listingName;
  }
}

// -fverbose-asm: what the frame is and why, as words on the prologue's own
// lines (never lines of their own): the first says how big the frame is and
// why, the next ones carry a row of the frame table each — every slot, its
// size, type and place — the last taking any rows left over.
void describeFrame(mach::MachineFunction& f, int savedBytes, std::vector<Inst>& prologue,
                   std::vector<Inst>& entry) {
  const mach::Frame& frame = f.frame;
  int used = 0;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.inFrame()) used = std::max(used, -slot.offset - savedBytes);
  std::string why = "frame of " + std::string(f.name) + ": ";
  if (savedBytes)
    why += std::to_string(savedBytes) + " bytes of saved registers, then ";
  why += std::to_string(frame.localsSize) + " bytes of slots";
  if (frame.localsSize != used && savedBytes)
    why += " (" + std::to_string(used) + " used, the rest keeps the stack 16-byte aligned)";
  else if (frame.localsSize != used)
    why += " (" + std::to_string(used) + " used, rounded up to 16)";
  if (frame.usesRedZone && frame.localsSize > 0)
    why += "; a leaf whose slots fit in the 128-byte red zone below the stack pointer, "
           "so the stack pointer does not move";
  else if (frame.reserved)
    why += "; reserved below the stack pointer so that calls find it 16-byte aligned";
  if (frame.stackArgumentBytes)
    why += "; the caller's stack arguments lie at 16 and up from the frame base";
  prologue.front().note = f.keepText(std::move(why));

  // The lines that can carry rows: the prologue after its first line, then
  // the parameters' stores into their slots.
  std::vector<Inst*> carriers;
  for (size_t i = 1; i < prologue.size(); ++i) carriers.push_back(&prologue[i]);
  int spills = 0;
  for (const mach::FrameSlot& slot : f.slots) spills += slot.parameter && slot.stackArgument < 0;
  for (Inst& inst : entry) {
    if (spills == 0) break;
    if (inst.isPseudo()) continue;
    carriers.push_back(&inst);
    --spills;
  }
  if (carriers.empty()) carriers.push_back(&prologue.front());
  const int rows = static_cast<int>(f.slots.size());
  for (int row = 0, line = 0; row < rows; ++row) {
    Inst* carrier = carriers[std::min<size_t>(line++, carriers.size() - 1)];
    if (carrier->frameRowCount == 0) carrier->frameRowFirst = row;
    ++carrier->frameRowCount;
  }
}

// The function keeps nothing below the return address: no slot in memory,
// no saved register, no push, no call (which would need %rsp aligned).
bool needsNoFrame(const mach::MachineFunction& f, const std::vector<Reg>& saved,
                  const BodySurvey& survey) {
  if (f.frame.makesCalls || !saved.empty() || survey.pushes || survey.pops) return false;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.inFrame()) return false;
  return true;
}

}  // namespace

void layoutFrame(mach::MachineFunction& f, const FrameOptions& options) {
  const BodySurvey survey = surveyBody(f);
  const std::vector<Reg> saved = savedRegisters(survey);
  const int savedBytes = 8 * static_cast<int>(saved.size());
  assignOffsets(f, savedBytes);
  decideReservation(f, survey);
  nameSlots(f);
  const int slowLabel = options.quickReturn ? mach::unusedLabel(f) : 0;
  std::vector<Inst> quickReturn;
  if (options.quickReturn) quickReturn = optimize::quickReturnPath(f, slowLabel);  // slots still slots
  resolveSlots(f, survey);  // quickReturnPath leaves the instructions where they are
  auto& entry = f.blocks.front().insts;
  auto& exit = f.blocks.back().insts;
  if (options.omitLeafFrame && needsNoFrame(f, saved, survey)) {
    exit.push_back(makeInst(Opcode::Ret, Width::Q, {}));
    return;
  }

  const Operand rbp = mach::reg(Reg::BP, Width::Q);
  const Operand rsp = mach::reg(Reg::SP, Width::Q);
  // The CFA (canonical frame address) is %rsp before the call: after
  // "pushq %rbp" it is 16 above %rsp, with the old %rbp at CFA-16.
  std::vector<Inst> prologue;
  prologue.reserve(6 + 2 * saved.size());  // all of it, at most
  prologue.push_back(makeInst(Opcode::Push, Width::Q, {rbp}));
  if (options.unwindTables) {
    prologue.push_back(makeInst(Opcode::CfiDefCfaOffset, Width::Q, {mach::imm(16)}));
    prologue.push_back(makeInst(Opcode::CfiOffset, Width::Q, {rbp, mach::imm(-16)}));
  }
  prologue.push_back(makeInst(Opcode::Mov, Width::Q, {rsp, rbp}));
  if (options.unwindTables)
    prologue.push_back(makeInst(Opcode::CfiDefCfaRegister, Width::Q, {rbp}));
  for (Reg r : saved) prologue.push_back(makeInst(Opcode::Push, Width::Q, {mach::reg(r, Width::Q)}));
  if (f.frame.reserved)
    prologue.push_back(makeInst(Opcode::Sub, Width::Q, {mach::imm(f.frame.reserved), rsp}));
  // Each saved register lies 8 further below the CFA than the one pushed
  // before it; clang names the last pushed first.
  if (options.unwindTables)
    for (size_t i = saved.size(); i-- > 0;)
      prologue.push_back(makeInst(Opcode::CfiOffset, Width::Q,
                                  {mach::reg(saved[i], Width::Q), mach::imm(-24 - 8 * static_cast<int>(i))}));
  // After the function's first -g position, before the body's (prologue_end):
  // the prologue belongs to the function's line.
  if (options.frameNotes) describeFrame(f, savedBytes, prologue, entry);
  auto at = entry.begin();
  while (at != entry.end() && at->op == Opcode::Loc && !(at->locFlags & mach::kLocPrologueEnd)) ++at;
  entry.insert(at, prologue.begin(), prologue.end());

  if (f.frame.reserved)
    exit.push_back(makeInst(Opcode::Add, Width::Q, {mach::imm(f.frame.reserved), rsp}));
  for (auto r = saved.rbegin(); r != saved.rend(); ++r)
    exit.push_back(makeInst(Opcode::Pop, Width::Q, {mach::reg(*r, Width::Q)}));
  exit.push_back(makeInst(Opcode::Pop, Width::Q, {rbp}));
  if (options.unwindTables && options.epilogueCfi)
    exit.push_back(makeInst(Opcode::CfiDefCfa, Width::Q, {rsp, mach::imm(8)}));
  exit.push_back(makeInst(Opcode::Ret, Width::Q, {}));

  // The quick return goes first, before any of the prologue (so the CFI's
  // starting rule, the return address at 0(%rsp), holds for it as it is).
  if (!quickReturn.empty()) {
    f.blocks.front().label = slowLabel;
    f.blocks.front().referenced = true;
    mach::Block quick;
    quick.insts = std::move(quickReturn);
    f.blocks.insert(f.blocks.begin(), std::move(quick));
  }
}

}  // namespace minicc
