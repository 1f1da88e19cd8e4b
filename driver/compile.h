// The pipeline on one source text: preprocess, parse, analyse, generate.
// The command line (main.cpp), the unit tests and the fuzzer all call this.
#pragma once

#include <ostream>
#include <string>

#include "codegen/codegen.h"
#include "preprocessor/preprocessor.h"
#include "support/diagnostics.h"
#include "support/target.h"

namespace minicc {

// A stage whose result --dump-tokens / --dump-ast print instead of assembly.
enum class DumpStage { None, Tokens, Ast };

struct CompileOptions {
  PreprocessorOptions preprocessor;
  DiagnosticOptions diagnostics;
  Target target = Target::LinuxElf;
  CodegenOptions codegen;
  bool preprocessOnly = false;  // -E: stop after the preprocessor
  DumpStage dump = DumpStage::None;
};

struct CompileResult {
  bool success = false;
  std::string output;  // the assembly (or the -E text, or a dump); empty on failure
  unsigned errors = 0;
  unsigned warnings = 0;
};

// `fileName` is how diagnostics name the file. Diagnostics go to `diagnosticsOut`.
// With `assemblyOut`, the assembly goes there as it is made instead of into
// the result's output (which then has only -E text or a dump); nothing is
// written to it unless the file compiles without errors.
CompileResult compile(const std::string& fileName, std::string source,
                      const CompileOptions& options, std::ostream& diagnosticsOut,
                      std::ostream* assemblyOut = nullptr);

}  // namespace minicc
