// The command line of minicc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "driver/compile.h"

namespace minicc {

enum class OutputKind {
  Assembly,      // default: assembly on stdout, or to -o
  AssemblyFile,  // -S: assembly to <input>.s unless -o
  Object,        // -c: an object file, assembled by the system cc
  Preprocessed,  // -E: the preprocessed source
};

struct DriverOptions {
  std::string input;                 // a path, or "-" for standard input
  std::optional<std::string> output;  // -o
  OutputKind kind = OutputKind::Assembly;
  CompileOptions compile;
  bool help = false;
  bool version = false;
};

struct ParsedArguments {
  DriverOptions options;
  std::string error;                  // a usage error to report, else empty
  std::vector<std::string> warnings;  // about the command line, to print
};

// `stderrIsTerminal` decides colour unless -f[no-]color-diagnostics says.
ParsedArguments parseArguments(const std::vector<std::string>& args, bool stderrIsTerminal);

// The text of --help.
const char* usageText();

}  // namespace minicc
