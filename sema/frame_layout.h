// The stack-slot allocator: where each parameter and local lives in the frame.
//
//   16(%rbp), 24(%rbp), ...   the 7th, 8th, ... arguments, pushed by the caller
//    8(%rbp)                  the return address
//    0(%rbp)                  the caller's %rbp
//   -4(%rbp), -8(%rbp), ...   register parameters (spilled on entry), then
//                             locals, in order of appearance, each aligned to its size
#pragma once

#include "parser/ast.h"

namespace minicc {

// Fills frameOffset of fn's parameters and locals, and fn.frame.localsSize
// (rounded up to 16 so %rsp stays aligned for calls, System V ABI 3.2.2).
void layoutFrame(FunctionDecl& fn);

// How many integer arguments travel in registers (System V ABI 3.2.3).
constexpr int kRegisterArgumentCount = 6;

}  // namespace minicc
