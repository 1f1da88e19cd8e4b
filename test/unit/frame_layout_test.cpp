// The frame layout: where each parameter and local lives relative to %rbp,
// the size of the locals area, whether a function makes calls, and how
// much of the stack the prologue reserves (codegen/frame_layout.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "codegen/abi.h"
#include "codegen/frame_layout.h"
#include "codegen/function_codegen.h"
#include "codegen/passes.h"
#include "test_support.h"

namespace minicc {
namespace {

using testing_support::analyzeSource;
using testing_support::Frontend;

std::vector<int> offsets(const mach::MachineFunction& f, bool parameters) {
  std::vector<int> result;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.parameter == parameters) result.push_back(slot.offset);
  return result;
}
std::vector<int> paramOffsets(const mach::MachineFunction& f) { return offsets(f, true); }
std::vector<int> localOffsets(const mach::MachineFunction& f) { return offsets(f, false); }

// The local variables' slots only: a value put aside while an expression is
// computed has a slot too, with no variable (see TemporariesWaitInSlots).
std::vector<int> localVariableOffsets(const mach::MachineFunction& f) {
  std::vector<int> result;
  for (const mach::FrameSlot& slot : f.slots)
    if (slot.variable && !slot.parameter) result.push_back(slot.offset);
  return result;
}

std::vector<std::string> localNames(const mach::MachineFunction& f) {
  std::vector<std::string> names;
  for (const mach::FrameSlot& slot : f.slots)
    if (!slot.parameter) names.emplace_back(slot.name);
  return names;
}

// The function as the back end sees it after frame layout.
mach::MachineFunction laidOut(const FunctionDecl* fn) {
  StringTable strings;
  mach::MachineFunction f = selectInstructions(*fn, 0, CodegenOptions{}, strings);
  runPasses(f);
  layoutFrame(f, FrameOptions{});
  return f;
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
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -8, -12}));
  EXPECT_EQ(fn.frame.localsSize, 16);
}

TEST(FrameLayout, PointersAreEightAligned) {
  Frontend f = analyzed("int main(int a, char **b) { return a; }");
  mach::MachineFunction fn = laidOut(f.function("main"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -16}));
  EXPECT_EQ(fn.frame.localsSize, 16);
  Frontend g = analyzed("int main(int argc, char *argv[]) { char *s = \"x\"; int n = 1; "
                        "return argc + n + (s == 0); }");
  mach::MachineFunction gn = laidOut(g.function("main"));
  EXPECT_EQ(paramOffsets(gn), (std::vector<int>{-4, -16}));
  EXPECT_EQ(localVariableOffsets(gn), (std::vector<int>{-24, -28}));
  EXPECT_EQ(gn.frame.localsSize, 48);  // argc + n waits at -40 while s == 0 is computed
}

TEST(FrameLayout, CharsTakeOneByte) {
  Frontend f = analyzed("int f(char a, char b, int c) { return a + b + c; }");
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-1, -2, -8}));
  EXPECT_EQ(fn.frame.localsSize, 16);
  Frontend g = analyzed("int f() { char c = 1; int i = 2; char d = 3; char *p = 0; "
                        "return c + i + d + (p == 0); }");
  mach::MachineFunction gn = laidOut(g.function("f"));
  EXPECT_EQ(localVariableOffsets(gn), (std::vector<int>{-1, -8, -9, -24}));
  EXPECT_EQ(gn.frame.localsSize, 32);
}

// A value that waits while the rest of an expression is computed (here
// across calls) gets an 8-byte slot for its depth of waiting, laid out
// with the variables; values that wait one after another share it.
TEST(FrameLayout, TemporariesWaitInSlots) {
  Frontend f = analyzed("int g(int);\nint f(int a) { return g(a) + (g(a + 1) + g(a + 2)) + g(a + 3); }");
  mach::MachineFunction fn = laidOut(f.function("f"));
  std::vector<int> temporaries;
  for (const mach::FrameSlot& slot : fn.slots)
    if (!slot.variable) {
      EXPECT_EQ(slot.name, "temporary");
      EXPECT_EQ(slot.size, 8);
      temporaries.push_back(slot.offset);
    }
  EXPECT_EQ(temporaries, (std::vector<int>{-16, -24}));  // two deep at most
  EXPECT_EQ(fn.frame.localsSize, 32);
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
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4}));
  EXPECT_EQ(localNames(fn), (std::vector<std::string>{"x", "y", "z", "i", "k", "w"}));
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-8, -12, -16, -20, -24, -28}));
  EXPECT_EQ(fn.frame.localsSize, 32);
}

