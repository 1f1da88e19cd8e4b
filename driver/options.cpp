#include "driver/options.h"

#include <cstdlib>

#include "driver/output_file.h"
#include "support/warning_flags.h"

namespace minicc {

const char* usageText() {
  return R"(OVERVIEW: minicc, a small C compiler for x86-64 (AT&T assembly, System V ABI)

USAGE: minicc [options] <file.c | ->
       minicc [options] <inputs...> -o <program>
       minicc [options] -run <file.c> [arguments...]

OUTPUT:
  (default)              one C file: write assembly to standard output (or to
                         -o <file>.s); otherwise link a program, as cc does
  -o <file>              write the output to <file> ('-' for standard output);
                         a name not ending in .s makes a linked program
  -S                     write each C file's assembly to <file>.s, as cc -S does
  -c                     write each input's object file <file>.o (assembled
                         with the system cc)
  -E                     preprocess only: write the preprocessed source
  --dump-tokens          write the tokens after preprocessing, one per line:
                         kind, spelling, file:line:col
  --dump-ast             write the tree after semantic analysis, indented:
                         each node's kind, location, type, variables' places

LINKING AND RUNNING (with the system cc):
  <file>.s, <file>.o     other inputs: assembled and linked with the C files
  -l <name>              link with library <name>, e.g. -lm
  -L <dir>               search <dir> for -l libraries
  -run <file.c> [args]   compile, link and run the program at once, in a
                         temporary directory that is removed; the arguments
                         after the file are the program's, and minicc exits
                         with its status (128+N if signal N ended it)
  (a failing cc or linker is an I/O error: exit status 2)

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
  -O0                    no optimisation (the default): every variable in its stack slot
  -O, -O1, -O2, -O3, -Os optimise: variables in registers, fewer moves and jumps,
                         leaf functions without a frame (all levels alike)
  -g                     debug information for gdb: line tables and DWARF 5
                         (AT&T and Intel listings on ELF; Plan 9 and Mach-O
                         listings leave it out); -g0 turns it off

TARGET:
  --target=<triple>      x86_64-linux-gnu (default, ELF) or x86_64-apple-darwin (Mach-O)

  --help                 show this text
  --version              show the version

EXIT STATUS: 0 success, 1 compile errors, 2 usage or I/O errors.
)";
}

