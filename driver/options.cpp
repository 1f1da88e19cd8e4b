#include "driver/options.h"

#include <cstdlib>

#include "support/warning_flags.h"

namespace minicc {

const char* usageText() {
  return R"(OVERVIEW: minicc, a small C compiler for x86-64 (AT&T assembly, System V ABI)

USAGE: minicc [options] <file.c | ->

OUTPUT:
  (default)              write assembly to standard output
  -o <file>              write the output to <file> ('-' for standard output)
  -S                     write assembly to <file>.s, as cc -S does
  -c                     write an object file <file>.o (assembled with the system cc)
  -E                     preprocess only: write the preprocessed source

PREPROCESSOR:
  -D <name>[=<value>]    define a macro (value 1 if none)
  -U <name>              undefine a macro
  -I <dir>               search <dir> for #include "..." files

DIAGNOSTICS:
  -w                     suppress all warnings
  -Werror                turn warnings into errors
  -Wno-<name>            suppress one warning, e.g. -Wno-unused-variable
  -ferror-limit=<n>      stop after <n> errors (default 20, 0 for no limit)
  -fcolor-diagnostics    colour diagnostics even when stderr is not a terminal
  -fno-color-diagnostics never colour diagnostics

CODE GENERATION:
  -fverbose-asm          comment the assembly with each statement's source line
                         and where each variable lives
  -fno-jump-tables       compile every switch to a chain of compares
  -masm=<notation>       att (default), intel (as clang -masm=intel), or plan9 / go
                         (Go's assembler, for 'go tool asm'; no jump tables)
  -fno-asynchronous-unwind-tables
                         leave out the .cfi_* call-frame information

TARGET:
  --target=<triple>      x86_64-linux-gnu (default, ELF) or x86_64-apple-darwin (Mach-O)

  --help                 show this text
  --version              show the version

EXIT STATUS: 0 success, 1 compile errors, 2 usage or I/O errors.
)";
}

ParsedArguments parseArguments(const std::vector<std::string>& args, bool stderrIsTerminal) {
  ParsedArguments parsed;
  DriverOptions& o = parsed.options;
  const char* term = std::getenv("TERM");
  bool color = stderrIsTerminal && !std::getenv("NO_COLOR") &&
               !(term && std::string(term) == "dumb");
  bool sawKind = false;
  auto setKind = [&](OutputKind kind, const std::string& flag) {
    if (sawKind && o.kind != kind) parsed.error = "'" + flag + "' cannot be combined with another output kind";
    o.kind = kind;
    sawKind = true;
  };
  auto startsWith = [](const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; };

  for (size_t i = 0; i < args.size() && parsed.error.empty(); ++i) {
    const std::string& a = args[i];
    // Options that take a value, either joined ("-DX") or separate ("-D X").
    auto value = [&](const char* flag) -> std::optional<std::string> {
      size_t n = std::string(flag).size();
      if (a.size() > n) return a.substr(n);
      if (i + 1 < args.size()) return args[++i];
      parsed.error = "argument to '" + std::string(flag) + "' is missing";
      return std::nullopt;
    };
    if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--version") {
      o.version = true;
    } else if (a == "-S") {
      setKind(OutputKind::AssemblyFile, a);
    } else if (a == "-c") {
      setKind(OutputKind::Object, a);
    } else if (a == "-E") {
      setKind(OutputKind::Preprocessed, a);
    } else if (startsWith(a, "-o")) {
      if (auto v = value("-o")) o.output = *v;
    } else if (startsWith(a, "-D")) {
      if (auto v = value("-D")) {
        MacroDefinitionOption d;
        size_t eq = v->find('=');
        d.name = v->substr(0, eq);
        if (eq != std::string::npos) d.value = v->substr(eq + 1);
        o.compile.preprocessor.commandLine.push_back(d);
      }
    } else if (startsWith(a, "-U")) {
      if (auto v = value("-U")) {
        MacroDefinitionOption d;
        d.name = *v;
        d.undefine = true;
        o.compile.preprocessor.commandLine.push_back(d);
      }
    } else if (startsWith(a, "-I")) {
      if (auto v = value("-I")) o.compile.preprocessor.includeDirs.push_back(*v);
    } else if (startsWith(a, "--target=")) {
      auto target = parseTarget(a.substr(9));
      if (!target) {
        parsed.error = "unknown target '" + a.substr(9) +
                       "' (minicc knows x86_64-linux-gnu and x86_64-apple-darwin)";
      } else {
        o.compile.target = *target;
        o.compile.preprocessor.target = *target;
      }
    } else if (a == "-w") {
      o.compile.diagnostics.suppressWarnings = true;
    } else if (a == "-Werror") {
      o.compile.diagnostics.warningsAsErrors = true;
    } else if (startsWith(a, "-W")) {
      // -Wname turns nothing on (minicc's warnings are always on); -Wno-name
      // turns one off. Either way the name must be one minicc knows.
      bool off = startsWith(a, "-Wno-");
      std::string name = a.substr(off ? 5 : 2);
      if (!findWarningFlag(name))
        parsed.warnings.push_back("unknown warning option '" + a +
                                  "' [-Wunknown-warning-option]");
      else if (off)
        o.compile.diagnostics.disabledWarnings.insert(name);
    } else if (startsWith(a, "-ferror-limit=")) {
      const std::string n = a.substr(14);
      if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 9)
        parsed.error = "invalid value '" + n + "' in '" + a + "'";
      else
        o.compile.diagnostics.errorLimit = static_cast<unsigned>(std::stoul(n));
    } else if (a == "-fverbose-asm") {
      o.compile.codegen.verboseAsm = true;
    } else if (a == "-fno-verbose-asm") {
      o.compile.codegen.verboseAsm = false;
    } else if (a == "-fno-jump-tables") {
      o.compile.codegen.jumpTables = false;
    } else if (a == "-fjump-tables") {
      o.compile.codegen.jumpTables = true;
    } else if (a == "-fasynchronous-unwind-tables" || a == "-funwind-tables") {
      o.compile.codegen.unwindTables = true;
    } else if (a == "-fno-asynchronous-unwind-tables" || a == "-fno-unwind-tables") {
      o.compile.codegen.unwindTables = false;
    } else if (startsWith(a, "-masm=")) {
      const std::string notation = a.substr(6);
      if (notation == "att")
        o.compile.codegen.notation = Notation::Att;
      else if (notation == "intel")
        o.compile.codegen.notation = Notation::Intel;
      else if (notation == "plan9" || notation == "go")
        o.compile.codegen.notation = Notation::Plan9;
      else
        parsed.error = "unsupported argument '" + notation + "' to option '-masm=' " +
                       "(minicc knows att, intel, plan9 and go)";
    } else if (a == "-fcolor-diagnostics") {
      color = true;
    } else if (a == "-fno-color-diagnostics") {
      color = false;
    } else if (startsWith(a, "-O") || a == "-g" || a == "-std=c99" || a == "-std=c11" ||
               a == "-std=c17") {
      // Accepted for compatibility with cc command lines; they change nothing.
    } else if (a == "-" || a[0] != '-') {
      if (!o.input.empty())
        parsed.error = "only one input file is supported (got '" + o.input + "' and '" + a + "')";
      o.input = a;
    } else {
      parsed.error = "unknown argument: '" + a + "'";
    }
  }
  o.compile.diagnostics.color = color;
  o.compile.preprocessOnly = o.kind == OutputKind::Preprocessed;
  if (parsed.error.empty() && o.input.empty() && !o.help && !o.version)
    parsed.error = "no input file (use '-' for standard input)";
#ifndef __APPLE__
  if (parsed.error.empty() && o.kind == OutputKind::Object &&
      o.compile.target == Target::DarwinMachO)
    parsed.error = "-c for a Mach-O target needs a macOS assembler; use -S and assemble it there";
#endif
  if (parsed.error.empty() && o.kind == OutputKind::Object &&
      o.compile.codegen.notation == Notation::Plan9)
    parsed.error = "-masm=plan9 writes Go's assembler notation, which cc cannot assemble; "
                   "use -S and 'go tool asm'";
  return parsed;
}

}  // namespace minicc
