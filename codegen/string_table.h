// The string literals of one file: each distinct text gets one label.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace minicc {

class StringTable {
 public:
  explicit StringTable(std::string_view labelBase) : labelBase_(labelBase) {}

  // The label of `bytes` (".L.str", ".L.str.1", ...), made on first use.
  const std::string& labelFor(const std::string& bytes);

  struct Entry {
    std::string label;
    std::string bytes;
  };
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::string labelBase_;
  std::map<std::string, size_t> index_;  // bytes -> position in entries_
  std::vector<Entry> entries_;
};

}  // namespace minicc
