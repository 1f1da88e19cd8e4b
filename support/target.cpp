#include "support/target.h"

namespace minicc {

std::optional<Target> parseTarget(std::string_view triple) {
  auto has = [&](std::string_view part) { return triple.find(part) != std::string_view::npos; };
  bool x86 = triple.rfind("x86_64", 0) == 0 || triple.find('-') == std::string_view::npos;
  if (!x86) return std::nullopt;
  if (has("linux")) return Target::LinuxElf;
  if (has("darwin") || has("macos") || has("apple")) return Target::DarwinMachO;
  return std::nullopt;
}

}  // namespace minicc
