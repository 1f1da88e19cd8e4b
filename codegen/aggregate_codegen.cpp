// Instruction selection for structures and unions as values: a structure
// is handled by its address, and copied a few bytes at a time where C
// copies it — assignment, initialisation, arguments and results.
#include "codegen/function_codegen_internal.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace codegen_detail {

using mach::imm;
using mach::reg;

namespace {

// The pieces a copy moves: eight bytes while it can, then four, two, one.
int64_t chunkFor(int64_t left) { return left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1; }

// Larger copies call memcpy, as gcc -O0 does.
constexpr int64_t kLargestUnrolledCopy = 128;

Operand displaced(Operand o, int64_t by) {
  o.value += by;
  return o;
}

}  // namespace

// Where the aggregate `e` lies, as an operand that at most %rax helps to
// address: a variable's slot or symbol in place, else (%rax).
Operand FunctionCodegen::genAggregate(const Expr* e) {
  Operand where = genAddress(e);
  if (where.kind == Operand::Kind::Memory && where.reg != Reg::IP &&
      (where.scale || where.reg != kAccumulator)) {
    emit(Opcode::Lea, Width::Q, where, reg(kAccumulator, Width::Q));
    return mach::mem(kAccumulator);
  }
  return where;
}

// A call of a C library function the code relies on (memcpy, memset).
void FunctionCodegen::callLibrary(std::string_view name) {
  mach::Symbol symbol;
  symbol.kind = mach::Symbol::Kind::C;
  symbol.name = name;
  emit(Opcode::Call, Width::Q, mach::target(symbol));
}

// `size` bytes from `from` to `to` (which must not use %rdx), through %rdx;
// a large object through memcpy, which leaves the destination in %rax.
void FunctionCodegen::copyObject(Operand from, Operand to, int64_t size) {
  if (size > kLargestUnrolledCopy) {
    const Reg* args = abi::kIntegerArgumentRegisters;
    emit(Opcode::Lea, Width::Q, from, reg(args[1], Width::Q));
    emit(Opcode::Lea, Width::Q, to, reg(args[0], Width::Q));
    emit(Opcode::Mov, Width::Q, imm(size), reg(args[2], Width::Q));
    const bool pad = pushedBytes_ % abi::kStackAlignment != 0;
    if (pad) emit(Opcode::Sub, Width::Q, imm(8), reg(Reg::SP, Width::Q)).note = why::kCallPadding;
    callLibrary("memcpy");
    if (pad) emit(Opcode::Add, Width::Q, imm(8), reg(Reg::SP, Width::Q));
    return;
  }
  for (int64_t done = 0; done < size;) {
    const int64_t chunk = chunkFor(size - done);
    const Width width = mach::widthOfBytes(static_cast<int>(chunk));
    emit(Opcode::Mov, width, displaced(from, done), reg(Reg::DX, width));
    emit(Opcode::Mov, width, reg(Reg::DX, width), displaced(to, done));
    done += chunk;
  }
}

// The `bytes` (1 to 8) at `from` into register `into`, zero-extended, with
// no load past them (an object may end where memory does). Three, five,
// six or seven bytes take two overlapping loads, `scratch` holding the
// upper one, which is loaded first so that `from` may use `into`.
void FunctionCodegen::loadEightbyte(Operand from, int64_t bytes, Reg into, Reg scratch) {
  if (mach::isVector(into)) {  // an SSE eightbyte: two floats or a double, or one float
    emit(Opcode::MovS, bytes == 4 ? Width::L : Width::Q, from, reg(into, Width::Q));
    return;
  }
  const Operand into32 = reg(into, Width::L);
  switch (bytes) {
    case 8: emit(Opcode::Mov, Width::Q, from, reg(into, Width::Q)); return;
    case 4: emit(Opcode::Mov, Width::L, from, into32); return;
    case 2: emitExtend(Opcode::Movzx, Width::W, Width::L, from, into32); return;
    case 1: emitExtend(Opcode::Movzx, Width::B, Width::L, from, into32); return;
    case 3: {
      emitExtend(Opcode::Movzx, Width::W, Width::L, displaced(from, 1), reg(scratch, Width::L));
      emitExtend(Opcode::Movzx, Width::W, Width::L, from, into32);
      emit(Opcode::Shl, Width::L, imm(8), reg(scratch, Width::L));
      emit(Opcode::Or, Width::L, reg(scratch, Width::L), into32);
      return;
    }
    default: {  // 5, 6, 7: bytes [n-4, n) shifted up over the low four, which they repeat
      emit(Opcode::Mov, Width::L, displaced(from, bytes - 4), reg(scratch, Width::L));
      emit(Opcode::Mov, Width::L, from, into32);
      emit(Opcode::Shl, Width::Q, imm(8 * (bytes - 4)), reg(scratch, Width::Q));
      emit(Opcode::Or, Width::Q, reg(scratch, Width::Q), reg(into, Width::Q));
      return;
    }
  }
}

