// The command line of minicc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "driver/compile.h"

namespace minicc {

// What the driver makes, decided by -S/-c/-E/-run/--dump-* and, without
// those, by the inputs and the -o name (see parseArguments).
enum class OutputKind {
  Assembly,      // one C file, no -o or -o x.s: assembly on stdout, or to -o
  AssemblyFile,  // -S: each C file's assembly to <input>.s unless -o
  Object,        // -c: each input's object file, assembled by the system cc
  Executable,    // no -S/-c: compile, assemble and link a program with cc
  Run,           // -run: build a program in a temporary directory and run it
  Preprocessed,  // -E: the preprocessed source
  Tokens,        // --dump-tokens: the tokens after preprocessing
  Ast,           // --dump-ast: the tree after sema
};

// How the driver treats an input, by its name, as cc does.
enum class InputKind {
  CSource,   // .c, "-" for standard input, any other name: compiled by minicc
  Assembly,  // .s, .S: assembled by cc
  Linker,    // .o, .a, .so, .dylib: handed to the link as it is
};

struct InputFile {
  std::string path;
  InputKind kind;
};

struct DriverOptions {
  std::vector<InputFile> inputs;       // in command-line order
  std::optional<std::string> output;   // -o
  OutputKind kind = OutputKind::Assembly;
  std::vector<std::string> linkFlags;  // -lNAME and -LDIR, in order, for cc
  std::vector<std::string> programArguments;  // -run: everything after the source file
  CompileOptions compile;
  bool help = false;
  bool version = false;
};

// A warning about the command line; `flag` is its -W name, so -Wno-flag and
// -w silence it as they silence the compiler's own warnings.
struct CommandLineWarning {
  std::string flag;
  std::string message;
};

struct ParsedArguments {
  DriverOptions options;
  std::string error;                         // a usage error to report, else empty
  std::vector<CommandLineWarning> warnings;  // to print unless silenced
};

// `stderrIsTerminal` decides colour unless -f[no-]color-diagnostics says.
ParsedArguments parseArguments(const std::vector<std::string>& args, bool stderrIsTerminal);

// The text of --help.
const char* usageText();

}  // namespace minicc
