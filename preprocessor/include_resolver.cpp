#include "preprocessor/include_resolver.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "preprocessor/builtin_headers.h"

namespace minicc {

namespace fs = std::filesystem;

IncludeResolver::IncludeResolver(std::vector<std::string> includeDirs)
    : includeDirs_(std::move(includeDirs)) {}

std::string IncludeResolver::directoryOf(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return "";
  return std::string(path.substr(0, slash == 0 ? 1 : slash));
}

std::string IncludeResolver::identityOf(const std::string& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(fs::path(path), ec);
  return ec ? path : canonical.string();
}

std::optional<IncludedFile> IncludeResolver::readFrom(const std::string& directory,
                                                      std::string_view name) const {
  std::string path(name);
  if (!name.empty() && name[0] != '/' && !directory.empty())
    path = directory + (directory.back() == '/' ? "" : "/") + std::string(name);
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(path), ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  IncludedFile file;
  file.path = path;
  file.identity = identityOf(path);
  file.text = text.str();
  return file;
}

std::optional<IncludedFile> IncludeResolver::resolve(std::string_view name, bool angled,
                                                     std::string_view includerPath) const {
  if (name.empty()) return std::nullopt;
  if (name[0] == '/') return readFrom("", name);
  if (!angled) {
    if (auto file = readFrom(directoryOf(includerPath), name)) return file;
  }
  for (const std::string& dir : includeDirs_)
    if (auto file = readFrom(dir, name)) return file;
  if (auto text = builtinHeader(name)) {
    IncludedFile file;
    file.path = "<" + std::string(name) + ">";
    file.identity = file.path;
    file.text = std::string(*text);
    file.builtin = true;
    return file;
  }
  return std::nullopt;
}

}  // namespace minicc
