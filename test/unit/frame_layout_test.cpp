// The frame layout: where each parameter and local lives relative to %rbp,
// the size of the locals area, and whether a function makes calls.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sema/frame_layout.h"
#include "test_support.h"

namespace minicc {
namespace {

using testing_support::analyzeSource;
using testing_support::Frontend;

std::vector<int> paramOffsets(const FunctionDecl* fn) {
  std::vector<int> offsets;
  for (const VarDecl* p : fn->params) offsets.push_back(p->frameOffset);
  return offsets;
}

std::vector<int> localOffsets(const FunctionDecl* fn) {
  std::vector<int> offsets;
  for (const VarDecl* v : fn->locals) offsets.push_back(v->frameOffset);
  return offsets;
}

std::vector<std::string> localNames(const FunctionDecl* fn) {
  std::vector<std::string> names;
  for (const VarDecl* v : fn->locals) names.emplace_back(v->name);
  return names;
}

// Analyses `src` (which must be free of errors) and returns it.
Frontend analyzed(const std::string& src) {
  Frontend f = analyzeSource(src);
  EXPECT_EQ(f.errors, 0u) << src << "\n" << f.diagnostics;
  return f;
}

// ------------------------------------------------------ through sema

TEST(FrameLayout, IntParametersInOrder) {
  Frontend f = analyzed("int f(int a, int b, int c) { return a + b + c; }");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -8, -12}));
  EXPECT_EQ(fn->frame.localsSize, 16);
}

TEST(FrameLayout, PointersAreEightAligned) {
  Frontend f = analyzed("int main(int a, char **b) { return a; }");
  FunctionDecl* fn = f.function("main");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -16}));
  EXPECT_EQ(fn->frame.localsSize, 16);
  Frontend g = analyzed("int main(int argc, char *argv[]) { char *s = \"x\"; int n = 1; "
                        "return argc + n + (s == 0); }");
  FunctionDecl* gn = g.function("main");
  EXPECT_EQ(paramOffsets(gn), (std::vector<int>{-4, -16}));
  EXPECT_EQ(localOffsets(gn), (std::vector<int>{-24, -28}));
  EXPECT_EQ(gn->frame.localsSize, 32);
}

TEST(FrameLayout, CharsTakeOneByte) {
  Frontend f = analyzed("int f(char a, char b, int c) { return a + b + c; }");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-1, -2, -8}));
  EXPECT_EQ(fn->frame.localsSize, 16);
  Frontend g = analyzed("int f() { char c = 1; int i = 2; char d = 3; char *p = 0; "
                        "return c + i + d + (p == 0); }");
  FunctionDecl* gn = g.function("f");
  EXPECT_EQ(localOffsets(gn), (std::vector<int>{-1, -8, -9, -24}));
  EXPECT_EQ(gn->frame.localsSize, 32);
}

TEST(FrameLayout, LocalsFollowParametersInOrderOfAppearance) {
  Frontend f = analyzed(
      "int f(int a) {\n"
      "  int x = a;\n"
      "  { int y = x; { int z = y; x = z; } }\n"
      "  for (int i = 0; i < 2; i++) { int k = i; x = x + k; }\n"
      "  int w = x;\n"
      "  return w;\n"
      "}");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4}));
  EXPECT_EQ(localNames(fn), (std::vector<std::string>{"x", "y", "z", "i", "k", "w"}));
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-8, -12, -16, -20, -24, -28}));
  EXPECT_EQ(fn->frame.localsSize, 32);
}

TEST(FrameLayout, SiblingBlocksGetTheirOwnSlots) {
  Frontend f = analyzed("int f() { int r = 0; { int a = 1; r = a; } { int b = 2; r = r + b; } "
                        "return r; }");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-4, -8, -12}));
  // Every slot is distinct.
  std::vector<int> offsets = localOffsets(fn);
  for (size_t i = 0; i < offsets.size(); ++i)
    for (size_t j = i + 1; j < offsets.size(); ++j) EXPECT_NE(offsets[i], offsets[j]);
}

TEST(FrameLayout, StaticAndExternLocalsTakeNoSlot) {
  Frontend f = analyzed("int g;\nint f() { static int s; extern int g; int l = 1; return s + g + l; }");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(localNames(fn), (std::vector<std::string>{"l"}));
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-4}));
  EXPECT_EQ(fn->frame.localsSize, 16);
}

TEST(FrameLayout, SeventhAndLaterParametersAreOnTheCallersStack) {
  Frontend f = analyzed(
      "int f(int a, int b, int c, int d, int e, int g, int h, int i, int j) {\n"
      "  return a + b + c + d + e + g + h + i + j;\n}");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -8, -12, -16, -20, -24, 16, 24, 32}));
  EXPECT_EQ(fn->frame.localsSize, 32);  // only the six spilled ones live below %rbp
}

TEST(FrameLayout, StackParametersTakeAnEightbyteWhateverTheirType) {
  Frontend f = analyzed(
      "int f(char a, char b, char c, char d, char e, char g, char h, char *p, int i) {\n"
      "  int local = h;\n  return local + i + (p == 0);\n}");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-1, -2, -3, -4, -5, -6, 16, 24, 32}));
  // Locals continue below the register parameters only.
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-12}));
  EXPECT_EQ(fn->frame.localsSize, 16);
}

TEST(FrameLayout, ExactlySixParametersStayInRegisters) {
  Frontend f = analyzed("int f(int a, int b, int c, int d, int e, int g) { return a + g; }");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -8, -12, -16, -20, -24}));
  EXPECT_EQ(fn->frame.localsSize, 32);
  EXPECT_EQ(kRegisterArgumentCount, 6);
}

