// Codegen's building blocks (AsmWriter, StringTable, the target tables) and
// the whole pipeline through compile().
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "codegen/asm_writer.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"
#include "driver/compile.h"

namespace minicc {
namespace {

TEST(AsmWriter, InstructionLayoutIsTabMnemonicTabOperands) {
  AsmWriter w;
  w.instruction("retq");
  w.instruction("pushq", "%rbp");
  w.instruction("movq", "%rsp", "%rbp");
  w.instruction("imull", "$3", "%eax", "%eax");
  EXPECT_EQ(w.text(),
            "\tretq\n"
            "\tpushq\t%rbp\n"
            "\tmovq\t%rsp, %rbp\n"
            "\timull\t$3, %eax, %eax\n");
}

TEST(AsmWriter, LabelsDirectivesAndComments) {
  AsmWriter w;
  w.directive(".text");
  w.directive(".globl", "main");
  w.label("main");
  w.comment("prologue");
  w.blankLine();
  w.columnZeroDirective(".subsections_via_symbols");
  EXPECT_EQ(w.text(),
            "\t.text\n"
            "\t.globl\tmain\n"
            "main:\n"
            "\t# prologue\n"
            "\n"
            ".subsections_via_symbols\n");
}

TEST(AsmWriter, AppendAndTake) {
  AsmWriter a, b;
  a.label("a");
  b.instruction("nop");
  a.append(b);
  EXPECT_EQ(a.text(), "a:\n\tnop\n");
  EXPECT_EQ(b.text(), "\tnop\n");  // append copies
  std::string taken = a.take();
  EXPECT_EQ(taken, "a:\n\tnop\n");
}

TEST(StringTable, LabelsAreNumberedAfterTheFirst) {
  StringTable t(".L.str");
  EXPECT_EQ(t.labelFor("hello"), ".L.str");
  EXPECT_EQ(t.labelFor("world"), ".L.str.1");
  EXPECT_EQ(t.labelFor(""), ".L.str.2");
  ASSERT_EQ(t.entries().size(), 3u);
  EXPECT_EQ(t.entries()[0].bytes, "hello");
  EXPECT_EQ(t.entries()[1].label, ".L.str.1");
  EXPECT_EQ(t.entries()[2].bytes, "");
}

TEST(StringTable, EqualTextsShareALabel) {
  StringTable t("L_.str");
  EXPECT_EQ(t.labelFor("a"), "L_.str");
  EXPECT_EQ(t.labelFor("b"), "L_.str.1");
  EXPECT_EQ(t.labelFor("a"), "L_.str");
  EXPECT_EQ(t.labelFor("b"), "L_.str.1");
  EXPECT_EQ(t.entries().size(), 2u);
  // Bytes, not C strings: an embedded NUL makes a different text.
  EXPECT_EQ(t.labelFor(std::string("a\0b", 3)), "L_.str.2");
  EXPECT_EQ(t.entries().size(), 3u);
}

TEST(TargetInfo, LinuxAndDarwinTables) {
  const TargetInfo& elf = targetInfo(Target::LinuxElf);
  EXPECT_EQ(elf.symbol("main"), "main");
  EXPECT_EQ(elf.localLabelPrefix, ".L");
  EXPECT_EQ(elf.stringLabelBase, ".L.str");
  EXPECT_TRUE(elf.elfSymbolInfo);
  EXPECT_EQ(elf.trailer, ".section\t.note.GNU-stack,\"\",@progbits");
  const TargetInfo& mac = targetInfo(Target::DarwinMachO);
  EXPECT_EQ(mac.symbol("main"), "_main");
  EXPECT_EQ(mac.localLabelPrefix, "L");
  EXPECT_EQ(mac.stringLabelBase, "L_.str");
  EXPECT_FALSE(mac.elfSymbolInfo);
  EXPECT_EQ(mac.trailer, ".subsections_via_symbols");
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

Compiled compileSource(const std::string& src, Target target = Target::LinuxElf) {
  CompileOptions options;
  options.target = target;
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
  EXPECT_TRUE(contains(s, "\nadd:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n")) << s;
  EXPECT_TRUE(contains(s, "\tmovl\t%edi, -4(%rbp)\n\tmovl\t%esi, -8(%rbp)\n")) << s;
  EXPECT_TRUE(contains(s, "\tpopq\t%rbp\n\tretq\n")) << s;
  EXPECT_FALSE(contains(s, "subq")) << s;  // a leaf keeps its frame in the red zone
  EXPECT_TRUE(contains(s, ".section\t.note.GNU-stack,\"\",@progbits")) << s;
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

}  // namespace
}  // namespace minicc
