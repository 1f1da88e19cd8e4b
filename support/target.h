// The targets minicc writes assembly for. Everything that differs between
// them is looked up from this one value (see codegen/target_info.h).
#pragma once

#include <optional>
#include <string_view>

namespace minicc {

enum class Target { LinuxElf, DarwinMachO };

// Accepts the spellings of --target= that mean each target:
// x86_64-linux-gnu, x86_64-pc-linux-gnu, x86_64-unknown-linux-gnu, linux;
// x86_64-apple-darwin, x86_64-apple-macosx, macos, darwin.
std::optional<Target> parseTarget(std::string_view triple);

}  // namespace minicc