TEST(FrameLayout, SiblingBlocksGetTheirOwnSlots) {
  Frontend f = analyzed("int f() { int r = 0; { int a = 1; r = a; } { int b = 2; r = r + b; } "
                        "return r; }");
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-4, -8, -12}));
  // Every slot is distinct.
  std::vector<int> offsets = localOffsets(fn);
  for (size_t i = 0; i < offsets.size(); ++i)
    for (size_t j = i + 1; j < offsets.size(); ++j) EXPECT_NE(offsets[i], offsets[j]);
}

TEST(FrameLayout, StaticAndExternLocalsTakeNoSlot) {
  Frontend f = analyzed("int g;\nint f() { static int s; extern int g; int l = 1; return s + g + l; }");
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(localNames(fn), (std::vector<std::string>{"l"}));
  EXPECT_EQ(localOffsets(fn), (std::vector<int>{-4}));
  EXPECT_EQ(fn.frame.localsSize, 16);
}

TEST(FrameLayout, SeventhAndLaterParametersAreOnTheCallersStack) {
  Frontend f = analyzed(
      "int f(int a, int b, int c, int d, int e, int g, int h, int i, int j) {\n"
      "  return a + b + c + d + e + g + h + i + j;\n}");
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -8, -12, -16, -20, -24, 16, 24, 32}));
  EXPECT_EQ(fn.frame.localsSize, 32);  // only the six spilled ones live below %rbp
}

TEST(FrameLayout, StackParametersTakeAnEightbyteWhateverTheirType) {
  Frontend f = analyzed(
      "int f(char a, char b, char c, char d, char e, char g, char h, char *p, int i) {\n"
      "  int local = h;\n  return local + i + (p == 0);\n}");
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-1, -2, -3, -4, -5, -6, 16, 24, 32}));
  // Locals continue below the register parameters only.
  EXPECT_EQ(localVariableOffsets(fn), (std::vector<int>{-12}));
  EXPECT_EQ(fn.frame.localsSize, 32);  // local + i waits at -24 while p == 0 is computed
}

TEST(FrameLayout, ExactlySixParametersStayInRegisters) {
  Frontend f = analyzed("int f(int a, int b, int c, int d, int e, int g) { return a + g; }");
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(paramOffsets(fn), (std::vector<int>{-4, -8, -12, -16, -20, -24}));
  EXPECT_EQ(fn.frame.localsSize, 32);
  EXPECT_EQ(abi::kIntegerArgumentRegisterCount, 6);
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
    ASSERT_TRUE(f.function("f"));
    mach::MachineFunction fn = laidOut(f.function("f"));
    EXPECT_EQ(fn.frame.localsSize, c.size) << c.locals;
    EXPECT_EQ(fn.frame.localsSize % 16, 0) << c.locals;
  }
}

TEST(FrameLayout, MakesCallsForLeafAndNonLeafFunctions) {
  Frontend f = analyzed(
      "int leaf(int a) { int b = a * 2; return b; }\n"
      "int caller(int a) { return leaf(a); }\n"
      "int nested(int a) { if (a > 0 && leaf(a)) return 1; return 0; }\n"
      "int inLoop(int a) { while (a) a = a - leaf(1); return a; }\n"
      "int main() { return 0; }\n");
  EXPECT_FALSE(laidOut(f.function("leaf")).frame.makesCalls);
  EXPECT_TRUE(laidOut(f.function("caller")).frame.makesCalls);
  EXPECT_TRUE(laidOut(f.function("nested")).frame.makesCalls);
  EXPECT_TRUE(laidOut(f.function("inLoop")).frame.makesCalls);
  EXPECT_FALSE(laidOut(f.function("main")).frame.makesCalls);
}