// A structure of `size` bytes at `object` into `count` registers, an
// eightbyte each (psABI 3.2.3): general ones for INTEGER eightbytes, %xmm
// ones for SSE eightbytes.
void FunctionCodegen::loadEightbytes(const Operand& object, const Reg* registers, int count,
                                     int64_t size, Reg scratch) {
  for (int k = 0; k < count; ++k) {
    int64_t bytes = std::min<int64_t>(8, size - 8 * k);
    loadEightbyte(displaced(object, 8 * k), bytes, registers[k], scratch);
  }
}

// "a = b" for structures and unions: the bytes copied (C17 6.5.16.1); the
// value, if used, is a's address.
void FunctionCodegen::genRecordAssign(const AssignExpr* e, bool needValue) {
  const int64_t size = abi::sizeOf(e->target->type);
  const Expr* target = e->target;
  if (target->kind == ExprKind::VarRef) {
    const VarDecl* var = static_cast<const VarRefExpr*>(target)->decl;
    const Operand place = address(var);
    if (e->value->kind != ExprKind::Call)
      copyObject(genAggregate(e->value), place, size);
    else if (!genCall(static_cast<const CallExpr*>(e->value), &place, false))
      copyObject(mach::mem(kAccumulator), place, size);  // from the call's own slot
    if (needValue) emit(Opcode::Lea, Width::Q, address(var), reg(kAccumulator, Width::Q));
    return;
  }
  // Through a computed address, which waits in the frame while the value
  // is computed (it could call a function), unless the value is a variable.
  const Expr* value = e->value;
  if (value->kind == ExprKind::VarRef && static_cast<const VarRefExpr*>(value)->decl) {
    genAddressInto(target, kScratch);
    copyObject(address(static_cast<const VarRefExpr*>(value)->decl), mach::mem(kScratch), size);
  } else {
    genAddressInto(target, kAccumulator);
    pushTemporary();
    Operand from = genAggregate(value);
    popTemporary(kScratch);
    copyObject(from, mach::mem(kScratch), size);
  }
  if (needValue) emit(Opcode::Mov, Width::Q, reg(kScratch, Width::Q), reg(kAccumulator, Width::Q));
}

// "return s;" (psABI 3.2.3, "Returning of Values"): a structure of up to
// 16 bytes in %rax and %rdx; a larger one copied to the caller's buffer,
// whose address came in %rdi and goes back in %rax.
void FunctionCodegen::genRecordReturn(const Expr* value) {
  const int64_t size = abi::sizeOf(value->type);
  Operand from = genAggregate(value);
  if (resultAddressSlot_ >= 0) {
    const Operand resultAddress = mach::frameSlot(resultAddressSlot_, {});
    if (size > kLargestUnrolledCopy) {  // memcpy returns the destination in %rax
      emit(Opcode::Lea, Width::Q, from, reg(abi::kIntegerArgumentRegisters[1], Width::Q));
      emit(Opcode::Mov, Width::Q, resultAddress, reg(abi::kIntegerArgumentRegisters[0], Width::Q));
      emit(Opcode::Mov, Width::Q, imm(size), reg(abi::kIntegerArgumentRegisters[2], Width::Q));
      callLibrary("memcpy");
      return;
    }
    emit(Opcode::Mov, Width::Q, resultAddress, reg(kScratch, Width::Q));
    copyObject(from, mach::mem(kScratch), size);
    emit(Opcode::Mov, Width::Q, reg(kScratch, Width::Q), reg(abi::kReturnRegister, Width::Q));
    return;
  }
  // The eightbyte for %rax last: the structure's address may be in it.
  const abi::ResultPlace place = abi::resultPlace(value->type);
  const int last = place.registerCount > 1 && place.registers[1] == abi::kReturnRegister ? 1 : 0;
  for (int k : {1 - last, last}) {
    if (k >= place.registerCount) continue;
    loadEightbyte(displaced(from, 8 * k), std::min<int64_t>(8, size - 8 * k), place.registers[k], kScratch);
  }
}

}  // namespace codegen_detail
}  // namespace minicc
