// Runs a function on a thread with a large stack.
//
// The parser limits nesting, but a long chain such as a+a+...+a (300,000
// operands) still makes a deep tree that sema and codegen walk recursively.
// A big stack is reserved address space, touched only as far as it is used.
#pragma once

#include <cstddef>
#include <functional>

namespace minicc {

constexpr std::size_t kCompilerStackBytes = std::size_t(1) << 30;  // 1 GiB

// Calls `body` on a thread with `stackBytes` of stack and waits for it.
// Falls back to the current thread if no such thread can be made.
void runWithLargeStack(const std::function<void()>& body,
                       std::size_t stackBytes = kCompilerStackBytes);

}  // namespace minicc