namespace {

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool endsWith(const std::string& s, const char* suffix) {
  std::string tail(suffix);
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Assembly and the usual object and library names go to cc; anything else is
// C, as minicc has always read any file it was given.
InputKind inputKind(const std::string& path) {
  if (endsWith(path, ".s") || endsWith(path, ".S")) return InputKind::Assembly;
  for (const char* suffix : {".o", ".a", ".so", ".dylib"})
    if (endsWith(path, suffix)) return InputKind::Linker;
  if (path.find(".so.") != std::string::npos) return InputKind::Linker;  // libz.so.1
  return InputKind::CSource;
}

// The -O levels gcc and clang know; minicc accepts them all, and all but -O0 optimise alike.
bool isOptimizationLevel(const std::string& flag) {
  static const char* const kLevels[] = {"-O", "-O0", "-O1", "-O2", "-O3", "-Os", "-Oz", "-Og", "-Ofast"};
  for (const char* level : kLevels)
    if (flag == level) return true;
  return false;
}

const char* kindFlag(OutputKind kind) {
  switch (kind) {
    case OutputKind::AssemblyFile: return "-S";
    case OutputKind::Object: return "-c";
    case OutputKind::Preprocessed: return "-E";
    case OutputKind::Tokens: return "--dump-tokens";
    case OutputKind::Ast: return "--dump-ast";
    case OutputKind::Run: return "-run";
    case OutputKind::Assembly:
    case OutputKind::Executable: break;
  }
  return "";
}

// Without -S, -c, -E, -run or a dump, minicc does what cc does and links a
// program, except in the one case it has always printed assembly for: a
// single C file with no -o, or an -o that names a .s file, "-", or a stream
// such as /dev/null (no program could be run from there anyway).
OutputKind defaultKind(const DriverOptions& o) {
  bool oneCFile = o.inputs.size() == 1 && o.inputs[0].kind == InputKind::CSource;
  bool assemblyName = !o.output || *o.output == "-" || endsWith(*o.output, ".s") ||
                      isSpecialFile(*o.output);
  if (oneCFile && assemblyName) return OutputKind::Assembly;
  // Several inputs and "-o x.s" ask for one assembly file from several
  // sources: Assembly, so that checkCombination refuses it as cc does,
  // rather than a program linked under a .s name.
  if (o.inputs.size() > 1 && o.output && endsWith(*o.output, ".s")) return OutputKind::Assembly;
  return OutputKind::Executable;
}

// The combinations cc refuses, or that minicc cannot do, as a usage error.
std::string checkCombination(const DriverOptions& o) {
  if (o.help || o.version) return "";
  if (o.inputs.empty()) {
    if (o.kind == OutputKind::Run) return "-run needs a C source file: minicc [options] -run <file.c> [arguments...]";
    return "no input file (use '-' for standard input)";
  }
  switch (o.kind) {
    case OutputKind::Assembly:
    case OutputKind::Preprocessed:
    case OutputKind::Tokens:
    case OutputKind::Ast: {
      // Only "-o x.s" with several inputs defaults to Assembly; cc refuses it so.
      if (o.kind == OutputKind::Assembly && o.inputs.size() > 1)
        return "cannot specify -o when generating multiple output files";
      const char* what = o.kind == OutputKind::Assembly ? "writing assembly" : kindFlag(o.kind);
      if (o.inputs.size() > 1)
        return std::string(what) + " takes one input file (got '" + o.inputs[0].path + "' and '" +
               o.inputs[1].path + "')";
      if (o.inputs[0].kind != InputKind::CSource)
        return std::string(what) + " needs a C source file, not '" + o.inputs[0].path + "'";
      return "";
    }
    case OutputKind::AssemblyFile:
    case OutputKind::Object:
      if (o.inputs.size() > 1 && o.output)
        return "cannot specify -o when generating multiple output files";
      return "";
    case OutputKind::Run:
      if (o.output) return "-o cannot be combined with -run, which keeps no files";
      for (const InputFile& input : o.inputs)
        if (input.path == "-")
          return "-run cannot read the program from standard input: the program's standard "
                 "input is minicc's; put the source in a file";
      [[fallthrough]];
    case OutputKind::Executable:
      if (o.output && *o.output == "-") return "cannot write a program to standard output";
      for (const InputFile& input : o.inputs)
        if (input.path == "-")
          return "a program cannot be linked from standard input; use -S or -c, or a file";
#ifndef __APPLE__
      if (o.compile.target == Target::DarwinMachO)
        return "linking for a Mach-O target needs macOS; use -S and assemble it there";
#endif
      return "";
  }
  return "";
}

}  // namespace

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
    } else if (a == "--dump-tokens") {
      setKind(OutputKind::Tokens, a);
    } else if (a == "--dump-ast") {
      setKind(OutputKind::Ast, a);
    } else if (a == "-run") {
      setKind(OutputKind::Run, a);
    } else if (startsWith(a, "-o")) {
      if (auto v = value("-o")) o.output = *v;
    } else if (startsWith(a, "-l")) {
      if (auto v = value("-l")) o.linkFlags.push_back("-l" + *v);
    } else if (startsWith(a, "-L")) {
      if (auto v = value("-L")) o.linkFlags.push_back("-L" + *v);
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
        parsed.warnings.push_back({"unknown-warning-option", "unknown warning option '" + a + "'"});
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
    } else if (startsWith(a, "-O")) {
      if (!isOptimizationLevel(a))
        parsed.error = "invalid optimization level '" + a + "'";
      else
        o.compile.codegen.optimize = a != "-O0";  // the last one counts, as in cc
    } else if (a == "-g") {
      o.compile.codegen.debugInfo = true;
    } else if (a == "-g0") {
      o.compile.codegen.debugInfo = false;
    } else if (a == "-std=c99" || a == "-std=c11" || a == "-std=c17") {
      // Accepted for compatibility with cc command lines; they change nothing.
    } else if (a == "-" || a[0] != '-') {
      o.inputs.push_back({a, inputKind(a)});
      // After -run, the first file is the program and the rest its arguments.
      if (o.kind == OutputKind::Run) {
        o.inputs.back().kind = InputKind::CSource;
        o.programArguments.assign(args.begin() + static_cast<long>(i) + 1, args.end());
        break;
      }
    } else {
      parsed.error = "unknown argument: '" + a + "'";
    }
  }
  o.compile.diagnostics.color = color;
  if (!sawKind) o.kind = defaultKind(o);
  o.compile.preprocessOnly = o.kind == OutputKind::Preprocessed;
  if (o.kind == OutputKind::Tokens) o.compile.dump = DumpStage::Tokens;
  if (o.kind == OutputKind::Ast) o.compile.dump = DumpStage::Ast;
  if (parsed.error.empty()) parsed.error = checkCombination(o);
#ifndef __APPLE__
  if (parsed.error.empty() && o.kind == OutputKind::Object &&
      o.compile.target == Target::DarwinMachO)
    parsed.error = "-c for a Mach-O target needs a macOS assembler; use -S and assemble it there";
#endif
  const bool needsCc = o.kind == OutputKind::Object || o.kind == OutputKind::Executable ||
                       o.kind == OutputKind::Run;
  if (parsed.error.empty() && needsCc && o.compile.codegen.notation == Notation::Plan9)
    parsed.error = "-masm=plan9 writes Go's assembler notation, which cc cannot assemble; "
                   "use -S and 'go tool asm'";
  return parsed;
}

}  // namespace minicc
