#include "driver/toolchain.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>
#include <vector>

#include "driver/output_file.h"
#include "driver/status.h"
#include "driver/subprocess.h"

namespace minicc {
namespace {

bool readInput(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return !std::cin.bad();
  }
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (std::filesystem::is_directory(status)) {  // it opens, and reads as nothing
    errno = EISDIR;
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // A regular file is read whole into a string of its size: one read, where
  // a stream copy goes 8 KiB at a time and copies the text once more.
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, error);
    if (!error) {
      text.resize(size);
      in.read(text.data(), static_cast<std::streamsize>(size));
      text.resize(static_cast<size_t>(in.gcount()));  // the file may have shrunk meanwhile
      return !in.bad();
    }
  }
  std::ostringstream buffer;  // a pipe or a device: as long as it lasts
  buffer << in.rdbuf();
  if (in.bad()) return false;
  text = buffer.str();
  return true;
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

// Runs the system cc; its own messages reach the user's stderr unchanged.
int runCc(const std::vector<std::string>& arguments, const std::string& what) {
  std::vector<std::string> argv = {"cc"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  std::string error;
  int status = runProcess("cc", argv, error);
  if (status < 0) return driverError(error + " (minicc needs the system cc to " + what + ")");
  if (status != 0) return driverError("the system cc failed to " + what + " (exit status " +
                                      std::to_string(status) + ")");
  return kExitSuccess;
}

}  // namespace

int compileFile(const std::string& path, const CompileOptions& options, std::string& output,
                std::ostream* assemblyOut) {
  std::string source;
  if (!readInput(path, source))
    return driverError("cannot read '" + path + "': " + std::strerror(errno ? errno : EIO));
  std::string name = path == "-" ? "<stdin>" : path;
  CompileResult result = compile(name, std::move(source), options, std::cerr, assemblyOut);
  printSummary(result);
  if (!result.success) return kExitCompileError;
  output = std::move(result.output);
  return kExitSuccess;
}

int assemble(const std::string& assemblyPath, const std::string& objectPath) {
  return runCc({"-c", assemblyPath, "-o", objectPath}, "assemble");
}

int linkProgram(const DriverOptions& options, const TempDir& work, const std::string& programPath) {
  std::vector<std::string> ccArguments;
  int status = kExitSuccess;
  // Every C file is compiled even after one fails, so one run reports all errors.
  for (size_t i = 0; i < options.inputs.size(); ++i) {
    const InputFile& input = options.inputs[i];
    if (input.kind != InputKind::CSource) {
      if (access(input.path.c_str(), R_OK) != 0)
        status = worseStatus(status, driverError("cannot read '" + input.path + "': " +
                                                 std::strerror(errno)));
      ccArguments.push_back(input.path);
      continue;
    }
    std::string assembly;
    int compiled = compileFile(input.path, options.compile, assembly);
    if (compiled != kExitSuccess) {
      status = worseStatus(status, compiled);
      continue;
    }
    // Numbered, so that a.c and dir/a.c do not share a file.
    std::string assemblyPath = work.file(std::to_string(i) + "-" + defaultOutputName(input.path, ".s"));
    std::string error;
    if (!writeFile(assemblyPath, assembly, error)) return driverError(error);
    ccArguments.push_back(assemblyPath);
  }
  if (status != kExitSuccess) return status;
  ccArguments.insert(ccArguments.end(), options.linkFlags.begin(), options.linkFlags.end());
  ccArguments.push_back("-o");
  ccArguments.push_back(programPath);
  return runCc(ccArguments, "link");
}

std::string defaultOutputName(const std::string& input, const std::string& extension) {
  std::string base = input.substr(input.find_last_of('/') + 1);
  size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  return base + extension;
}

}  // namespace minicc
