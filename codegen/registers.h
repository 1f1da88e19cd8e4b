// Every register's names, in one table: GNU as's at each width (without
// AT&T's '%', which the AT&T printer adds; Intel syntax writes them bare),
// and Go's Plan 9 ones, which name the whole register at every width but
// bytes (Go: AX for %eax and %rax, AL for %al).
#pragma once

#include <iterator>
#include <string_view>

#include "codegen/machine.h"

namespace minicc {

struct RegisterNames {
  std::string_view q, l, w, b;  // GNU as: 64, 32, 16 and 8 bits
  std::string_view plan9, plan9Byte;
};

// Indexed by mach::Reg: the general registers in hardware encoding order,
// %rip, then %xmm0-%xmm15, whose name is the same whatever the width of the
// value they hold (Go: X0-X15).
constexpr RegisterNames kRegisterNames[] = {
    {"rax", "eax", "ax", "al", "AX", "AL"},         {"rcx", "ecx", "cx", "cl", "CX", "CL"},
    {"rdx", "edx", "dx", "dl", "DX", "DL"},         {"rbx", "ebx", "bx", "bl", "BX", "BL"},
    // SPB, BPB, SIB and DIB need a REX prefix, as %spl ... %dil do.
    {"rsp", "esp", "sp", "spl", "SP", "SPB"},       {"rbp", "ebp", "bp", "bpl", "BP", "BPB"},
    {"rsi", "esi", "si", "sil", "SI", "SIB"},       {"rdi", "edi", "di", "dil", "DI", "DIB"},
    {"r8", "r8d", "r8w", "r8b", "R8", "R8B"},       {"r9", "r9d", "r9w", "r9b", "R9", "R9B"},
    {"r10", "r10d", "r10w", "r10b", "R10", "R10B"}, {"r11", "r11d", "r11w", "r11b", "R11", "R11B"},
    {"r12", "r12d", "r12w", "r12b", "R12", "R12B"}, {"r13", "r13d", "r13w", "r13b", "R13", "R13B"},
    {"r14", "r14d", "r14w", "r14b", "R14", "R14B"}, {"r15", "r15d", "r15w", "r15b", "R15", "R15B"},
    {"rip", "eip", "ip", "ipl", "PC", "PC"},
    {"xmm0", "xmm0", "xmm0", "xmm0", "X0", "X0"},         {"xmm1", "xmm1", "xmm1", "xmm1", "X1", "X1"},
    {"xmm2", "xmm2", "xmm2", "xmm2", "X2", "X2"},         {"xmm3", "xmm3", "xmm3", "xmm3", "X3", "X3"},
    {"xmm4", "xmm4", "xmm4", "xmm4", "X4", "X4"},         {"xmm5", "xmm5", "xmm5", "xmm5", "X5", "X5"},
    {"xmm6", "xmm6", "xmm6", "xmm6", "X6", "X6"},         {"xmm7", "xmm7", "xmm7", "xmm7", "X7", "X7"},
    {"xmm8", "xmm8", "xmm8", "xmm8", "X8", "X8"},         {"xmm9", "xmm9", "xmm9", "xmm9", "X9", "X9"},
    {"xmm10", "xmm10", "xmm10", "xmm10", "X10", "X10"},   {"xmm11", "xmm11", "xmm11", "xmm11", "X11", "X11"},
    {"xmm12", "xmm12", "xmm12", "xmm12", "X12", "X12"},   {"xmm13", "xmm13", "xmm13", "xmm13", "X13", "X13"},
    {"xmm14", "xmm14", "xmm14", "xmm14", "X14", "X14"},   {"xmm15", "xmm15", "xmm15", "xmm15", "X15", "X15"},
};
static_assert(std::size(kRegisterNames) == static_cast<size_t>(mach::Reg::XMM15) + 1,
              "a name for every register");

constexpr std::string_view registerName(mach::Reg r, mach::Width w) {
  const RegisterNames& names = kRegisterNames[static_cast<int>(r)];
  switch (w) {
    case mach::Width::Q: return names.q;
    case mach::Width::L: return names.l;
    case mach::Width::W: return names.w;
    case mach::Width::B: return names.b;
  }
  return names.q;
}

inline std::string_view plan9RegisterName(mach::Reg r, mach::Width w) {
  const RegisterNames& names = kRegisterNames[static_cast<int>(r)];
  return w == mach::Width::B ? names.plan9Byte : names.plan9;
}

}  // namespace minicc
