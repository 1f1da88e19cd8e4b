// The System V AMD64 psABI, in one place: what the rest of the back end
// asks about registers, the stack, calls and the sizes of C's types.
// Section numbers are those of the psABI (x86-64 supplement, 1.0). The front
// end asks it for sizeof and _Alignof too (its own small library, minicc_abi),
// as lcc's back ends hand their type sizes to the front end.
#pragma once

#include "codegen/machine.h"
#include <vector>

#include "parser/type.h"

namespace minicc {
namespace abi {

using mach::Reg;

// 3.2.3: INTEGER-class arguments travel in these registers, in order;
// later ones go on the stack, 8 bytes each, pushed right to left.
constexpr Reg kIntegerArgumentRegisters[] = {Reg::DI, Reg::SI, Reg::DX, Reg::CX, Reg::R8, Reg::R9};
constexpr int kIntegerArgumentRegisterCount = 6;
constexpr int kStackArgumentSize = 8;
// 3.2.3: SSE-class arguments (float, double, and the eightbytes of a
// structure that hold only those) take %xmm0 to %xmm7.
constexpr int kVectorArgumentRegisterCount = 8;
inline Reg vectorArgumentRegister(int n) { return mach::xmm(n); }

// 3.2.3: an INTEGER result comes back in %rax, a second eightbyte of a
// structure in %rdx.
constexpr Reg kReturnRegister = Reg::AX;
constexpr Reg kSecondReturnRegister = Reg::DX;
// ... an SSE result in %xmm0, a structure's second SSE eightbyte in %xmm1.
constexpr Reg kVectorReturnRegister = Reg::XMM0;
constexpr Reg kSecondVectorReturnRegister = Reg::XMM1;

// 3.5.7: a variadic function's register save area holds the six argument
// registers (48 bytes), then the eight vector ones (16 bytes each, 128):
// va_list's gp_offset runs to 48, its fp_offset from 48 to 176.
constexpr int kRegisterSaveAreaSize = 48;
constexpr int kFloatingRegisterSaveAreaEnd = 176;
constexpr int kVectorSaveSlotSize = 16;

// 3.2.1, figure 3.4: registers a callee must give back as it found them...
constexpr Reg kCalleeSaved[] = {Reg::BX, Reg::BP, Reg::R12, Reg::R13, Reg::R14, Reg::R15};
// ... and the others, which any call may change.
constexpr Reg kCallerSaved[] = {Reg::AX, Reg::CX, Reg::DX, Reg::SI, Reg::DI,
                                Reg::R8, Reg::R9, Reg::R10, Reg::R11};

// 3.2.2: %rsp is a multiple of 16 at every call, so at a function's entry
// (after the return address) it is 8 off; after "pushq %rbp" it is aligned.
constexpr int kStackAlignment = 16;
// The return address and the saved %rbp lie between %rbp and the caller's
// pushed arguments: the first of those is at 16(%rbp).
constexpr int kFirstStackArgumentOffset = 16;
// 3.2.2: the 128 bytes below %rsp are the red zone, which signal handlers
// leave alone, so a leaf function may keep its locals there.
constexpr int kRedZoneSize = 128;

// 3.5.7: before calling a variadic function (or one without a prototype,
// which might be variadic), %al holds an upper bound on the number of
// vector registers used for arguments.
constexpr Reg kVectorCountRegister = Reg::AX;
inline bool callNeedsVectorCount(const Type* callee) { return callee->variadic || !callee->prototyped; }

// 3.1.2, figure 3.1: sizes and alignments of C's types (LP64: int is 4
// bytes, long and pointers 8). An incomplete type has size 0.
// Selection asks for sizes all the time, nearly always of scalars: those
// come from a table, inline; arrays and records (-1 in it) from their length
// or layout.
constexpr int8_t kSizeByKind[] = {
    0,                                // Void
    1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8,  // Char ... ULongLong
    4, 8,                             // Float, Double
    4,                                // Enum
    8,                                // Pointer
    -1,                               // Array
    0,                                // Function
    -1, -1,                           // Struct, Union
};
static_assert(sizeof(kSizeByKind) == static_cast<size_t>(TypeKind::Union) + 1);
int64_t aggregateSize(const Type* type);
inline int64_t sizeOf(const Type* type) {
  const int size = kSizeByKind[static_cast<size_t>(type->kind)];
  return size >= 0 ? size : aggregateSize(type);
}
int alignOf(const Type* type);

// 3.1.2, "Aggregates and Unions": each member at the next offset that is a
// multiple of its own alignment (a union's all at 0); the record aligned as
// its most aligned member, its size rounded up to a multiple of that. The
// members' types must be complete. Fills the offsets, size and alignment.
void layoutRecord(Record& record);

// 3.2.3, parameter passing: how an argument or a result of a type travels.
// The size is cut into eightbytes; an aggregate of more than two of them is
// MEMORY (copied to the stack, or for a result written through a hidden
// pointer). Otherwise each eightbyte is classed by the members that lie in
// it: SSE when it holds only floats and doubles, INTEGER when anything
// else (an integer or a pointer) lies in it. MEMORY beats both.
enum class ArgClass : uint8_t { Integer, Sse, Memory };
struct Classification {
  ArgClass argClass = ArgClass::Integer;  // Memory, or not: then see `parts`
  int eightbytes = 1;                     // how many registers it takes
  ArgClass parts[2] = {ArgClass::Integer, ArgClass::Integer};  // each eightbyte's class
  int count(ArgClass c) const {
    int n = 0;
    for (int i = 0; i < eightbytes && i < 2; ++i) n += parts[i] == c;
    return n;
  }
};
Classification classify(const Type* type);

// Where each argument of a call goes, by 3.2.3's algorithm: INTEGER
// arguments take the next free registers of kIntegerArgumentRegisters, all
// of an aggregate's eightbytes or (if too few are left) none, the whole
// aggregate then going on the stack while later arguments may still take
// registers; MEMORY arguments go on the stack. A MEMORY result takes %rdi
// for its hidden pointer first.
struct ArgumentPlace {
  Reg registers[2] = {Reg::AX, Reg::AX};  // each eightbyte's register, general or vector
  int registerCount = 0;   // 0: on the stack
  bool inRegisters() const { return registerCount > 0; }
  int stackOffset = 0;     // on the stack: bytes from the first stack argument
  int64_t size = 0;
};
struct CallPlan {
  bool resultInMemory = false;  // the caller passes the result's address in %rdi
  std::vector<ArgumentPlace> arguments;
  int stackBytes = 0;           // the stack arguments' area, in whole eightbytes
  int registersUsed = 0;        // INTEGER registers taken (with the hidden pointer)
  int vectorRegistersUsed = 0;  // SSE registers taken: what %al says to a variadic callee
};
CallPlan planCall(const Type* result, const std::vector<const Type*>& arguments);

// Where a result comes back: each eightbyte's register, or (registerCount
// 0, MEMORY) through the hidden pointer.
struct ResultPlace {
  Reg registers[2] = {Reg::AX, Reg::AX};
  int registerCount = 0;
};
ResultPlace resultPlace(const Type* type);
// 3.1.2: an array variable of 16 bytes or more is aligned to 16, so that
// vector instructions can work on it; other variables as their type.
int variableAlignment(const Type* type);

}  // namespace abi
}  // namespace minicc
