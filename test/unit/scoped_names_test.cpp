// ScopedNames: the innermost binding wins, closing a scope shows what it
// hid, and file-scope bindings made from inside a block outlive it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/scoped_names.h"

namespace minicc {
namespace {

int valueOf(const ScopedNames<int>& names, std::string_view name) {
  const int* value = names.find(name);
  return value ? *value : -1;
}

TEST(ScopedNames, InnerBindingsHideOuterOnesUntilTheirScopeCloses) {
  ScopedNames<int> names;
  names.bind("x", 1);
  names.openScope();
  EXPECT_EQ(valueOf(names, "x"), 1);
  names.bind("x", 2);
  names.openScope();
  names.bind("x", 3);
  EXPECT_EQ(valueOf(names, "x"), 3);
  names.closeScope();
  EXPECT_EQ(valueOf(names, "x"), 2);
  names.closeScope();
  EXPECT_EQ(valueOf(names, "x"), 1);
}

TEST(ScopedNames, NamesOfAClosedScopeAreGone) {
  ScopedNames<int> names;
  names.openScope();
  names.bind("y", 7);
  names.closeScope();
  EXPECT_EQ(names.find("y"), nullptr);
  names.openScope();
  EXPECT_EQ(names.find("y"), nullptr);
  EXPECT_EQ(names.findInInnermost("y"), nullptr);
}

TEST(ScopedNames, RebindingInOneScopeReplaces) {
  ScopedNames<int> names;
  names.openScope();
  names.bind("z", 1);
  names.bind("z", 2);
  std::vector<int> seen;
  names.forEachInInnermost([&](int v) { seen.push_back(v); });
  EXPECT_EQ(seen, std::vector<int>{2});
  names.closeScope();
  EXPECT_EQ(names.find("z"), nullptr);  // one binding, so nothing is left behind
}

TEST(ScopedNames, FindInInnermostSeesOnlyTheInnermostScope) {
  ScopedNames<int> names;
  names.bind("a", 1);
  ASSERT_NE(names.findInInnermost("a"), nullptr);
  names.openScope();
  EXPECT_EQ(names.findInInnermost("a"), nullptr);
  names.bind("a", 2);
  ASSERT_NE(names.findInInnermost("a"), nullptr);
  EXPECT_EQ(*names.findInInnermost("a"), 2);
}

TEST(ScopedNames, FileScopeBindingFromABlockOutlivesTheBlock) {
  ScopedNames<int> names;
  names.openScope();
  names.bind("local", 1);
  names.bindInFileScopeIfAbsent("f", 5);
  names.bindInFileScopeIfAbsent("f", 6);  // already there: kept
  EXPECT_EQ(valueOf(names, "f"), 5);
  names.closeScope();
  EXPECT_EQ(valueOf(names, "f"), 5);
  EXPECT_EQ(names.find("local"), nullptr);
}

TEST(ScopedNames, ForEachVisitsTheInnermostScopeInBindingOrder) {
  ScopedNames<int> names;
  names.bind("outer", 0);
  names.openScope();
  names.bind("c", 3);
  names.bind("a", 1);
  names.openScope();
  names.bind("b", 2);
  names.closeScope();
  names.bind("c", 4);  // replaces in place
  std::vector<int> seen;
  names.forEachInInnermost([&](int v) { seen.push_back(v); });
  EXPECT_EQ(seen, (std::vector<int>{4, 1}));
}

TEST(ScopedNames, KeysAreComparedByTheirText) {
  ScopedNames<int> names;
  std::string first = "name";
  names.bind(first, 1);
  std::string second = "name";  // another buffer, the same spelling
  EXPECT_EQ(valueOf(names, second), 1);
}

TEST(ScopedNames, ManyNamesOfEveryLengthStayApart) {
  // Enough to grow the table several times; names that share their first
  // and last words, which the hash must still tell apart by the middle.
  ScopedNames<int> names;
  std::vector<std::string> spelled;
  for (int i = 0; i < 3000; ++i)
    spelled.push_back(std::string(i % 20, 'x') + std::to_string(i) + "_long_common_suffix");
  for (int i = 0; i < 3000; ++i) spelled.push_back(std::to_string(i));
  for (size_t i = 0; i < spelled.size(); ++i) names.bind(spelled[i], static_cast<int>(i));
  for (size_t i = 0; i < spelled.size(); ++i) EXPECT_EQ(valueOf(names, spelled[i]), static_cast<int>(i));
  EXPECT_EQ(names.find("unbound"), nullptr);
  EXPECT_EQ(names.find(""), nullptr);
  EXPECT_NE(ScopedNames<int>::hash("x1_long_common_suffix"), ScopedNames<int>::hash("x2_long_common_suffix"));
}

}  // namespace
}  // namespace minicc
