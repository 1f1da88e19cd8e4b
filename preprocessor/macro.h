// Macros as the preprocessor stores them, and the hide sets that stop a
// macro from expanding inside its own expansion.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexer/token.h"
#include "support/name_filter.h"

namespace minicc {

// The macros a token came out of (C's "hide set", after Prosser): a token
// whose own name is in its hide set is never expanded again ("painted blue").
// Shared and immutable, so copying a token's hide set is cheap; null = empty.
using HideSet = std::shared_ptr<const std::vector<std::string_view>>;

bool hideSetContains(const HideSet& set, std::string_view name);
// set ∪ {name}
HideSet hideSetWith(const HideSet& set, std::string_view name);
HideSet hideSetUnion(const HideSet& a, const HideSet& b);
HideSet hideSetIntersection(const HideSet& a, const HideSet& b);

// A token on its way through macro expansion.
struct PPToken {
  Token token;
  HideSet hidden;
};

// Macros whose expansion is computed, not written in a #define.
enum class BuiltinMacro { None, File, Line, Counter };

struct Macro {
  std::string_view name;
  SourceLoc nameLoc;                  // where it was #defined (for notes)
  bool functionLike = false;
  bool variadic = false;              // the last parameter takes the rest
  std::vector<std::string_view> params;  // "__VA_ARGS__" (or GNU `name...`) last
  std::vector<Token> body;
  BuiltinMacro builtin = BuiltinMacro::None;

  // The index of `name` among the parameters, or -1.
  int paramIndex(std::string_view name) const;
};

// Whether two definitions are the same in C's sense (same parameters, same
// body tokens with the same white-space separation), so redefining one with
// the other needs no warning.
bool sameDefinition(const Macro& a, const Macro& b);

class MacroTable {
 public:
  // Shared, so an expansion in progress keeps its macro even if a directive
  // read while collecting its arguments #undefs it.
  std::shared_ptr<const Macro> find(std::string_view name) const;
  // Inline, and without find's shared copy: the preprocessor asks for
  // every identifier it reads.
  bool isDefined(std::string_view name) const {
    return defined_.mayContain(name) && macros_.count(std::string(name)) != 0;
  }
  // Replaces any definition of the same name.
  void define(Macro macro);
  void undefine(std::string_view name);

 private:
  std::unordered_map<std::string, std::shared_ptr<const Macro>> macros_;
  NameFilter defined_;  // every name ever defined: most identifiers are no macro
};

}  // namespace minicc
