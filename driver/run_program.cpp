#include "driver/run_program.h"

#include "driver/status.h"
#include "driver/subprocess.h"
#include "driver/temp_dir.h"
#include "driver/toolchain.h"

namespace minicc {

int runProgram(const DriverOptions& options) {
  TempDir work;
  if (!work.ok()) return driverError(work.error());
  // The program is the last input: the file named right after -run.
  const std::string& source = options.inputs.back().path;
  std::string program = work.file(defaultOutputName(source, ""));
  int built = linkProgram(options, work, program);
  if (built != kExitSuccess) return built;

  // argv[0] is the source file, as tcc -run has it.
  std::vector<std::string> argv = {source};
  argv.insert(argv.end(), options.programArguments.begin(), options.programArguments.end());
  std::string error;
  pid_t pid = startProcess(program, argv, error);
  if (pid < 0) return driverError(error);
  // A running program keeps its file open, so the directory can go now:
  // nothing is left behind even if minicc itself is killed while it runs.
  work.remove();
  return waitForProcess(pid);
}

}  // namespace minicc
