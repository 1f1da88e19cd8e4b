// The x86-64 registers codegen uses, by the names of each width.
#pragma once

#include <string_view>

namespace minicc {

struct Register {
  std::string_view q;  // 64 bits
  std::string_view l;  // 32 bits
  std::string_view b;  // 8 bits

  // The name for a value of `size` bytes (1, 4 or 8).
  std::string_view sized(int size) const { return size == 8 ? q : size == 1 ? b : l; }
};

// Integer argument registers in order (System V AMD64 ABI 3.2.3).
constexpr Register kArgumentRegisters[] = {
    {"%rdi", "%edi", "%dil"}, {"%rsi", "%esi", "%sil"}, {"%rdx", "%edx", "%dl"},
    {"%rcx", "%ecx", "%cl"},  {"%r8", "%r8d", "%r8b"},  {"%r9", "%r9d", "%r9b"},
};

// Where expression values are computed: the result register (also the
// return value, ABI 3.2.3) and the scratch register for a second operand.
constexpr Register kAccumulator = {"%rax", "%eax", "%al"};
constexpr Register kScratch = {"%rcx", "%ecx", "%cl"};

// Registers that hold the parts of a right operand computed without calls
// while the left operand waits in the accumulator. All are caller-saved
// (ABI 3.2.1), and none is live then: argument registers are filled only
// after every argument has been computed.
constexpr Register kTemporaryRegisters[] = {
    {"%rcx", "%ecx", "%cl"}, {"%rdx", "%edx", "%dl"},   {"%rsi", "%esi", "%sil"},
    {"%rdi", "%edi", "%dil"}, {"%r8", "%r8d", "%r8b"},   {"%r9", "%r9d", "%r9b"},
    {"%r10", "%r10d", "%r10b"}, {"%r11", "%r11d", "%r11b"},
};
constexpr int kTemporaryRegisterCount = 8;

}  // namespace minicc
