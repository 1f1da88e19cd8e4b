// minicc's command line: parse the options, then make what they ask for —
// text on stdout or in a file, one output per input (-S, -c), a linked
// program, or a program run at once (-run) — and map outcomes to exit codes.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "driver/compile.h"
#include "driver/options.h"
#include "driver/output_file.h"
#include "driver/run_program.h"
#include "driver/status.h"
#include "driver/temp_dir.h"
#include "driver/toolchain.h"

namespace {

using namespace minicc;

int usageError(const std::string& message) {
  driverError(message);
  std::cerr << "usage: minicc [options] <file.c | ->  (see minicc --help)\n";
  return kExitUsageOrIo;
}

// Text (assembly, -E output, a dump) to `output`, or to stdout when it is
// empty or "-".
int writeText(const std::string& text, const std::string& output) {
  if (output.empty() || output == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? kExitSuccess : driverError("cannot write to standard output");
  }
  std::string error;
  return writeAtomically(output, text, error) ? kExitSuccess : driverError(error);
}

// One C file's text into `output`. Into a regular file the assembly goes as
// it is made, by way of a staging file, so a large listing is never held
// whole; standard output and special files get the text once it is complete.
int compileInto(const std::string& input, const CompileOptions& options,
                const std::string& output) {
  std::string text;
  bool toStdout = output.empty() || output == "-";
  if (!toStdout && !isSpecialFile(output)) {
    StagedOutput staged(output);
    if (staged.ok()) {
      int status = compileFile(input, options, text, &staged.stream());
      if (status != kExitSuccess) return status;
      staged.stream() << text;  // -E text or a dump, when that was asked for
      std::string error;
      return staged.commit(error) ? kExitSuccess : driverError(error);
    }
    // Not writable: compiled all the same, writeText then says why.
  }
  int status = compileFile(input, options, text);
  return status == kExitSuccess ? writeText(text, output) : status;
}

// One C file to text: the default assembly, -E, --dump-tokens, --dump-ast.
int compileToText(const DriverOptions& o) {
  return compileInto(o.inputs[0].path, o.compile, o.output.value_or(""));
}

// -c on one input: a C file is compiled and then assembled, an assembly file
// assembled; the object goes to a staging file that is renamed into place.
int makeObject(const InputFile& input, const CompileOptions& options, const std::string& object) {
  TempDir work;
  if (!work.ok()) return driverError(work.error());
  std::string assemblyPath = input.path;
  if (input.kind == InputKind::CSource) {
    std::string assembly;
    int status = compileFile(input.path, options, assembly);
    if (status != kExitSuccess) return status;
    assemblyPath = work.file(defaultOutputName(input.path, ".s"));
    std::string error;
    if (!writeFile(assemblyPath, assembly, error)) return driverError(error);
  }
  std::string staging = stagingPathFor(object, work);
  int status = assemble(assemblyPath, staging);
  if (status != kExitSuccess) {
    std::remove(staging.c_str());
    return status;
  }
  std::string error;
  return publish(staging, object, error) ? kExitSuccess : driverError(error);
}

// -S and -c: each input its own output, named after it unless -o (one input).
int compileEach(const DriverOptions& o) {
  bool objects = o.kind == OutputKind::Object;
  int status = kExitSuccess;
  for (const InputFile& input : o.inputs) {
    bool usable = input.kind == InputKind::CSource || (objects && input.kind == InputKind::Assembly);
    if (!usable) {
      const char* role = input.kind == InputKind::Linker ? "linker" : "assembler";
      driverWarning(o.compile.diagnostics, "unused-command-line-argument",
                    input.path + ": '" + role + "' input unused");
      continue;
    }
    std::string output = o.output.value_or("");
    if (output.empty() && input.path != "-")
      output = defaultOutputName(input.path, objects ? ".o" : ".s");
    if (!objects) {
      status = worseStatus(status, compileInto(input.path, o.compile, output));
    } else if (output.empty() || output == "-") {
      status = worseStatus(status, usageError("-c needs an output file: use -o <file>"));
    } else {
      status = worseStatus(status, makeObject(input, o.compile, output));
    }
  }
  return status;
}

// No -S/-c: a program at -o (a.out without it), linked by way of a staging file.
int buildExecutable(const DriverOptions& o) {
  TempDir work;
  if (!work.ok()) return driverError(work.error());
  std::string program = o.output.value_or("a.out");
  std::string staging = stagingPathFor(program, work);
  int status = linkProgram(o, work, staging);
  if (status != kExitSuccess) {
    std::remove(staging.c_str());
    return status;
  }
  std::string error;
  return publish(staging, program, error) ? kExitSuccess : driverError(error);
}

int run(const std::vector<std::string>& args) {
  ParsedArguments parsed = parseArguments(args, isatty(STDERR_FILENO));
  const DriverOptions& o = parsed.options;
  if (o.help) {
    std::cout << usageText();
    return kExitSuccess;
  }
  if (o.version) {
    std::cout << "minicc version " MINICC_VERSION "\nTarget: x86_64 (Linux ELF by default; --target=x86_64-apple-darwin for Mach-O)\n";
    return kExitSuccess;
  }
  if (!parsed.error.empty()) return usageError(parsed.error);
  for (const CommandLineWarning& warning : parsed.warnings)
    driverWarning(o.compile.diagnostics, warning.flag, warning.message);

  switch (o.kind) {
    case OutputKind::Assembly:
    case OutputKind::Preprocessed:
    case OutputKind::Tokens:
    case OutputKind::Ast:
      return compileToText(o);
    case OutputKind::AssemblyFile:
    case OutputKind::Object:
      return compileEach(o);
    case OutputKind::Executable:
      return buildExecutable(o);
    case OutputKind::Run:
      return runProgram(o);
  }
  return kExitSuccess;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return run(std::vector<std::string>(argv + 1, argv + argc));
}
