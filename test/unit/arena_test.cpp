// The AST arena: nodes made after a mark go together when it is released
// (their destructors run, their memory serves the next nodes), and nodes
// made while a LastingNodes lives survive every release.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "parser/ast.h"

namespace minicc {
namespace {

// A node with a destructor, which counts how many of its kind are alive.
struct Counted {
  explicit Counted(int* alive) : alive(alive) { ++*alive; }
  ~Counted() { --*alive; }
  int* alive;
  std::vector<int> payload{1, 2, 3};  // owns memory: the arena must destroy it
};

TEST(Arena, ReleaseDestroysOnlyTheNodesAfterTheMark) {
  int alive = 0;
  AstContext ast;
  ast.make<Counted>(&alive);
  ArenaMark mark = ast.mark();
  for (int i = 0; i < 10; ++i) ast.make<Counted>(&alive);
  EXPECT_EQ(alive, 11);
  ast.releaseSince(mark);
  EXPECT_EQ(alive, 1);
}

TEST(Arena, ReleasedMemoryServesTheNextNodes) {
  AstContext ast;
  ArenaMark mark = ast.mark();
  auto* first = ast.make<IntLiteralExpr>(SourceLoc{}, 1);
  ast.make<IntLiteralExpr>(SourceLoc{}, 2);
  ast.releaseSince(mark);
  EXPECT_EQ(ast.make<IntLiteralExpr>(SourceLoc{}, 3), first);
}

TEST(Arena, ReleaseAcrossManyChunksKeepsEarlierNodesIntact) {
  AstContext ast;
  auto* kept = ast.make<IntLiteralExpr>(SourceLoc{}, 42);
  ArenaMark mark = ast.mark();
  // Far more than one chunk, and one node larger than a chunk.
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 100000; ++i) ast.make<IntLiteralExpr>(SourceLoc{}, i);
    ast.make<std::array<char, 1 << 20>>();
    ast.releaseSince(mark);
  }
  EXPECT_EQ(kept->value, 42u);
  auto* after = ast.make<IntLiteralExpr>(SourceLoc{}, 7);
  EXPECT_EQ(after->value, 7u);
  EXPECT_NE(after, kept);
}

TEST(Arena, LastingNodesSurviveRelease) {
  int alive = 0;
  AstContext ast;
  ArenaMark mark = ast.mark();
  ast.make<Counted>(&alive);
  Counted* lasting = nullptr;
  {
    AstContext::LastingNodes scope(ast);
    lasting = ast.make<Counted>(&alive);
  }
  ast.make<Counted>(&alive);  // after the scope: releasable again
  ast.releaseSince(mark);
  EXPECT_EQ(alive, 1);
  EXPECT_EQ(lasting->payload.size(), 3u);
}

}  // namespace
}  // namespace minicc
