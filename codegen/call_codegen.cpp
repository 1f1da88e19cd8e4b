// Instruction selection for calls, System V style (psABI 3.2.3): where each
// argument goes comes from abi::planCall — INTEGER eightbytes in %rdi %rsi
// %rdx %rcx %r8 %r9, SSE ones (floats, doubles) in %xmm0 to %xmm7, the rest
// pushed right to left, a structure of more
// than 16 bytes copied onto the stack, a structure result of more than 16
// bytes written through a hidden pointer in %rdi. %rsp is 16-byte aligned
// at the call, and %al holds the number of vector registers used for a
// variadic or unprototyped callee (3.5.7).
#include <algorithm>

#include "codegen/function_codegen_internal.h"
#include "codegen/symbols.h"
#include "codegen/why_notes.h"

namespace minicc {
namespace codegen_detail {

using mach::imm;
using mach::reg;

// A simple argument straight into its register: a constant, a variable, an
// array's or string's address; a structure variable's eightbytes into its
// registers.
void FunctionCodegen::loadArgument(const Expr* arg, const abi::ArgumentPlace& place) {
  const Reg into = place.registers[0];
  if (arg->type->isRecord()) {
    loadEightbytes(*fixedPlace(arg), place.registers, place.registerCount, place.size,
                   kStructAddress);
    return;
  }
  if (arg->type->isFloating()) {
    const Operand from = arg->floatingConstant
                             ? floatingConstantOperand(*floatingValue(arg), arg->type)
                             : *fixedPlace(arg);
    loadValue(from, arg->type, into);
    return;
  }
  if (arg->constant) {
    const Width width = registerWidth(arg->type);
    if (fitsInImmediate(*arg->constant))
      emit(Opcode::Mov, width, imm(*arg->constant), reg(into, width));
    else  // movl for a 32-bit unsigned value, else movabsq
      genConstant(*arg->constant, Width::Q, into);
  } else if (const Expr* object = decayedOperand(arg)) {
    emit(Opcode::Lea, Width::Q, genAddress(object), reg(into, Width::Q));
  } else {
    const Expr* inner = throughNoOps(arg);
    loadValue(*fixedPlace(inner), inner->type, into);
  }
}

// One argument onto the stack: a scalar as an eightbyte, a structure as
// its eightbytes, the last one first, so that it lies in memory as it does
// in the caller's object.
void FunctionCodegen::pushStackArgument(const Expr* arg) {
  if (arg->type->isFloating()) {  // its bits, a float's in the low half
    genExpr(arg);
    emit(Opcode::MovGV, floatingWidth(arg->type), reg(kFloatingAccumulator, Width::Q),
         reg(kAccumulator, floatingWidth(arg->type)));
    emit(Opcode::Push, Width::Q, reg(kAccumulator, Width::Q));
    pushedBytes_ += abi::kStackArgumentSize;
    return;
  }
  if (!arg->type->isRecord()) {
    if (arg->constant && fitsInImmediate(*arg->constant)) {
      emit(Opcode::Push, Width::Q, imm(*arg->constant));
    } else {
      genExpr(arg);
      emit(Opcode::Push, Width::Q, reg(kAccumulator, Width::Q));
    }
    pushedBytes_ += abi::kStackArgumentSize;
    return;
  }
  Operand object = genAggregate(arg);
  const int64_t size = abi::sizeOf(arg->type);
  for (int64_t at = (size + 7) / 8 * 8 - 8; at >= 0; at -= 8) {
    Operand piece = object;
    piece.value += at;
    if (size - at >= 8) {
      emit(Opcode::Push, Width::Q, piece);
    } else {  // the last bytes: no load past the end of the object
      loadEightbyte(piece, size - at, kScratch, Reg::DX);
      emit(Opcode::Push, Width::Q, reg(kScratch, Width::Q));
    }
    pushedBytes_ += abi::kStackArgumentSize;
  }
}

// A call; a structure result goes to `into` when it is given (a variable,
// or a member of one) and the call can write it there: from %rax:%rdx
// always, through the hidden pointer only into an object nothing else can
// see yet (`intoIsFresh`: one being initialised), since the callee could
// read the old one while it writes. Returns whether the result is in `into`;
// otherwise it is in a slot of its own, whose address is left in %rax.
bool FunctionCodegen::genCall(const CallExpr* e, const Operand* into, bool intoIsFresh) {
  const auto& args = e->args;
  const Type* callee = e->functionType;
  const Type* result = callee->base;
  std::vector<const Type*> types;
  for (const Expr* arg : args) types.push_back(arg->type);
  const abi::CallPlan plan = abi::planCall(result, types);
  const Operand stackPointer = reg(Reg::SP, Width::Q);
  const int64_t resultSize = result->isRecord() ? abi::sizeOf(result) : 0;
  // From registers, each eightbyte is stored at the width it fills, which
  // must be one a mov has (a 3-byte tail goes by way of a slot).
  const int64_t tail = resultSize % 8;
  if (into && (plan.resultInMemory ? !intoIsFresh : !(tail == 0 || tail == 1 || tail == 2 || tail == 4)))
    into = nullptr;
  const int resultSlot = result->isRecord() && !into
                             ? newTemporarySlot(abi::sizeOf(result), abi::alignOf(result),
                                                result->str(), "call.result")
                             : -1;
  const Operand resultObject = into ? *into : mach::frameSlot(resultSlot, {});

  const int padding = (pushedBytes_ + plan.stackBytes) % abi::kStackAlignment == 0 ? 0 : 8;
  if (padding) {
    emit(Opcode::Sub, Width::Q, imm(padding), stackPointer).note = why::kCallPadding;
    pushedBytes_ += padding;
  }
  for (size_t i = args.size(); i-- > 0;)
    if (!plan.arguments[i].inRegisters()) pushStackArgument(args[i]);

  // Arguments that need computing go first, each waiting on the stack while
  // the next is computed; the last one moves straight into its registers.
  // A structure is computed as its address, and its eightbytes are loaded
  // into their registers from there.
  // At the default level those that may call come first (C leaves the
  // order to the compiler, and gcc goes right to left): then an argument
  // computed in registers alone, such as ackermann's m - 1, is not held on
  // the stack across a call. -O keeps the source's order: there a value
  // waiting across a call is recomputed after it where it can be
  // (optimize/recompute_held_values), which is better still.
  std::vector<size_t> computed;
  for (size_t i = 0; i < args.size(); ++i)
    if (plan.arguments[i].inRegisters() && !isSimpleArgument(args[i])) computed.push_back(i);
  if (!options_.optimize)
    std::stable_partition(computed.begin(), computed.end(), [&](size_t i) {
      return registersNeeded(args[i]) > kTemporaryRegisterCount;
    });
  auto intoRegisters = [&](size_t i, Reg address, Reg scratch) {
    const abi::ArgumentPlace& place = plan.arguments[i];
    if (args[i]->type->isRecord()) {
      loadEightbytes(mach::mem(address), place.registers, place.registerCount, place.size,
                     scratch);
      return;
    }
    if (args[i]->type->isFloating()) {  // computed into %xmm0
      if (place.registers[0] != kFloatingAccumulator)
        copyVector(reg(kFloatingAccumulator, Width::Q), reg(place.registers[0], Width::Q));
      return;
    }
    Width width = registerWidth(args[i]->type);
    emit(Opcode::Mov, width, reg(address, width), reg(place.registers[0], width));
  };
  // A called pointer waits in the frame too, unless nothing is computed
  // after it: simple arguments leave kCalleeAddress alone.
  const bool indirect = !e->callee;
  const bool calleeWaits = indirect && !computed.empty();
  if (indirect) {
    genExpr(e->calleeExpr);
    if (calleeWaits)
      pushTemporary();
    else
      emit(Opcode::Mov, Width::Q, reg(kAccumulator, Width::Q), reg(kCalleeAddress, Width::Q));
  }
  for (size_t k = 0; k < computed.size(); ++k) {
    genExpr(args[computed[k]]);
    if (k + 1 < computed.size())
      args[computed[k]]->type->isFloating() ? pushFloating() : pushTemporary();
    else
      intoRegisters(computed[k], kAccumulator, kStructAddress);
  }
  for (size_t k = computed.size(); k-- > 1;) {
    size_t i = computed[k - 1];
    if (args[i]->type->isRecord()) {
      popTemporary(kStructAddress);
      intoRegisters(i, kStructAddress, kAccumulator);
    } else if (args[i]->type->isFloating()) {
      popFloating(plan.arguments[i].registers[0]);
    } else {
      popTemporary(plan.arguments[i].registers[0]);
    }
  }
  if (calleeWaits) popTemporary(kCalleeAddress);
  for (size_t i = 0; i < args.size(); ++i) {
    const abi::ArgumentPlace& place = plan.arguments[i];
    if (place.inRegisters() && isSimpleArgument(args[i])) loadArgument(args[i], place);
  }
  if (plan.resultInMemory)  // where the callee writes the structure it returns
    emit(Opcode::Lea, Width::Q, resultObject, reg(abi::kIntegerArgumentRegisters[0], Width::Q)).note =
        why::kHiddenResultPointer;

  if (abi::callNeedsVectorCount(callee))
    emit(Opcode::Mov, Width::B, imm(plan.vectorRegistersUsed), reg(abi::kVectorCountRegister, Width::B))
        .note = why::kVectorCount;
  if (indirect)
    emit(Opcode::CallIndirect, Width::Q, reg(kCalleeAddress, Width::Q));
  else
    emit(Opcode::Call, Width::Q, mach::target(symbolOf(e->callee)));

  int cleanup = plan.stackBytes + padding;
  if (cleanup) {
    emit(Opcode::Add, Width::Q, imm(cleanup), stackPointer);
    pushedBytes_ -= cleanup;
  }
  if (result->isRecord()) {
    // The value of the call is the structure's address, as for any other
    // structure: the caller's buffer, which a MEMORY-class callee filled and
    // returned in %rax, or a slot that %rax:%rdx are stored into.
    if (plan.resultInMemory) return into != nullptr;
    // %rax, %rdx, %xmm0, %xmm1 as the eightbytes' classes say: into `into`
    // exactly its bytes (it may be a member, with others after it), into
    // the slot whole eightbytes.
    const abi::ResultPlace place = abi::resultPlace(result);
    for (int64_t at = 0; at < resultSize; at += 8) {
      const Width width = into ? mach::widthOfBytes(static_cast<int>(std::min<int64_t>(8, resultSize - at)))
                               : Width::Q;
      Operand piece = resultObject;
      piece.value += at;
      const Reg from = place.registers[at / 8];
      if (mach::isVector(from))
        emit(Opcode::MovS, width == Width::L ? Width::L : Width::Q, reg(from, Width::Q), piece);
      else
        emit(Opcode::Mov, width, reg(from, width), piece);
    }
    if (into) return true;
    emit(Opcode::Lea, Width::Q, resultObject, reg(kAccumulator, Width::Q));
    return false;
  }
  const int64_t size = abi::sizeOf(result);
  if (result->isInteger() && size < 4) {  // a narrow result is widened as its type says
    Width narrow = mach::widthOfBytes(static_cast<int>(size));
    emitExtend(result->isUnsigned() ? Opcode::Movzx : Opcode::Movsx, narrow, Width::L,
               reg(kAccumulator, narrow), reg(kAccumulator, Width::L));
  }
  return false;
}

}  // namespace codegen_detail
}  // namespace minicc