TEST(FrameLayout, LocalsSizeIsRoundedUpTo16) {
  struct Case {
    std::string locals;
    int size;
  };
  std::vector<Case> cases = {
      {"", 0},
      {"char a = 1;", 16},
      {"int a = 1;", 16},
      {"int a = 1, b = 2, c = 3, d = 4;", 16},
      {"int a = 1, b = 2, c = 3, d = 4, e = 5;", 32},
      {"char *p = 0;", 16},
      {"char *p = 0, *q = 0;", 16},
      {"char *p = 0, *q = 0, *r = 0;", 32},
  };
  for (const Case& c : cases) {
    Frontend f = analyzeSource("void f() { " + c.locals + " }");
    EXPECT_EQ(f.errors, 0u) << f.diagnostics;
    FunctionDecl* fn = f.function("f");
    ASSERT_TRUE(fn);
    EXPECT_EQ(fn->frame.localsSize, c.size) << c.locals;
    EXPECT_EQ(fn->frame.localsSize % 16, 0) << c.locals;
  }
}

TEST(FrameLayout, MakesCallsForLeafAndNonLeafFunctions) {
  Frontend f = analyzed(
      "int leaf(int a) { int b = a * 2; return b; }\n"
      "int caller(int a) { return leaf(a); }\n"
      "int nested(int a) { if (a > 0 && leaf(a)) return 1; return 0; }\n"
      "int inLoop(int a) { while (a) a = a - leaf(1); return a; }\n"
      "int main() { return 0; }\n");
  EXPECT_FALSE(f.function("leaf")->frame.makesCalls);
  EXPECT_TRUE(f.function("caller")->frame.makesCalls);
  EXPECT_TRUE(f.function("nested")->frame.makesCalls);
  EXPECT_TRUE(f.function("inLoop")->frame.makesCalls);
  EXPECT_FALSE(f.function("main")->frame.makesCalls);
}

TEST(FrameLayout, EachFunctionHasItsOwnFrame) {
  Frontend f = analyzed("int f(int a) { int x = a; return x; }\nint g(char c) { int y = c; return y; }");
  EXPECT_EQ(paramOffsets(f.function("f")), (std::vector<int>{-4}));
  EXPECT_EQ(localOffsets(f.function("f")), (std::vector<int>{-8}));
  EXPECT_EQ(paramOffsets(f.function("g")), (std::vector<int>{-1}));
  EXPECT_EQ(localOffsets(f.function("g")), (std::vector<int>{-8}));
}

TEST(FrameLayout, DeclarationsHaveNoFrame) {
  Frontend f = analyzed("int f(int a, char **b);");
  FunctionDecl* fn = f.function("f");
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{0, 0}));
  EXPECT_EQ(fn->frame.localsSize, 0);
}

// ------------------------------------------------------ layoutFrame alone

struct Built {
  AstContext ast;
  FunctionDecl* fn = nullptr;
};

// A function with the given parameter and local types, laid out directly.
void build(Built& b, const std::vector<const Type*>& params, const std::vector<const Type*>& locals) {
  TypeContext& types = b.ast.types();
  b.fn = b.ast.make<FunctionDecl>(SourceLoc{}, "fn", types.function(types.intType(), params,
                                                                     false, true));
  for (const Type* t : params) {
    auto* p = b.ast.make<VarDecl>(SourceLoc{}, "p", t);
    p->place = VarPlace::Param;
    b.fn->params.push_back(p);
  }
  for (const Type* t : locals) b.fn->locals.push_back(b.ast.make<VarDecl>(SourceLoc{}, "l", t));
  layoutFrame(*b.fn);
}

TEST(FrameLayoutDirect, MixedSizesAlignEachSlotToItsSize) {
  Built b;
  TypeContext& t = b.ast.types();
  const Type* i = t.intType();
  const Type* c = t.charType();
  const Type* p = t.pointerTo(c);
  build(b, {c, p, c, i}, {c, c, i, p, c});
  EXPECT_EQ(paramOffsets(b.fn), (std::vector<int>{-1, -16, -17, -24}));
  EXPECT_EQ(localOffsets(b.fn), (std::vector<int>{-25, -26, -32, -40, -41}));
  EXPECT_EQ(b.fn->frame.localsSize, 48);
  for (const VarDecl* v : b.fn->locals) EXPECT_EQ(-v->frameOffset % v->type->size(), 0);
}

TEST(FrameLayoutDirect, ManyStackParameters) {
  Built b;
  const Type* p = b.ast.types().pointerTo(b.ast.types().charType());
  build(b, std::vector<const Type*>(12, p), {});
  EXPECT_EQ(paramOffsets(b.fn),
            (std::vector<int>{-8, -16, -24, -32, -40, -48, 16, 24, 32, 40, 48, 56}));
  EXPECT_EQ(b.fn->frame.localsSize, 48);
}

TEST(FrameLayoutDirect, EmptyFunction) {
  Built b;
  build(b, {}, {});
  EXPECT_EQ(b.fn->frame.localsSize, 0);
}

TEST(FrameLayoutDirect, LargeFrames) {
  Built b;
  build(b, {}, std::vector<const Type*>(1001, b.ast.types().intType()));
  EXPECT_EQ(b.fn->locals.back()->frameOffset, -4004);
  EXPECT_EQ(b.fn->frame.localsSize, 4016);
}

}  // namespace
}  // namespace minicc
