// Running other programs: the system cc, and the program -run builds.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace minicc {

// Starts `program` (looked up on PATH unless it contains a '/') with `argv`
// (argv[0] included), sharing minicc's standard streams. Returns its pid
// once it is running; or -1 with `error` set when it could not be started,
// for instance because it does not exist.
pid_t startProcess(const std::string& program, const std::vector<std::string>& argv,
                   std::string& error);

// Waits for `pid` to end and returns its exit status, or 128+N when signal N
// ended it, as a shell reports it. While waiting, minicc ignores SIGINT and
// SIGQUIT, as system() does: Ctrl-C stops the child, and minicc, still
// alive, cleans up and reports it.
int waitForProcess(pid_t pid);

// startProcess then waitForProcess; -1 with `error` set if it did not start.
int runProcess(const std::string& program, const std::vector<std::string>& argv,
               std::string& error);

}  // namespace minicc