TEST(FrameLayout, EachFunctionHasItsOwnFrame) {
  Frontend f = analyzed("int f(int a) { int x = a; return x; }\nint g(char c) { int y = c; return y; }");
  EXPECT_EQ(paramOffsets(laidOut(f.function("f"))), (std::vector<int>{-4}));
  EXPECT_EQ(localOffsets(laidOut(f.function("f"))), (std::vector<int>{-8}));
  EXPECT_EQ(paramOffsets(laidOut(f.function("g"))), (std::vector<int>{-1}));
  EXPECT_EQ(localOffsets(laidOut(f.function("g"))), (std::vector<int>{-8}));
}

// A function of `count` int locals, each initialised and the last returned.
std::string functionWithLocals(const std::string& name, int count) {
  std::string body;
  for (int i = 0; i < count; ++i) body += "int v" + std::to_string(i) + " = " + std::to_string(i) + "; ";
  return "int " + name + "() { " + body + "return v" + std::to_string(count - 1) + "; }\n";
}

TEST(FrameLayout, RedZoneOnlyForLeavesThatFit) {
  Frontend f = analyzed("int leaf(int a) { int b = a * 2; return b; }\n"
                        "int caller(int a) { return leaf(a); }\n" +
                        functionWithLocals("overflows", 33));  // 132 bytes, 144 rounded
  mach::MachineFunction leaf = laidOut(f.function("leaf"));
  EXPECT_TRUE(leaf.frame.usesRedZone);
  EXPECT_EQ(leaf.frame.reserved, 0);
  mach::MachineFunction caller = laidOut(f.function("caller"));
  EXPECT_FALSE(caller.frame.usesRedZone);
  EXPECT_EQ(caller.frame.reserved, 16);
  mach::MachineFunction overflows = laidOut(f.function("overflows"));
  EXPECT_FALSE(overflows.frame.usesRedZone);
  EXPECT_EQ(overflows.frame.reserved, 144);
}

TEST(FrameLayout, ExactlyTheRedZoneStillFits) {
  Frontend f = analyzed(functionWithLocals("f", 32));
  mach::MachineFunction fn = laidOut(f.function("f"));
  EXPECT_EQ(fn.frame.localsSize, 128);
  EXPECT_TRUE(fn.frame.usesRedZone);
  EXPECT_EQ(fn.frame.reserved, 0);
}

// ------------------------------------------------------ layoutFrame alone

// A function with slots of the given sizes (parameters first), laid out
// directly, with a body of one instruction that uses the last slot.
mach::MachineFunction build(const std::vector<int>& params, const std::vector<int>& locals,
                            FrameOptions options = {}) {
  mach::MachineFunction f;
  f.blocks.push_back({0, false, {}});
  int n = 0;
  for (size_t i = 0; i < params.size() + locals.size(); ++i) {
    mach::FrameSlot slot;
    slot.parameter = i < params.size();
    slot.size = slot.align = slot.parameter ? params[i] : locals[i - params.size()];
    if (slot.parameter && static_cast<int>(i) >= abi::kIntegerArgumentRegisterCount)
      slot.stackArgument = n++;
    f.slots.push_back(slot);
  }
  if (!f.slots.empty()) {
    mach::Inst use;
    use.op = mach::Opcode::Mov;
    use.operandCount = 2;
    use.operands[0] = mach::frameSlot(static_cast<int>(f.slots.size()) - 1, "x");
    use.operands[1] = mach::reg(mach::Reg::AX, mach::Width::L);
    f.blocks[0].insts.push_back(use);
  }
  layoutFrame(f, options);
  return f;
}

TEST(FrameLayoutDirect, MixedSizesAlignEachSlotToItsSize) {
  mach::MachineFunction f = build({1, 8, 1, 4}, {1, 1, 4, 8, 1});
  EXPECT_EQ(paramOffsets(f), (std::vector<int>{-1, -16, -17, -24}));
  EXPECT_EQ(localOffsets(f), (std::vector<int>{-25, -26, -32, -40, -41}));
  EXPECT_EQ(f.frame.localsSize, 48);
  for (const mach::FrameSlot& slot : f.slots) EXPECT_EQ(-slot.offset % slot.size, 0);
}

