#include "driver/temp_dir.h"

#include <dirent.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace minicc {

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/minicc-XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()))
    path_ = buffer.data();
  else
    error_ = "cannot create a temporary directory in '" + pattern.substr(0, pattern.rfind('/')) +
             "': " + std::strerror(errno);
}

void TempDir::remove() {
  if (path_.empty()) return;
  if (DIR* dir = opendir(path_.c_str())) {
    while (const dirent* entry = readdir(dir)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") unlink(file(name).c_str());
    }
    closedir(dir);
  }
  rmdir(path_.c_str());
  path_.clear();
}

}  // namespace minicc
