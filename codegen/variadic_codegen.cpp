// Instruction selection for <stdarg.h> (psABI 3.5.7). A function that calls
// va_start saves its six argument registers at entry; a va_list (an array
// of one __va_list_tag) then says where the next argument is:
//
//   gp_offset          bytes into the register save area of the next
//                      INTEGER register argument (48: none left)
//   fp_offset          the same for vector registers (176: none left)
//   overflow_arg_area  the next argument the caller pushed
//   reg_save_area      the saved registers
//
// va_arg takes an argument from the save area while enough registers of its
// classes are left, else from the overflow area, as gcc's code does; a
// structure with SSE eightbytes, which lie apart in the save area, is put
// together in a slot of its own.
#include "codegen/function_codegen_internal.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace codegen_detail {

using mach::imm;
using mach::reg;

namespace {
// Where __va_list_tag's members lie (psABI figure 3.34).
constexpr int kGpOffset = 0;
constexpr int kFpOffset = 4;
constexpr int kOverflowArgArea = 8;
constexpr int kRegSaveArea = 16;
constexpr int kVaListTagSize = 24;

// A member of the __va_list_tag whose address is in the accumulator.
Operand vaListField(int offset) { return mach::mem(kAccumulator, offset); }
}  // namespace

void FunctionCodegen::saveArgumentRegisters() {
  registerSaveSlot_ = newTemporarySlot(abi::kFloatingRegisterSaveAreaEnd, 16, "the argument registers",
                                       "va.save");
  for (int i = 0; i < abi::kIntegerArgumentRegisterCount; ++i) {
    Operand at = mach::frameSlot(registerSaveSlot_, {});
    at.value = 8 * i;
    mach::Inst& inst =
        emit(Opcode::Mov, Width::Q, reg(abi::kIntegerArgumentRegisters[i], Width::Q), at);
    if (i == 0) inst.note = why::kSaveArgumentRegisters;
  }
  // The vector registers only when the caller says it used any (%al, 3.5.7).
  Label noVectors = newLabel();
  emit(Opcode::Test, Width::B, reg(abi::kVectorCountRegister, Width::B),
       reg(abi::kVectorCountRegister, Width::B));
  jumpIf(Cond::E, noVectors);
  for (int i = 0; i < abi::kVectorArgumentRegisterCount; ++i) {
    Operand at = mach::frameSlot(registerSaveSlot_, {});
    at.value = abi::kRegisterSaveAreaSize + abi::kVectorSaveSlotSize * i;
    emit(Opcode::Movaps, Width::Q, reg(abi::vectorArgumentRegister(i), Width::Q), at);
  }
  placeLabel(noVectors);
}

void FunctionCodegen::genBuiltin(const BuiltinExpr* e) {
  switch (e->builtin) {
    case BuiltinKind::Offsetof:  // a constant, generated before
      return;
    case BuiltinKind::VaStart: {
      genExpr(e->args[0]);  // the va_list's address
      emit(Opcode::Mov, Width::L, imm(abi::kStackArgumentSize * incoming_.registersUsed),
           vaListField(kGpOffset));
      emit(Opcode::Mov, Width::L,
           imm(abi::kRegisterSaveAreaSize + abi::kVectorSaveSlotSize * incoming_.vectorRegistersUsed),
           vaListField(kFpOffset));
      Operand firstUnnamed = mach::mem(Reg::BP, abi::kFirstStackArgumentOffset + incoming_.stackBytes);
      emit(Opcode::Lea, Width::Q, firstUnnamed, reg(kScratch, Width::Q));
      emit(Opcode::Mov, Width::Q, reg(kScratch, Width::Q), vaListField(kOverflowArgArea));
      emit(Opcode::Lea, Width::Q, mach::frameSlot(registerSaveSlot_, {}), reg(kScratch, Width::Q));
      emit(Opcode::Mov, Width::Q, reg(kScratch, Width::Q), vaListField(kRegSaveArea));
      return;
    }
    case BuiltinKind::VaArg:
      genVaArg(e);
      return;
    case BuiltinKind::VaEnd:  // nothing to undo
      genEffect(e->args[0]);
      return;
    case BuiltinKind::VaCopy: {  // the whole __va_list_tag
      genExpr(e->args[0]);
      pushTemporary();
      genExpr(e->args[1]);
      popTemporary(kScratch);
      copyObject(mach::mem(kAccumulator), mach::mem(kScratch), kVaListTagSize);
      return;
    }
  }
}

