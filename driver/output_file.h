// Outputs appear whole or not at all: each is first written to a staging
// file and renamed into place only when complete, so a failed run never
// leaves a half-written file nor clobbers an existing one.
//
// The exception is an output that exists and is not a regular file, such as
// /dev/null or a pipe: renaming onto it would replace the device (as root,
// /dev/null itself) with a plain file, so it is written in place instead.
#pragma once

#include <fstream>
#include <string>

#include "driver/temp_dir.h"

namespace minicc {

// Whether `path` is /dev/null, or exists and is not a regular file (a
// device, a FIFO).
bool isSpecialFile(const std::string& path);

// Where to write before `path` is complete: beside it ("<path>.minicc-tmp-
// <pid>", same file system, so the rename is atomic), or in `work` when
// `path` is a special file.
std::string stagingPathFor(const std::string& path, const TempDir& work);

// Moves a complete `staging` file to `path` (renaming it, or copying it into
// a special file); on failure removes it and sets `error`.
bool publish(const std::string& staging, const std::string& path, std::string& error);

// Writes `text` to `path` by way of a staging file (or in place, if special).
bool writeAtomically(const std::string& path, const std::string& text, std::string& error);

// A regular file written piece by piece: into a staging file beside `path`
// that commit() renames into place. One that is not committed is removed.
class StagedOutput {
 public:
  explicit StagedOutput(const std::string& path);
  ~StagedOutput();
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  bool ok() const { return static_cast<bool>(out_); }  // the staging file is open
  std::ostream& stream() { return out_; }
  bool commit(std::string& error);

 private:
  std::string path_;
  std::string staging_;
  std::ofstream out_;
  bool committed_ = false;
};

// Writes `text` to a new file (an intermediate in a private directory).
bool writeFile(const std::string& path, const std::string& text, std::string& error);

}  // namespace minicc
