// The string literals of one file: each distinct text gets one number, and
// the printers name it (.L.str, .L.str.1, ... as clang does).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace minicc {

class StringTable {
 public:
  // The number of `bytes`, given on first use: 0, 1, 2, ...
  int idFor(const std::string& bytes);

  // Every string, in order of its number.
  const std::vector<std::string_view>& strings() const { return strings_; }

 private:
  std::unordered_map<std::string, int> index_;  // bytes -> number
  std::vector<std::string_view> strings_;       // views of index_'s keys, which stay put
};

}  // namespace minicc
