#include "codegen/string_table.h"

namespace minicc {

const std::string& StringTable::labelFor(const std::string& bytes) {
  auto [it, inserted] = index_.emplace(bytes, entries_.size());
  if (inserted) {
    size_t n = entries_.size();
    // clang's names: the first is ".L.str", then ".L.str.1", ".L.str.2", ...
    entries_.push_back({labelBase_ + (n == 0 ? "" : "." + std::to_string(n)), bytes});
  }
  return entries_[it->second].label;
}

}  // namespace minicc
