// Gathering: nested lists on one stack, each taken whole, and each parse's
// items gone from the stack when it ends, by return or by exception.
#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "parser/gathering.h"

namespace minicc {
namespace {

TEST(Gathering, NestedListsStayApart) {
  std::vector<int> stack;
  Gathering<int> outer(stack);
  outer.push(1);
  {
    Gathering<int> inner(stack);
    EXPECT_TRUE(inner.empty());
    inner.push(10);
    inner.push(11);
    EXPECT_EQ(inner.take(), (std::vector<int>{10, 11}));
  }
  outer.push(2);
  EXPECT_EQ(outer.take(), (std::vector<int>{1, 2}));
  EXPECT_FALSE(outer.empty());
}

TEST(Gathering, AnEndedParseLeavesNothingBehind) {
  std::vector<int> stack;
  Gathering<int> outer(stack);
  outer.push(1);
  try {
    Gathering<int> inner(stack);
    inner.push(10);
    throw std::runtime_error("syntax error");
  } catch (const std::runtime_error&) {
  }
  outer.push(2);
  EXPECT_EQ(outer.take(), (std::vector<int>{1, 2}));
}

TEST(Gathering, TakenListHasItsExactSize) {
  std::vector<int> stack;
  Gathering<int> list(stack);
  for (int i = 0; i < 5; ++i) list.push(i);
  std::vector<int> taken = list.take();
  EXPECT_EQ(taken.size(), 5u);
  EXPECT_EQ(taken.capacity(), 5u);
}

}  // namespace
}  // namespace minicc
