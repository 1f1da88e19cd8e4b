// -run, as in tcc: build the program in a private temporary directory, run
// it with the arguments after the source file and minicc's standard
// streams, and leave nothing behind.
#pragma once

#include "driver/options.h"

namespace minicc {

// The program's exit status (128+N if signal N ended it), or minicc's own
// status if it could not be built or started.
int runProgram(const DriverOptions& options);

}  // namespace minicc
