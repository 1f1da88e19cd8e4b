#include "driver/status.h"

#include <iostream>

namespace minicc {

int driverError(const std::string& message) {
  std::cerr << "minicc: error: " << message << "\n";
  return kExitUsageOrIo;
}

}  // namespace minicc
