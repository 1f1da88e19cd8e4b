// A private temporary directory for intermediate files (assembly, objects,
// the program -run runs), removed with everything in it when it goes away.
#pragma once

#include <string>

namespace minicc {

class TempDir {
 public:
  // Makes a fresh directory under $TMPDIR (or /tmp), readable only by us.
  TempDir();
  ~TempDir() { remove(); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& error() const { return error_; }  // why it could not be made
  // The path of `name` inside the directory.
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Removes the files (it holds no subdirectories) and the directory now;
  // -run calls this as soon as the program has started.
  void remove();

 private:
  std::string path_;
  std::string error_;
};

}  // namespace minicc
