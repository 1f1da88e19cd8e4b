// Instruction selection for one function: its blocks, labels and jumps, the
// frame slots of its variables, and the body from entry to the return block.
// The prologue and epilogue come later, once the frame is laid out
// (codegen/frame_layout.cpp).
#include "codegen/function_codegen.h"

#include "codegen/function_codegen_internal.h"
#include "codegen/symbols.h"
#include "codegen/why_notes.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace minicc {
namespace codegen_detail {

// ------------------------------------------------------- blocks and jumps

mach::Inst& FunctionCodegen::emit(Opcode op, Width width) {
  return attachPendingSource(current().insts.emplace_back(op, width));
}

mach::Inst& FunctionCodegen::emit(Opcode op, Width width, const Operand& a) {
  return attachPendingSource(current().insts.emplace_back(op, width, a));
}

mach::Inst& FunctionCodegen::emit(Opcode op, Width width, const Operand& a, const Operand& b) {
  return attachPendingSource(current().insts.emplace_back(op, width, a, b));
}

void FunctionCodegen::emit(Opcode op, Width width, const Operand& a, const Operand& b,
                           const Operand& c) {
  attachPendingSource(current().insts.emplace_back(op, width, a, b, c));
}

mach::Inst& FunctionCodegen::attachPendingSource(mach::Inst& inst) {
  if (!inst.isPseudo() && !pendingSource_.empty()) {  // a statement's first instruction
    inst.sourceLine = pendingSource_;
    pendingSource_ = {};
  }
  return inst;
}

void FunctionCodegen::emitExtend(Opcode op, Width from, Width to, const Operand& source,
                                 const Operand& dest) {
  emit(op, to, source, dest);
  current().insts.back().fromWidth = from;
}

void FunctionCodegen::jump(Label label) {
  const mach::Inst* last = mach::lastRealInstruction(current());
  if (last && last->isUnconditionalJump()) return;  // unreachable
  emit(Opcode::Jmp, Width::Q, mach::block(label));
}

mach::Inst& FunctionCodegen::jumpIf(Cond cond, Label label) {
  mach::Inst& jump = emit(Opcode::Jcc, Width::Q, mach::block(label));
  jump.cond = cond;
  return jump;
}

void FunctionCodegen::placeLabel(Label label) {
  // Room for a few statements' code: an Inst is large, and each regrowth
  // of a block copies all of it (peak memory at 100k lines stays the same).
  out_.blocks.push_back({label, false, buffers_.take(32)});
}

// ------------------------------------------------------------- variables

// Every parameter and local gets a slot; frame layout decides where each
// one lies once the whole function is selected. A parameter the caller
// pushed stays where it is; a structure that came in registers gets whole
// eightbytes, as the registers are stored.
// Room in the slot table for temporaries (values put aside across a call,
// a structure returned through memory) made after the variables' slots.
constexpr size_t kSpareTemporarySlots = 4;

void FunctionCodegen::createFrameSlots() {
  std::vector<const Type*> params;
  for (const VarDecl* p : fn_.params) params.push_back(p->type);
  incoming_ = abi::planCall(fn_.type->base, params);
  // One allocation each for the variables' slots and the map to them; the
  // few temporaries' slots that come later fit in the spare room.
  const size_t variables = fn_.params.size() + fn_.locals.size();
  out_.slots.reserve(variables + kSpareTemporarySlots);
  slotOf_.reserve(variables);  // then sorted, below
  auto add = [&](const VarDecl* var, bool parameter, int stackArgument) {
    mach::FrameSlot slot;
    slot.variable = var;
    slot.name = var->name;
    if (options_.verboseAsm) slot.type = var->type->str();  // only the frame table says it
    slot.size = static_cast<int>(abi::sizeOf(var->type));
    if (parameter && var->type->isRecord()) slot.size = (slot.size + 7) / 8 * 8;
    slot.align = abi::variableAlignment(var->type);
    slot.parameter = parameter;
    slot.stackArgument = stackArgument;
    slotOf_.push_back({var, static_cast<int>(out_.slots.size())});
    out_.slots.push_back(std::move(slot));
  };
  for (size_t i = 0; i < fn_.params.size(); ++i) {
    const abi::ArgumentPlace& place = incoming_.arguments[i];
    add(fn_.params[i], true, place.inRegisters() ? -1 : place.stackOffset / abi::kStackArgumentSize);
  }
  for (const VarDecl* local : fn_.locals) add(local, false, -1);
  // By address, for slotOfVariable's binary search; a declaration listed
  // twice keeps its later slot, as an insertion into a map would.
  std::stable_sort(slotOf_.begin(), slotOf_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

// A slot for a value that is no variable: a structure a call returns, a
// hidden pointer, the saved argument registers. Whole eightbytes, so that
// registers can be stored into it as they are.
int FunctionCodegen::newTemporarySlot(int64_t size, int align, std::string_view type,
                                      std::string_view name) {
  mach::FrameSlot slot;
  slot.name = name;
  if (options_.verboseAsm) slot.type = type;
  slot.size = static_cast<int>((size + 7) / 8 * 8);
  slot.align = std::max(8, align);
  out_.slots.push_back(std::move(slot));
  return static_cast<int>(out_.slots.size()) - 1;
}

// Register parameters are stored into their slots first thing: a scalar at
// its width, a structure an eightbyte per register; a MEMORY-class result's
// hidden pointer (%rdi) is kept too, for the return.
void FunctionCodegen::storeIncomingParameters() {
  const Reg* registers = abi::kIntegerArgumentRegisters;
  if (incoming_.resultInMemory) {
    resultAddressSlot_ = newTemporarySlot(8, 8, fn_.type->base->str() + " *", "result.address");
    emit(Opcode::Mov, Width::Q, mach::reg(registers[0], Width::Q),
         mach::frameSlot(resultAddressSlot_, {})).note = why::kHiddenResultPointer;
  }
  for (size_t i = 0; i < fn_.params.size(); ++i) {
    const VarDecl* param = fn_.params[i];
    const abi::ArgumentPlace& place = incoming_.arguments[i];
    if (!place.inRegisters()) continue;
    if (!param->type->isRecord()) {
      storeValue(place.registers[0], param->type, address(param));
      continue;
    }
    for (int k = 0; k < place.registerCount; ++k) {
      Operand piece = address(param);
      piece.value += 8 * k;
      const Reg r = place.registers[k];
      emit(mach::isVector(r) ? Opcode::MovS : Opcode::Mov, Width::Q, mach::reg(r, Width::Q), piece);
    }
  }
  if (fn_.usesVaStart) saveArgumentRegisters();
}

int FunctionCodegen::slotOfVariable(const VarDecl* var) const {
  auto after = std::upper_bound(slotOf_.begin(), slotOf_.end(), var,
                                [](const VarDecl* v, const auto& entry) { return v < entry.first; });
  if (after == slotOf_.begin() || std::prev(after)->first != var)
    throw std::out_of_range("a variable without a frame slot");
  return std::prev(after)->second;
}

Operand FunctionCodegen::address(const VarDecl* var) const {
  if (var->place == VarPlace::Local || var->place == VarPlace::Param)
    return mach::frameSlot(slotOfVariable(var), var->name);
  return mach::ripRelative(symbolOf(var), var->name);
}

// A value of `type` from memory into a register, widened to at least 32
// bits as its type says (C17 6.3.1.1): movsbl, movzwl, movl, movq.
void FunctionCodegen::loadValue(const Operand& from, const Type* type, Reg into) {
  const int64_t size = abi::sizeOf(type);
  if (mach::isVector(into)) {  // a float or a double: movss, movsd
    emit(Opcode::MovS, floatingWidth(type), from, mach::reg(into, Width::Q));
    return;
  }
  if (size == 1 || size == 2) {
    Opcode extend = type->isUnsigned() ? Opcode::Movzx : Opcode::Movsx;
    emitExtend(extend, mach::widthOfBytes(static_cast<int>(size)), Width::L, from,
               mach::reg(into, Width::L));
    return;
  }
  Width width = registerWidth(type);
  emit(Opcode::Mov, width, from, mach::reg(into, width));
}

void FunctionCodegen::storeValue(Reg from, const Type* type, const Operand& to) {
  if (mach::isVector(from)) {
    emit(Opcode::MovS, floatingWidth(type), mach::reg(from, Width::Q), to);
    return;
  }
  Width width = mach::widthOfBytes(static_cast<int>(abi::sizeOf(type)));
  emit(Opcode::Mov, width, mach::reg(from, width), to);
}

// A constant into an object of `size` bytes; a 64-bit one that no 32-bit
// immediate can hold goes by way of a register.
void FunctionCodegen::storeConstant(int64_t value, int64_t size, const Operand& to) {
  Width width = mach::widthOfBytes(static_cast<int>(size));
  value = storedValue(value, size);
  if (!fitsInImmediate(value)) {
    // Through a register the address does not use: it may be (%rax,%rcx,8).
    bool usesScratch = to.kind == Operand::Kind::Memory &&
                       (to.reg == kScratch || (to.scale && to.index == kScratch));
    Reg through = usesScratch ? Reg::DX : kScratch;
    emit(Opcode::Movabs, Width::Q, mach::imm(value), mach::reg(through, Width::Q));
    emit(Opcode::Mov, Width::Q, mach::reg(through, Width::Q), to);
    return;
  }
  emit(Opcode::Mov, width, mach::imm(value), to);
}

void FunctionCodegen::load(const VarDecl* var, Reg into) { loadValue(address(var), var->type, into); }

void FunctionCodegen::store(const VarDecl* var, Reg from) { storeValue(from, var->type, address(var)); }

// The accumulator's value waits, and comes back into `into`, last in first
// out. It waits in a frame slot of its own, one for each depth of waiting,
// as clang -O0 does it: a store and a load, where pushq/popq would also need
// padding around the calls between them to keep the stack 16-byte aligned.
// At -O the first few wait in callee-saved registers instead.
bool FunctionCodegen::heldInRegister(int depth) const {
  return options_.optimize && depth < kHeldTemporaryRegisterCount;
}

int FunctionCodegen::waitingSlot(int depth) {
  while (static_cast<int>(waitingSlots_.size()) <= depth)
    waitingSlots_.push_back(newTemporarySlot(8, 8, "a value put aside", "temporary"));
  return waitingSlots_[depth];
}

void FunctionCodegen::pushTemporary() {
  const bool floating = waitingIsFloating_;
  waitingIsFloating_ = false;
  const int waiting = waitingTemporaries_++;
  if (heldInRegister(waiting)) {
    if (floating)  // a double's bits go by way of %rax
      emit(Opcode::MovGV, Width::Q, mach::reg(kFloatingAccumulator, Width::Q),
           mach::reg(kAccumulator, Width::Q)).note = why::kFloatingWaits;
    emit(Opcode::Mov, Width::Q, mach::reg(kAccumulator, Width::Q),
         mach::reg(kHeldTemporaryRegisters[waiting], Width::Q)).note = why::kHeldAcrossCall;
    return;
  }
  const Operand slot = mach::frameSlot(waitingSlot(waiting), {});
  if (floating)  // all 8 bytes: a float's bits come back as they went
    emit(Opcode::MovS, Width::Q, mach::reg(kFloatingAccumulator, Width::Q), slot).note = why::kKeptAcrossCall;
  else
    emit(Opcode::Mov, Width::Q, mach::reg(kAccumulator, Width::Q), slot).note = why::kKeptAcrossCall;
}

void FunctionCodegen::popTemporary(Reg into) {
  const int waiting = --waitingTemporaries_;
  if (heldInRegister(waiting)) {
    emit(Opcode::Mov, Width::Q, mach::reg(kHeldTemporaryRegisters[waiting], Width::Q),
         mach::reg(into, Width::Q));
    return;
  }
  emit(Opcode::Mov, Width::Q, mach::frameSlot(waitingSlot(waiting), {}), mach::reg(into, Width::Q));
}

// The value put aside last, where it waits, for an operator that can read
// it there: "addl -16(%rbp), %eax" instead of taking it back first.
Operand FunctionCodegen::takeTemporary(Width width) {
  const int waiting = --waitingTemporaries_;
  if (heldInRegister(waiting))
    return mach::reg(kHeldTemporaryRegisters[waiting], width);
  return mach::frameSlot(waitingSlot(waiting), {});
}

void FunctionCodegen::popFloating(Reg into) {
  const int waiting = waitingTemporaries_ - 1;
  if (heldInRegister(waiting)) {
    popTemporary(kStructAddress);  // no argument travels in it (psABI 3.2.3)
    emit(Opcode::MovGV, Width::Q, mach::reg(kStructAddress, Width::Q), mach::reg(into, Width::Q));
    return;
  }
  --waitingTemporaries_;
  emit(Opcode::MovS, Width::Q, mach::frameSlot(waitingSlot(waiting), {}), mach::reg(into, Width::Q));
}

// ------------------------------------------------------------- the function

constexpr size_t kExpectedBlocks = 16;

mach::MachineFunction FunctionCodegen::run() {
  out_.name = fn_.name;
  out_.global = fn_.canonical->storage != StorageClass::Static;
  const Type* result = fn_.type->base;
  if (!result->isRecord()) out_.resultRegisterCount = result->isVoid() || result->isFloating() ? 0 : 1;
  // Room for the blocks of a few statements (a function has a dozen or
  // so), then the entry, with room for the prologue and the first statements.
  out_.blocks.reserve(kExpectedBlocks);
  out_.blocks.push_back({0, false, buffers_.take(64)});
  if (options_.debugInfo) out_.scopes.emplace_back();  // the body's scope
  markFunctionStart();
  createFrameSlots();

  storeIncomingParameters();

  returnLabel_ = newLabel();
  genStmt(fn_.body);
  if (fn_.mayFallOffEnd && fn_.name == "main")  // main returns 0 (C17 5.1.2.2.3)
    emit(Opcode::Xor, Width::L, mach::reg(kAccumulator, Width::L), mach::reg(kAccumulator, Width::L));
  placeLabel(returnLabel_);  // the epilogue goes here
  if (fn_.body) markPosition(fn_.body->closeLoc);  // ... at the closing brace, as gcc marks it
  return std::move(out_);
}

}  // namespace codegen_detail

mach::MachineFunction selectInstructions(const FunctionDecl& fn, int index,
                                         const CodegenOptions& options, StringTable& strings,
                                         mach::InstBuffers* buffers) {
  mach::InstBuffers fresh;
  return codegen_detail::FunctionCodegen(fn, index, options, strings, buffers ? *buffers : fresh)
      .run();
}

}  // namespace minicc
