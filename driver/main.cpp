// minicc's command line: read the input, compile it, write the output
// atomically (a temporary file renamed into place), map outcomes to exit codes.
#include <unistd.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "driver/compile.h"
#include "driver/options.h"

namespace {

using namespace minicc;

constexpr int kExitSuccess = 0;
constexpr int kExitCompileError = 1;
constexpr int kExitUsageOrIo = 2;

int usageError(const std::string& message) {
  std::cerr << "minicc: error: " << message << "\n"
            << "usage: minicc [options] <file.c | ->  (see minicc --help)\n";
  return kExitUsageOrIo;
}

int ioError(const std::string& message) {
  std::cerr << "minicc: error: " << message << "\n";
  return kExitUsageOrIo;
}

bool readInput(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  text = buffer.str();
  return true;
}

// "dir/fun.c" -> "fun" + extension, in the current directory, as cc names outputs.
std::string defaultOutputName(const std::string& input, const std::string& extension) {
  std::string base = input.substr(input.find_last_of('/') + 1);
  size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  return base + extension;
}

// Writes `text` to `path` by way of a temporary file beside it, so a failed
// run never leaves a half-written output or clobbers an existing one.
bool writeAtomically(const std::string& path, const std::string& text, std::string& error) {
  std::string temp = path + ".minicc-tmp-" + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot write '" + path + "': " + std::strerror(errno);
      return false;
    }
    out << text;
    out.flush();
    if (!out) {
      error = "cannot write '" + path + "': " + std::strerror(errno);
      std::remove(temp.c_str());
      return false;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

// -c: hands the assembly to the system cc, which writes the object file.
int assembleObject(const std::string& assembly, const std::string& objectPath) {
  char asmPath[] = "/tmp/minicc-XXXXXX.s";
  int fd = mkstemps(asmPath, 2);
  if (fd < 0) return ioError(std::string("cannot create a temporary file: ") + std::strerror(errno));
  bool written = write(fd, assembly.data(), assembly.size()) == static_cast<ssize_t>(assembly.size());
  close(fd);
  if (!written) {
    unlink(asmPath);
    return ioError("cannot write a temporary file");
  }
  std::string tempObject = objectPath + ".minicc-tmp-" + std::to_string(getpid());
  pid_t child = fork();
  if (child == 0) {
    execlp("cc", "cc", "-c", asmPath, "-o", tempObject.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) < 0) status = -1;
  unlink(asmPath);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::remove(tempObject.c_str());
    return ioError("the system assembler (cc -c) failed");
  }
  if (std::rename(tempObject.c_str(), objectPath.c_str()) != 0) {
    std::remove(tempObject.c_str());
    return ioError("cannot write '" + objectPath + "': " + std::strerror(errno));
  }
  return kExitSuccess;
}

// "1 warning and 2 errors generated.", as clang ends its report.
void printSummary(const CompileResult& result) {
  auto count = [](unsigned n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
  };
  std::string summary;
  if (result.warnings) summary = count(result.warnings, "warning");
  if (result.warnings && result.errors) summary += " and ";
  if (result.errors) summary += count(result.errors, "error");
  if (!summary.empty()) std::cerr << summary << " generated.\n";
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
  if (!o.compile.diagnostics.suppressWarnings)
    for (const std::string& warning : parsed.warnings)
      std::cerr << "minicc: warning: " << warning << "\n";

  std::string source;
  if (!readInput(o.input, source))
    return ioError("cannot read '" + o.input + "': " + std::strerror(errno ? errno : EIO));

  std::string output = o.output.value_or("");
  if (output.empty() && o.input != "-") {
    if (o.kind == OutputKind::AssemblyFile) output = defaultOutputName(o.input, ".s");
    if (o.kind == OutputKind::Object) output = defaultOutputName(o.input, ".o");
  }
  if (o.kind == OutputKind::Object && (output.empty() || output == "-"))
    return usageError("-c needs an output file: use -o <file>");

  std::string name = o.input == "-" ? "<stdin>" : o.input;
  CompileResult result = compile(name, std::move(source), o.compile, std::cerr);
  printSummary(result);
  if (!result.success) return kExitCompileError;

  if (o.kind == OutputKind::Object) return assembleObject(result.output, output);
  if (output.empty() || output == "-") {
    std::cout << result.output;
    std::cout.flush();
    return std::cout ? kExitSuccess : ioError("cannot write to standard output");
  }
  std::string error;
  if (!writeAtomically(output, result.output, error)) return ioError(error);
  return kExitSuccess;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return run(std::vector<std::string>(argv + 1, argv + argc));
}
