// Codegen's building blocks (AsmWriter, StringTable, the target tables) and
// the whole pipeline through compile(). The printers have printer_test.cpp.
#include <gtest/gtest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "codegen/asm_writer.h"
#include "codegen/machine.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"
#include "driver/compile.h"

namespace minicc {
namespace {

TEST(AsmWriter, InstructionLayoutIsTabMnemonicTabOperands) {
  AsmWriter w("#");
  w.begin("retq");
  w.end();
  w.begin("pushq");
  w.operand();
  w.put("%rbp");
  w.end();
  w.begin("imul");
  w.put('l');
  for (const char* o : {"$3", "%eax", "%eax"}) {
    w.operand();
    w.put(o);
  }
  w.end();
  w.begin("movl");
  w.operand();
  w.putInt(-2147483648LL);
  w.operand();
  w.putInt(-12);
  w.put("(%rbp)");
  w.trailingComment("c");
  w.end();
  EXPECT_EQ(w.take(),
            "\tretq\n"
            "\tpushq\t%rbp\n"
            "\timull\t$3, %eax, %eax\n"
            "\tmovl\t-2147483648, -12(%rbp)\t# c\n");
}

// Numbers are written by hand, so every length of them is checked against
// the library's spelling: each power of ten, one below it, and the extremes.
TEST(AsmWriter, NumbersOfEveryLengthAreSpelledAsInTheLibrary) {
  std::vector<int64_t> values = {0, INT64_MAX, INT64_MIN, INT64_MIN + 1};
  for (int64_t power = 1; power <= INT64_MAX / 10; power *= 10)
    for (int64_t v : {power, power - 1, power + 1, power * 10 - 1})
      values.insert(values.end(), {v, -v});
  AsmWriter w("#");
  std::string expected;
  for (int64_t v : values) {
    w.putInt(v);
    w.put(' ');
    expected += std::to_string(v) + " ";
  }
  EXPECT_EQ(w.take(), expected);
}

TEST(AsmWriter, LabelsDirectivesAndComments) {
  AsmWriter w("//");
  w.directive(".text");
  w.directive(".globl", "main");
  w.label("main");
  w.comment("prologue");
  w.blankLine();
  w.columnZero(".subsections_via_symbols");
  EXPECT_EQ(w.take(),
            "\t.text\n"
            "\t.globl\tmain\n"
            "main:\n"
            "\t// prologue\n"
            "\n"
            ".subsections_via_symbols\n");
}

// A stream's file gets one write(2) per piece of a kilobyte or more, so the
// writer hands its text over in large pieces, not one per function.
TEST(AsmWriter, DrainsInLargePiecesAndLosesNothing) {
  struct CountingBuffer : std::stringbuf {
    int pieces = 0;
    std::streamsize xsputn(const char* s, std::streamsize n) override {
      ++pieces;
      EXPECT_GE(static_cast<size_t>(n), AsmWriter::kDrainBytes);
      return std::stringbuf::xsputn(s, n);
    }
  } buffer;
  std::ostream out(&buffer);
  AsmWriter w("#");
  std::string expected;
  for (int line = 0; line < 20000; ++line) {
    w.directive(".long", "12345");
    expected += "\t.long\t12345\n";
    w.drainInto(out);  // as after each function
  }
  const std::string rest = w.take();
  EXPECT_LT(rest.size(), AsmWriter::kDrainBytes);
  EXPECT_EQ(buffer.str() + rest, expected);
  EXPECT_EQ(buffer.pieces, static_cast<int>(expected.size() / AsmWriter::kDrainBytes));
}

TEST(StringTable, EachTextGetsTheNextNumber) {
  StringTable t;
  EXPECT_EQ(t.idFor("hello"), 0);
  EXPECT_EQ(t.idFor("world"), 1);
  EXPECT_EQ(t.idFor(""), 2);
  ASSERT_EQ(t.strings().size(), 3u);
  EXPECT_EQ(t.strings()[0], "hello");
  EXPECT_EQ(t.strings()[1], "world");
  EXPECT_EQ(t.strings()[2], "");
}

TEST(StringTable, EqualTextsShareANumber) {
  StringTable t;
  EXPECT_EQ(t.idFor("a"), 0);
  EXPECT_EQ(t.idFor("b"), 1);
  EXPECT_EQ(t.idFor("a"), 0);
  EXPECT_EQ(t.idFor("b"), 1);
  EXPECT_EQ(t.strings().size(), 2u);
  // Bytes, not C strings: an embedded NUL makes a different text.
  EXPECT_EQ(t.idFor(std::string("a\0b", 3)), 2);
  EXPECT_EQ(t.strings()[2], std::string_view("a\0b", 3));
}

TEST(TargetInfo, LinuxAndDarwinTables) {
  const TargetInfo& elf = targetInfo(Target::LinuxElf);
  EXPECT_EQ(elf.symbolPrefix, "");
  EXPECT_EQ(elf.localLabelPrefix, ".L");
  EXPECT_EQ(elf.stringLabelBase, ".L.str");
  EXPECT_TRUE(elf.elfSymbolInfo);
  EXPECT_EQ(elf.trailer, ".section\t.note.GNU-stack,\"\",@progbits");
  EXPECT_FALSE(elf.trailerInColumnZero);
  const TargetInfo& mac = targetInfo(Target::DarwinMachO);
  EXPECT_EQ(mac.symbolPrefix, "_");
  EXPECT_EQ(mac.localLabelPrefix, "L");
  EXPECT_EQ(mac.stringLabelBase, "L_.str");
  EXPECT_FALSE(mac.elfSymbolInfo);
  EXPECT_EQ(mac.trailer, ".subsections_via_symbols");
  EXPECT_TRUE(mac.trailerInColumnZero);
}

TEST(TargetInfo, ParseTargetSpellings) {
  EXPECT_EQ(parseTarget("x86_64-linux-gnu"), Target::LinuxElf);
  EXPECT_EQ(parseTarget("x86_64-pc-linux-gnu"), Target::LinuxElf);
  EXPECT_EQ(parseTarget("linux"), Target::LinuxElf);
  EXPECT_EQ(parseTarget("x86_64-apple-darwin"), Target::DarwinMachO);
  EXPECT_EQ(parseTarget("macos"), Target::DarwinMachO);
  EXPECT_EQ(parseTarget("sparc-sun-solaris"), std::nullopt);
}

// ------------------------------------------------------------- compile()

struct Compiled {
  CompileResult result;
  std::string diagnostics;
};

Compiled compileSource(const std::string& src, Target target = Target::LinuxElf,
                       CodegenOptions codegen = {}) {
  CompileOptions options;
  options.target = target;
  options.codegen = codegen;
  std::ostringstream diags;
  Compiled c;
  c.result = compile("t.c", src, options, diags);
  c.diagnostics = diags.str();
  return c;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Compile, LeafFunctionShape) {
  Compiled c = compileSource("int add(int a, int b) { return a + b; }");
  ASSERT_TRUE(c.result.success) << c.diagnostics;
  const std::string& s = c.result.output;
  EXPECT_TRUE(contains(s, "\t.globl\tadd\n")) << s;
  EXPECT_TRUE(contains(s, "\t.type\tadd,@function\n")) << s;
  EXPECT_TRUE(contains(s, "\nadd:\n\t.cfi_startproc\n\tpushq\t%rbp\n\t.cfi_def_cfa_offset 16\n"
                          "\t.cfi_offset %rbp, -16\n\tmovq\t%rsp, %rbp\n\t.cfi_def_cfa_register %rbp\n"))
      << s;
  EXPECT_TRUE(contains(s, "\tmovl\t%edi, -4(%rbp)\n\tmovl\t%esi, -8(%rbp)\n")) << s;
  EXPECT_TRUE(contains(s, "\tpopq\t%rbp\n\t.cfi_def_cfa %rsp, 8\n\tretq\n"
                          ".Lfunc_end0:\n\t.size\tadd, .Lfunc_end0-add\n\t.cfi_endproc\n")) << s;
  EXPECT_FALSE(contains(s, "subq")) << s;  // a leaf keeps its frame in the red zone
  EXPECT_TRUE(contains(s, ".section\t.note.GNU-stack,\"\",@progbits")) << s;
}

TEST(Compile, WithoutUnwindTablesThereIsNoCallFrameInformation) {
  CodegenOptions plain;
  plain.unwindTables = false;
  Compiled c = compileSource("int add(int a, int b) { return a + b; }", Target::LinuxElf, plain);
  ASSERT_TRUE(c.result.success) << c.diagnostics;
  const std::string& s = c.result.output;
  EXPECT_TRUE(contains(s, "\nadd:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n")) << s;
  EXPECT_FALSE(contains(s, ".cfi_")) << s;
  EXPECT_TRUE(contains(s, ".Lfunc_end0:\n\t.size\tadd, .Lfunc_end0-add\n")) << s;
}

TEST(Compile, StringLiteralsAreDeduplicatedInReadOnlyData) {
  Compiled c = compileSource("int puts(char *s);\n"
                             "int main() { puts(\"hi\"); puts(\"yo\"); puts(\"hi\"); return 0; }");
  ASSERT_TRUE(c.result.success) << c.diagnostics;
  const std::string& s = c.result.output;
  EXPECT_TRUE(contains(s, ".section\t.rodata.str1.1,\"aMS\",@progbits,1\n")) << s;
  EXPECT_TRUE(contains(s, ".L.str:\n\t.asciz\t\"hi\"\n")) << s;
  EXPECT_TRUE(contains(s, ".L.str.1:\n\t.asciz\t\"yo\"\n")) << s;
  EXPECT_FALSE(contains(s, ".L.str.2")) << s;
  EXPECT_TRUE(contains(s, "\tcallq\tputs\n")) << s;
}

TEST(Compile, DarwinSymbolsHaveAnUnderscore) {
  Compiled c = compileSource("int main() { return 0; }", Target::DarwinMachO);
  ASSERT_TRUE(c.result.success) << c.diagnostics;
  EXPECT_TRUE(contains(c.result.output, "\n_main:\n")) << c.result.output;
  EXPECT_TRUE(contains(c.result.output, ".subsections_via_symbols")) << c.result.output;
  EXPECT_FALSE(contains(c.result.output, ".type")) << c.result.output;
}

TEST(Compile, ErrorsGiveNoOutput) {
  Compiled c = compileSource("int main() {\n  return x;\n}");
  EXPECT_FALSE(c.result.success);
  EXPECT_TRUE(c.result.output.empty());
  EXPECT_EQ(c.result.errors, 1u);
  EXPECT_TRUE(contains(c.diagnostics, "t.c:2:10: error: use of undeclared identifier 'x'\n"
                                      "  return x;\n"
                                      "         ^\n"))
      << c.diagnostics;
}

TEST(Compile, WarningsAreCountedAndDoNotFail) {
  Compiled c = compileSource("int main() { int unused; return 0; }");
  EXPECT_TRUE(c.result.success);
  EXPECT_EQ(c.result.warnings, 1u);
  EXPECT_FALSE(c.result.output.empty());
}

TEST(Compile, DeepNestingIsAnErrorNotACrash) {
  std::string src = "int main() { return ";
  src += std::string(100000, '(') + "0" + std::string(100000, ')') + "; }";
  Compiled c = compileSource(src);
  EXPECT_FALSE(c.result.success);
  EXPECT_TRUE(contains(c.diagnostics, "nesting too deep")) << c.diagnostics.substr(0, 300);
}

TEST(Compile, ErrorLimitStopsEarly) {
  std::string src;
  for (int i = 0; i < 50; ++i) src += "int f" + std::to_string(i) + "() { return y" +
                                      std::to_string(i) + "; }\n";
  CompileOptions options;
  options.diagnostics.errorLimit = 5;
  std::ostringstream diags;
  CompileResult r = compile("t.c", src, options, diags);
  EXPECT_FALSE(r.success);
  EXPECT_EQ(r.errors, 5u);
  EXPECT_TRUE(contains(diags.str(), "fatal error: too many errors emitted, stopping now"))
      << diags.str();
}


// Blocks the passes make (not taken from the spares) must not pile up: the
// spares stay as many as the largest function's blocks, however many
// functions come through.
TEST(InstBuffers, SparesStayBoundedByTheBlocksOfAFunction) {
  mach::InstBuffers buffers;
  for (int function = 0; function < 100; ++function) {
    mach::MachineFunction f;
    f.blocks.push_back({0, false, buffers.take(32)});
    f.blocks.push_back({1, false, buffers.take(32)});
    mach::Block split{2, false, {}};  // as jumps.cpp splits a loop
    split.insts.reserve(8);
    f.blocks.push_back(std::move(split));
    buffers.recycle(f);
  }
  EXPECT_LE(buffers.spareCount(), 3u);
  EXPECT_GE(buffers.spareCount(), 2u);
}

}  // namespace
}  // namespace minicc
