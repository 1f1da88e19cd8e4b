#include "driver/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace minicc {

pid_t startProcess(const std::string& program, const std::vector<std::string>& argv,
                   std::string& error) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);

  // A pipe that closes on a successful exec; if exec fails, the child writes
  // its errno into it instead, so the parent can tell the two apart.
  int pipeFds[2];
  if (pipe2(pipeFds, O_CLOEXEC) != 0) {
    error = std::string("cannot start '") + program + "': " + std::strerror(errno);
    return -1;
  }
  // What minicc has buffered must come out before anything the child prints.
  std::cout.flush();
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    close(pipeFds[0]);
    execvp(program.c_str(), args.data());
    int failure = errno;
    ssize_t ignored = write(pipeFds[1], &failure, sizeof failure);
    (void)ignored;
    _exit(127);
  }
  close(pipeFds[1]);
  if (pid < 0) {
    error = std::string("cannot start '") + program + "': " + std::strerror(errno);
    close(pipeFds[0]);
    return -1;
  }
  int childErrno = 0;
  ssize_t got;
  do got = read(pipeFds[0], &childErrno, sizeof childErrno);
  while (got < 0 && errno == EINTR);
  close(pipeFds[0]);
  if (got == static_cast<ssize_t>(sizeof childErrno)) {
    waitpid(pid, nullptr, 0);
    error = std::string("cannot run '") + program + "': " + std::strerror(childErrno);
    return -1;
  }
  return pid;
}

int waitForProcess(pid_t pid) {
  struct sigaction ignore = {}, oldInt = {}, oldQuit = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ignore, &oldInt);
  sigaction(SIGQUIT, &ignore, &oldQuit);
  int status = 0;
  pid_t done;
  do done = waitpid(pid, &status, 0);
  while (done < 0 && errno == EINTR);
  sigaction(SIGINT, &oldInt, nullptr);
  sigaction(SIGQUIT, &oldQuit, nullptr);
  if (done < 0) return 127;
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}

int runProcess(const std::string& program, const std::vector<std::string>& argv,
               std::string& error) {
  pid_t pid = startProcess(program, argv, error);
  return pid < 0 ? -1 : waitForProcess(pid);
}

}  // namespace minicc
