// The names GNU as gives each register at each width, without AT&T's '%'
// (the AT&T printer adds it; Intel syntax writes them bare). Go's Plan 9
// names are the Plan 9 printer's own.
#pragma once

#include <string_view>

#include "codegen/machine.h"

namespace minicc {

struct RegisterNames {
  std::string_view q, l, w, b;  // 64, 32, 16 and 8 bits
};

// Indexed by mach::Reg, in hardware encoding order, then %rip.
constexpr RegisterNames kRegisterNames[] = {
    {"rax", "eax", "ax", "al"},     {"rcx", "ecx", "cx", "cl"},     {"rdx", "edx", "dx", "dl"},
    {"rbx", "ebx", "bx", "bl"},     {"rsp", "esp", "sp", "spl"},    {"rbp", "ebp", "bp", "bpl"},
    {"rsi", "esi", "si", "sil"},    {"rdi", "edi", "di", "dil"},    {"r8", "r8d", "r8w", "r8b"},
    {"r9", "r9d", "r9w", "r9b"},    {"r10", "r10d", "r10w", "r10b"}, {"r11", "r11d", "r11w", "r11b"},
    {"r12", "r12d", "r12w", "r12b"}, {"r13", "r13d", "r13w", "r13b"}, {"r14", "r14d", "r14w", "r14b"},
    {"r15", "r15d", "r15w", "r15b"}, {"rip", "eip", "ip", "ipl"},
};

inline std::string_view registerName(mach::Reg r, mach::Width w) {
  const RegisterNames& names = kRegisterNames[static_cast<int>(r)];
  switch (w) {
    case mach::Width::Q: return names.q;
    case mach::Width::L: return names.l;
    case mach::Width::W: return names.w;
    case mach::Width::B: return names.b;
  }
  return names.q;
}

}  // namespace minicc