TEST(FrameLayoutDirect, ManyStackParameters) {
  mach::MachineFunction f = build(std::vector<int>(12, 8), {});
  EXPECT_EQ(paramOffsets(f), (std::vector<int>{-8, -16, -24, -32, -40, -48, 16, 24, 32, 40, 48, 56}));
  EXPECT_EQ(f.frame.localsSize, 48);
  EXPECT_EQ(f.frame.stackArgumentBytes, 48);
}

TEST(FrameLayoutDirect, EmptyFunction) {
  mach::MachineFunction f = build({}, {});
  EXPECT_EQ(f.frame.localsSize, 0);
  EXPECT_EQ(f.frame.reserved, 0);
}

TEST(FrameLayoutDirect, LargeFrames) {
  mach::MachineFunction f = build({}, std::vector<int>(1001, 4));
  EXPECT_EQ(f.slots.back().offset, -4004);
  EXPECT_EQ(f.frame.localsSize, 4016);
  EXPECT_EQ(f.frame.reserved, 4016);  // far past the red zone
}

TEST(FrameLayoutDirect, SlotOperandsBecomeRbpRelativeMemory) {
  mach::MachineFunction f = build({4, 4}, {8});
  bool found = false;
  for (const mach::Inst& inst : f.blocks[0].insts) {
    const mach::Operand& o = inst.operand(0);
    if (inst.op == mach::Opcode::Mov && o.isMemory()) {
      EXPECT_EQ(o.kind, mach::Operand::Kind::Memory);
      EXPECT_EQ(o.reg, mach::Reg::BP);
      EXPECT_EQ(o.value, -16);
      EXPECT_EQ(o.name, "x");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

std::vector<mach::Opcode> opcodes(const mach::Block& b) {
  std::vector<mach::Opcode> ops;
  for (const mach::Inst& inst : b.insts) ops.push_back(inst.op);
  return ops;
}

TEST(FrameLayoutDirect, PrologueAndEpilogueWithCallFrameInformation) {
  using mach::Opcode;
  mach::MachineFunction f = build({}, std::vector<int>(40, 4));  // 160 bytes: reserved
  EXPECT_EQ(opcodes(f.blocks[0]),
            (std::vector<Opcode>{Opcode::Push, Opcode::CfiDefCfaOffset, Opcode::CfiOffset,
                                 Opcode::Mov, Opcode::CfiDefCfaRegister, Opcode::Sub, Opcode::Mov,
                                 Opcode::Add, Opcode::Pop, Opcode::CfiDefCfa, Opcode::Ret}));
  FrameOptions plain;
  plain.unwindTables = false;
  mach::MachineFunction g = build({}, {4}, plain);  // the red zone: no sub/add
  EXPECT_EQ(opcodes(g.blocks[0]), (std::vector<Opcode>{Opcode::Push, Opcode::Mov, Opcode::Mov,
                                                       Opcode::Pop, Opcode::Ret}));
}

// -fverbose-asm's frame table rides on the prologue's lines: one row per
// slot, every slot once, and a note on the first line; no lines are added.
TEST(FrameLayoutDirect, FrameNotesDescribeEverySlotOnTheProloguesLines) {
  FrameOptions notes;
  notes.frameNotes = true;
  notes.unwindTables = false;
  mach::MachineFunction f = build({4}, {8});
  mach::MachineFunction g = build({4}, {8, 4, 4, 4}, notes);
  FrameOptions plain;
  plain.unwindTables = false;
  mach::MachineFunction h = build({4}, {8, 4, 4, 4}, plain);
  EXPECT_EQ(opcodes(g.blocks[0]), opcodes(h.blocks[0]));
  std::vector<int> rows;
  for (const mach::Inst& inst : g.blocks[0].insts)
    for (int r = inst.frameRowFirst; r < inst.frameRowFirst + inst.frameRowCount; ++r) rows.push_back(r);
  EXPECT_EQ(rows, (std::vector<int>{0, 1, 2, 3, 4}));
  EXPECT_FALSE(g.blocks[0].insts.front().note.empty());
  for (const mach::Inst& inst : f.blocks[0].insts) {
    EXPECT_TRUE(inst.note.empty());
    EXPECT_EQ(inst.frameRowCount, 0);
  }
}

}  // namespace
}  // namespace minicc
