#include "codegen/frame_layout.h"

#include "codegen/abi.h"

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

int alignUp(int value, int alignment) { return (value + alignment - 1) / alignment * alignment; }

Inst instruction(Opcode op, Width width, std::initializer_list<Operand> operands) {
  Inst inst;
  inst.op = op;
  inst.width = width;
  for (const Operand& o : operands) inst.operands[inst.operandCount++] = o;
  return inst;
}

void assignOffsets(mach::MachineFunction& f) {
  int used = 0;  // bytes taken below %rbp so far
  for (mach::FrameSlot& slot : f.slots) {
    if (slot.stackArgument >= 0) {  // the caller pushed it: an eightbyte each
      slot.offset = abi::kFirstStackArgumentOffset + abi::kStackArgumentSize * slot.stackArgument;
      f.frame.stackArgumentBytes += abi::kStackArgumentSize;
    } else {
      used = alignUp(used + slot.size, slot.align);
      slot.offset = -used;
    }
  }
  f.frame.localsSize = alignUp(used, abi::kStackAlignment);
}

// A leaf function whose locals fit in the red zone below %rsp need not move
// %rsp at all (psABI 3.2.2), as long as it pushes nothing over them.
void decideReservation(mach::MachineFunction& f) {
  bool pushes = false;
  for (const mach::Block& b : f.blocks)
    for (const Inst& inst : b.insts) {
      if (inst.op == Opcode::Call) f.frame.makesCalls = true;
      if (inst.op == Opcode::Push) pushes = true;
    }
  const mach::Frame& frame = f.frame;
  f.frame.usesRedZone = !frame.makesCalls && frame.localsSize <= abi::kRedZoneSize &&
                        !(pushes && frame.localsSize > 0);
  f.frame.reserved = frame.usesRedZone ? 0 : frame.localsSize;
}

void resolveSlots(mach::MachineFunction& f) {
  for (mach::Block& b : f.blocks)
    for (Inst& inst : b.insts)
      for (int i = 0; i < inst.operandCount; ++i) {
        Operand& o = inst.operands[i];
        if (o.kind != Operand::Kind::FrameSlot) continue;
        o.kind = Operand::Kind::Memory;
        o.value += f.slots[o.slot].offset;
      }
}

}  // namespace

void layoutFrame(mach::MachineFunction& f, const FrameOptions& options) {
  assignOffsets(f);
  decideReservation(f);
  resolveSlots(f);

  const Operand rbp = mach::reg(Reg::BP, Width::Q);
  const Operand rsp = mach::reg(Reg::SP, Width::Q);
  // The CFA (canonical frame address) is %rsp before the call: after
  // "pushq %rbp" it is 16 above %rsp, with the old %rbp at CFA-16.
  std::vector<Inst> prologue;
  prologue.push_back(instruction(Opcode::Push, Width::Q, {rbp}));
  if (options.unwindTables) {
    prologue.push_back(instruction(Opcode::CfiDefCfaOffset, Width::Q, {mach::imm(16)}));
    prologue.push_back(instruction(Opcode::CfiOffset, Width::Q, {rbp, mach::imm(-16)}));
  }
  prologue.push_back(instruction(Opcode::Mov, Width::Q, {rsp, rbp}));
  if (options.unwindTables)
    prologue.push_back(instruction(Opcode::CfiDefCfaRegister, Width::Q, {rbp}));
  if (f.frame.reserved)
    prologue.push_back(instruction(Opcode::Sub, Width::Q, {mach::imm(f.frame.reserved), rsp}));
  if (options.frameNotes) {
    for (const mach::FrameSlot& slot : f.slots) {
      Inst note = instruction(Opcode::FrameNote, Width::Q, {mach::mem(Reg::BP, slot.offset)});
      note.text = f.keepText(std::string(slot.parameter ? "parameter " : "local ") +
                             std::string(slot.name) + " (" + slot.type + ") at ");
      prologue.push_back(note);
    }
  }
  // After the function's first -g position: the prologue belongs to its line.
  auto& entry = f.blocks.front().insts;
  auto at = entry.begin();
  while (at != entry.end() && at->op == Opcode::Loc) ++at;
  entry.insert(at, prologue.begin(), prologue.end());

  auto& exit = f.blocks.back().insts;
  if (f.frame.reserved)
    exit.push_back(instruction(Opcode::Add, Width::Q, {mach::imm(f.frame.reserved), rsp}));
  exit.push_back(instruction(Opcode::Pop, Width::Q, {rbp}));
  if (options.unwindTables)
    exit.push_back(instruction(Opcode::CfiDefCfa, Width::Q, {rsp, mach::imm(8)}));
  exit.push_back(instruction(Opcode::Ret, Width::Q, {}));
}

}  // namespace minicc