// The next argument's address into %rdx, then its value (or, for a
// structure, that address) into %rax.
void FunctionCodegen::genVaArg(const BuiltinExpr* e) {
  const Type* type = e->type;
  genExpr(e->args[0]);  // the __va_list_tag's address
  const abi::Classification c = abi::classify(type);
  const int64_t bytes = abi::kStackArgumentSize * c.eightbytes;
  const Operand rcx = reg(kScratch, Width::Q), rdx = reg(Reg::DX, Width::Q);
  Label fromStack = newLabel(), done = newLabel();
  const int integers = c.count(abi::ArgClass::Integer), vectors = c.count(abi::ArgClass::Sse);
  if (c.argClass != abi::ArgClass::Memory && vectors > 0) {
    const Operand ecx = reg(kScratch, Width::L), esi = reg(Reg::SI, Width::L);
    emit(Opcode::Mov, Width::L, vaListField(kFpOffset), ecx);
    emit(Opcode::Cmp, Width::L, imm(abi::kFloatingRegisterSaveAreaEnd - abi::kVectorSaveSlotSize * vectors),
         ecx);
    jumpIf(Cond::A, fromStack);
    if (integers) {
      emit(Opcode::Mov, Width::L, vaListField(kGpOffset), esi);
      emit(Opcode::Cmp, Width::L, imm(abi::kRegisterSaveAreaSize - 8 * integers), esi);
      jumpIf(Cond::A, fromStack);
    }
    if (!type->isRecord()) {  // a double: its slot in the save area
      emit(Opcode::Mov, Width::Q, vaListField(kRegSaveArea), rdx);
      emit(Opcode::Add, Width::Q, rcx, rdx);
    } else {  // the eightbytes, each from its own register's slot, into one object
      const int slot = newTemporarySlot(bytes, 8, type->str(), "va_arg.value");
      for (int k = 0; k < c.eightbytes; ++k) {
        const bool sse = c.parts[k] == abi::ArgClass::Sse;
        emit(Opcode::Mov, Width::Q, vaListField(kRegSaveArea), rdx);
        emit(Opcode::Add, Width::Q, reg(sse ? kScratch : Reg::SI, Width::Q), rdx);
        emit(Opcode::Mov, Width::Q, mach::mem(Reg::DX), rdx);
        Operand piece = mach::frameSlot(slot, {});
        piece.value = 8 * k;
        emit(Opcode::Mov, Width::Q, rdx, piece);
        emit(Opcode::Add, Width::L, imm(sse ? abi::kVectorSaveSlotSize : 8), sse ? ecx : esi);
      }
      emit(Opcode::Lea, Width::Q, mach::frameSlot(slot, {}), rdx);
    }
    if (type->isRecord()) {
      emit(Opcode::Mov, Width::L, ecx, vaListField(kFpOffset));
      if (integers) emit(Opcode::Mov, Width::L, esi, vaListField(kGpOffset));
    } else {
      emit(Opcode::Add, Width::L, imm(abi::kVectorSaveSlotSize), ecx);
      emit(Opcode::Mov, Width::L, ecx, vaListField(kFpOffset));
    }
    jump(done);
  } else if (c.argClass == abi::ArgClass::Integer) {
    emit(Opcode::Mov, Width::L, vaListField(kGpOffset), reg(kScratch, Width::L));
    emit(Opcode::Cmp, Width::L, imm(abi::kRegisterSaveAreaSize - bytes), reg(kScratch, Width::L));
    jumpIf(Cond::A, fromStack);  // too few registers left: the rest are on the stack
    emit(Opcode::Mov, Width::Q, vaListField(kRegSaveArea), rdx);
    emit(Opcode::Add, Width::Q, rcx, rdx);
    emit(Opcode::Add, Width::L, imm(bytes), reg(kScratch, Width::L));
    emit(Opcode::Mov, Width::L, reg(kScratch, Width::L), vaListField(kGpOffset));
    jump(done);
  }
  placeLabel(fromStack);
  emit(Opcode::Mov, Width::Q, vaListField(kOverflowArgArea), rdx);
  emit(Opcode::Lea, Width::Q, mach::mem(Reg::DX, bytes), rcx);
  emit(Opcode::Mov, Width::Q, rcx, vaListField(kOverflowArgArea));
  placeLabel(done);
  if (type->isRecord())
    emit(Opcode::Mov, Width::Q, rdx, reg(kAccumulator, Width::Q));
  else
    loadValue(mach::mem(Reg::DX), type, type->isFloating() ? kFloatingAccumulator : kAccumulator);
}

}  // namespace codegen_detail
}  // namespace minicc
