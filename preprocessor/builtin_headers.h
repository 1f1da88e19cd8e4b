// minicc's own copies of the standard headers: only what its language can
// express, so no system header is ever parsed.
#pragma once

#include <optional>
#include <string_view>

namespace minicc {

// The text of <name>, or nullopt when minicc has no such header.
std::optional<std::string_view> builtinHeader(std::string_view name);

}  // namespace minicc
