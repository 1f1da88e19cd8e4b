// Finding the file an #include names.
//
//   #include "x.h"  the including file's directory, then each -I directory,
//                   then minicc's own headers;
//   #include <x.h>  each -I directory, then minicc's own headers.
// No system directory is ever searched.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minicc {

struct IncludedFile {
  std::string path;      // as diagnostics and __FILE__ name it
  std::string identity;  // the same for every path to one file (#pragma once)
  std::string text;
  bool builtin = false;  // one of minicc's own headers
};

class IncludeResolver {
 public:
  explicit IncludeResolver(std::vector<std::string> includeDirs);

  // `includerPath` is the path of the file with the #include (real, not as
  // #line renamed it). nullopt when no such file can be read.
  std::optional<IncludedFile> resolve(std::string_view name, bool angled,
                                      std::string_view includerPath) const;

  // The directory part of `path` ("" for a bare file name).
  static std::string directoryOf(std::string_view path);
  // A stable identity for a file on disk (its canonical path).
  static std::string identityOf(const std::string& path);

 private:
  std::optional<IncludedFile> readFrom(const std::string& directory, std::string_view name) const;

  std::vector<std::string> includeDirs_;
};

}  // namespace minicc
