#include "preprocessor/macro.h"

#include <algorithm>

namespace minicc {

bool hideSetContains(const HideSet& set, std::string_view name) {
  return set && std::binary_search(set->begin(), set->end(), name);
}

HideSet hideSetWith(const HideSet& set, std::string_view name) {
  if (hideSetContains(set, name)) return set;
  auto names = set ? std::vector<std::string_view>(*set) : std::vector<std::string_view>();
  names.insert(std::upper_bound(names.begin(), names.end(), name), name);
  return std::make_shared<const std::vector<std::string_view>>(std::move(names));
}

HideSet hideSetUnion(const HideSet& a, const HideSet& b) {
  if (!a || a->empty() || a == b) return b;
  if (!b || b->empty()) return a;
  std::vector<std::string_view> names;
  std::set_union(a->begin(), a->end(), b->begin(), b->end(), std::back_inserter(names));
  return std::make_shared<const std::vector<std::string_view>>(std::move(names));
}

HideSet hideSetIntersection(const HideSet& a, const HideSet& b) {
  if (!a || !b) return nullptr;
  if (a == b) return a;
  std::vector<std::string_view> names;
  std::set_intersection(a->begin(), a->end(), b->begin(), b->end(),
                        std::back_inserter(names));
  if (names.empty()) return nullptr;
  return std::make_shared<const std::vector<std::string_view>>(std::move(names));
}

int Macro::paramIndex(std::string_view param) const {
  for (size_t i = 0; i < params.size(); ++i)
    if (params[i] == param) return static_cast<int>(i);
  return -1;
}

bool sameDefinition(const Macro& a, const Macro& b) {
  if (a.functionLike != b.functionLike || a.variadic != b.variadic ||
      a.params != b.params || a.body.size() != b.body.size() || a.builtin != b.builtin)
    return false;
  for (size_t i = 0; i < a.body.size(); ++i) {
    if (a.body[i].text != b.body[i].text) return false;
    // White space between body tokens matters; before the first it does not.
    if (i > 0 && a.body[i].spaceBefore != b.body[i].spaceBefore) return false;
  }
  return true;
}

std::shared_ptr<const Macro> MacroTable::find(std::string_view name) const {
  if (!defined_.mayContain(name)) return nullptr;
  auto it = macros_.find(std::string(name));
  return it == macros_.end() ? nullptr : it->second;
}

void MacroTable::define(Macro macro) {
  defined_.add(macro.name);
  std::string key(macro.name);
  macros_.insert_or_assign(std::move(key), std::make_shared<const Macro>(std::move(macro)));
}

void MacroTable::undefine(std::string_view name) { macros_.erase(std::string(name)); }

}  // namespace minicc
