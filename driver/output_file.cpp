#include "driver/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace minicc {
namespace {

// Diagnostics name `shownAs`: the path the user asked for, not a staging file.
bool writeTo(const std::string& path, const std::string& text, const std::string& shownAs,
             std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) {
    out << text;
    out.flush();
  }
  if (out) return true;
  error = "cannot write '" + shownAs + "': " + std::strerror(errno);
  return false;
}

bool copyInto(const std::string& from, const std::string& to, std::string& error) {
  std::ifstream in(from, std::ios::binary);
  std::ofstream out(to, std::ios::binary);
  if (in && out) {
    out << in.rdbuf();
    out.flush();
  }
  if (in && out) return true;
  error = "cannot write '" + to + "': " + std::strerror(errno);
  return false;
}

// Same file system as `path`, so that renaming it there is atomic.
std::string stagingPathBeside(const std::string& path) {
  return path + ".minicc-tmp-" + std::to_string(getpid());
}

}  // namespace

bool isSpecialFile(const std::string& path) {
  // /dev/null by name too: should it ever be a plain file (some other program
  // having replaced it), minicc must not make things worse by renaming onto it.
  if (path == "/dev/null") return true;
  struct stat info;
  return stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode);
}

std::string stagingPathFor(const std::string& path, const TempDir& work) {
  if (isSpecialFile(path)) return work.file("output");
  return stagingPathBeside(path);
}

bool publish(const std::string& staging, const std::string& path, std::string& error) {
  bool done = isSpecialFile(path) ? copyInto(staging, path, error)
                                  : std::rename(staging.c_str(), path.c_str()) == 0;
  if (!done && error.empty()) error = "cannot write '" + path + "': " + std::strerror(errno);
  std::remove(staging.c_str());
  return done;
}

bool writeFile(const std::string& path, const std::string& text, std::string& error) {
  return writeTo(path, text, path, error);
}

bool writeAtomically(const std::string& path, const std::string& text, std::string& error) {
  if (isSpecialFile(path)) return writeTo(path, text, path, error);
  std::string staging = stagingPathBeside(path);
  if (!writeTo(staging, text, path, error)) {
    std::remove(staging.c_str());
    return false;
  }
  return publish(staging, path, error);
}

StagedOutput::StagedOutput(const std::string& path)
    : path_(path), staging_(stagingPathBeside(path)),
      out_(staging_, std::ios::binary | std::ios::trunc) {}

StagedOutput::~StagedOutput() {
  if (!committed_) {
    out_.close();
    std::remove(staging_.c_str());
  }
}

bool StagedOutput::commit(std::string& error) {
  out_.close();
  if (!out_) {
    error = "cannot write '" + path_ + "': " + std::strerror(errno);
    return false;  // the destructor removes the staging file
  }
  committed_ = true;
  return publish(staging_, path_, error);
}

}  // namespace minicc
