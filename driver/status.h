// minicc's exit statuses and the one way the driver reports its own errors.
#pragma once

#include <string>

#include "support/diagnostics.h"

namespace minicc {

constexpr int kExitSuccess = 0;
constexpr int kExitCompileError = 1;  // the program has errors
constexpr int kExitUsageOrIo = 2;     // bad command line, unreadable file, a failing cc

// Prints "minicc: error: <message>" and returns kExitUsageOrIo.
int driverError(const std::string& message);

// Prints "minicc: warning: <message> [-W<flag>]" unless -w or -Wno-<flag>
// (in `options`) silences it.
void driverWarning(const DiagnosticOptions& options, const std::string& flag,
                   const std::string& message);

// The worse of two statuses, so a run over several files reports the worst.
inline int worseStatus(int a, int b) { return a > b ? a : b; }

}  // namespace minicc
