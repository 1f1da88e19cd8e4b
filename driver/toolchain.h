// The steps from source files to a program: minicc compiles each C file,
// the system cc assembles and links. Each returns an exit status (status.h)
// and has reported its own diagnostics.
#pragma once

#include <string>

#include "driver/compile.h"
#include "driver/options.h"
#include "driver/temp_dir.h"

namespace minicc {

// Reads the C file `path` ("-" for standard input) and compiles it; the
// result (assembly, -E text or a dump) goes to `output`, or the assembly to
// `assemblyOut` as it is made (compile.h). Prints the diagnostics and
// clang's "N errors generated." summary.
int compileFile(const std::string& path, const CompileOptions& options, std::string& output,
                std::ostream* assemblyOut = nullptr);

// cc -c: assembles `assemblyPath` into the object file `objectPath`.
int assemble(const std::string& assemblyPath, const std::string& objectPath);

// Compiles every C input into `work`, then has cc assemble and link them
// with the other inputs and the -l/-L flags into `programPath`.
int linkProgram(const DriverOptions& options, const TempDir& work, const std::string& programPath);

// "dir/fun.c" -> "fun" + extension, in the current directory, as cc names outputs.
std::string defaultOutputName(const std::string& input, const std::string& extension);

}  // namespace minicc
