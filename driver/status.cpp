#include "driver/status.h"

#include <iostream>

namespace minicc {

int driverError(const std::string& message) {
  std::cerr << "minicc: error: " << message << "\n";
  return kExitUsageOrIo;
}

void driverWarning(const DiagnosticOptions& options, const std::string& flag,
                   const std::string& message) {
  if (options.suppressWarnings || options.disabledWarnings.count(flag)) return;
  std::cerr << "minicc: warning: " << message << " [-W" << flag << "]\n";
}

}  // namespace minicc
