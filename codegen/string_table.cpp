#include "codegen/string_table.h"

namespace minicc {

int StringTable::idFor(const std::string& bytes) {
  auto [it, inserted] = index_.emplace(bytes, static_cast<int>(strings_.size()));
  if (inserted) strings_.push_back(it->first);
  return it->second;
}

}  // namespace minicc
