// A quick "certainly not" for a set of names: one bit for each class of
// names with the same length, first and last character. Most identifiers of
// a program are neither keywords nor macros, and the filter says so without
// hashing them; a set bit only means "look it up".
#pragma once

#include <bitset>
#include <cstddef>
#include <string_view>

namespace minicc {

class NameFilter {
 public:
  void add(std::string_view name) {
    if (!name.empty()) bits_.set(slot(name));
  }
  bool mayContain(std::string_view name) const {
    return !name.empty() && bits_.test(slot(name));
  }

 private:
  static constexpr size_t kBits = 8192;
  static size_t slot(std::string_view name) {
    auto first = static_cast<unsigned char>(name.front());
    auto last = static_cast<unsigned char>(name.back());
    return (name.size() * 8191 + first * 131 + last) % kBits;
  }
  std::bitset<kBits> bits_;  // never cleared: a name removed from the set costs a lookup
};

}  // namespace minicc
