// minicc's own copies of the standard headers: only what its language can
// express (int, char, void, pointers, const, `...`), so no system header is
// ever parsed. Where C has size_t or unsigned, these say int: the values
// minicc programs pass fit, and x86-64 passes both in the same registers.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace minicc {

// The text of <name>, or nullopt when minicc has no such header.
std::optional<std::string_view> builtinHeader(std::string_view name);

// The names of all built-in headers (for tests and documentation).
std::vector<std::string_view> builtinHeaderNames();

}  // namespace minicc
