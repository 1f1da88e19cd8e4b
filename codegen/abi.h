// The System V AMD64 psABI, in one place: what the rest of the back end
// asks about registers, the stack, calls and the sizes of C's types.
// Section numbers are those of the psABI (x86-64 supplement, 1.0). The front
// end asks it for sizeof and _Alignof too (its own small library, minicc_abi),
// as lcc's back ends hand their type sizes to the front end.
#pragma once

#include "codegen/machine.h"
#include "parser/type.h"

namespace minicc {
namespace abi {

using mach::Reg;

// 3.2.3: INTEGER-class arguments travel in these registers, in order;
// later ones go on the stack, 8 bytes each, pushed right to left.
constexpr Reg kIntegerArgumentRegisters[] = {Reg::DI, Reg::SI, Reg::DX, Reg::CX, Reg::R8, Reg::R9};
constexpr int kIntegerArgumentRegisterCount = 6;
constexpr int kStackArgumentSize = 8;

// 3.2.3: an INTEGER result comes back in %rax.
constexpr Reg kReturnRegister = Reg::AX;

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
int64_t sizeOf(const Type* type);
int alignOf(const Type* type);
// 3.1.2: an array variable of 16 bytes or more is aligned to 16, so that
// vector instructions can work on it; other variables as their type.
int variableAlignment(const Type* type);

}  // namespace abi
}  // namespace minicc
