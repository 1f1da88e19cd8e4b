// The preprocessor: directives, macro expansion (hide sets, #, ##), #if
// arithmetic, includes, token locations and flags, and -E printing.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "lexer/lexer.h"
#include "parser/parser.h"
#include "preprocessor/builtin_headers.h"
#include "preprocessor/conditional_expression.h"
#include "preprocessor/lexical_check.h"
#include "preprocessor/macro.h"
#include "preprocessor/preprocessor.h"

namespace minicc {
namespace {

// One preprocessor run; owns the sources the tokens point into.
struct Preprocessed {
  std::unique_ptr<SourceManager> sources = std::make_unique<SourceManager>();
  std::vector<Token> tokens;
  std::string diagnostics;
  unsigned errors = 0;
  unsigned warnings = 0;

  // The token spellings on one line, a space where a token has white space
  // (or a line break) before it.
  std::string spelled() const {
    std::string s;
    for (const Token& t : tokens) {
      if (t.is(TokenKind::EndOfFile)) break;
      if (!s.empty() && (t.spaceBefore || t.atLineStart)) s += ' ';
      s += t.text;
    }
    return s;
  }
  const Token& find(std::string_view text, int nth = 0) const {
    for (const Token& t : tokens)
      if (t.text == text && nth-- == 0) return t;
    ADD_FAILURE() << "no token '" << text << "'";
    return tokens.back();
  }
  bool has(const std::string& text) const { return diagnostics.find(text) != std::string::npos; }
};

Preprocessed run(const std::string& text, PreprocessorOptions options = {},
                 const std::string& name = "t.c") {
  Preprocessed p;
  std::ostringstream out;
  DiagnosticOptions diagOptions;
  diagOptions.errorLimit = 0;
  Diagnostics diags(out, diagOptions);
  const SourceFile* file = p.sources->add(name, text);
  p.tokens = preprocess(*file, *p.sources, options, diags);
  p.diagnostics = out.str();
  p.errors = diags.errorCount();
  p.warnings = diags.warningCount();
  return p;
}

std::string expand(const std::string& text) { return run(text).spelled(); }

// ---------------------------------------------------------------- macros

TEST(PreprocessorMacros, ObjectLikeAndRescanning) {
  EXPECT_EQ(expand("#define A B + 1\n#define B 2\nA"), "2 + 1");
  EXPECT_EQ(expand("#define EMPTY\nx EMPTY y"), "x y");
  EXPECT_EQ(expand("#define X 1\n#undef X\nX"), "X");
}

TEST(PreprocessorMacros, SelfReferenceIsNotExpandedAgain) {
  EXPECT_EQ(expand("#define X X + 1\nX"), "X + 1");
  EXPECT_EQ(expand("#define A B\n#define B A\nA B"), "A B");
  EXPECT_EQ(expand("#define f(x) f(x) + 1\nf(f(2))"), "f(f(2) + 1) + 1");
  // Painted blue: this `foo` came from foo's own expansion, so the later
  // '(' does not invoke it.
  EXPECT_EQ(expand("#define foo(v) bar v\nfoo(foo) (2)"), "bar foo (2)");
}

TEST(PreprocessorMacros, FunctionLikeArgumentsAndNesting) {
  EXPECT_EQ(expand("#define ADD(a, b) a + b\nADD((1, 2), ADD(3, 4))"), "(1, 2) + 3 + 4");
  EXPECT_EQ(expand("#define F() 7\nF() F"), "7 F");
  EXPECT_EQ(expand("#define ID(x) x\nID()"), "");
  EXPECT_EQ(expand("#define F(x) [x]\n#define G F\nG(1)"), "[1]");
  // The '(' may be on a later line.
  EXPECT_EQ(expand("#define F(x) [x]\nF\n\n(1)"), "[1]");
}

TEST(PreprocessorMacros, StringizingEscapesQuotesAndBackslashes) {
  EXPECT_EQ(expand("#define S(x) #x\nS(  a  +\n  b )"), "\"a + b\"");
  EXPECT_EQ(expand("#define S(x) #x\nS(\"a\\n\" '\\'')"), R"("\"a\\n\" '\\''")");
  EXPECT_EQ(expand("#define S(x) #x\n#define V 1\nS(V)"), "\"V\"");
  EXPECT_EQ(expand("#define S(x) #x\n#define X(x) S(x)\n#define V 1\nX(V)"), "\"1\"");
}

TEST(PreprocessorMacros, PastingMakesOneTokenOfTheRightKind) {
  Preprocessed p = run("#define CAT(a, b) a ## b\nCAT(in, t) CAT(1, 2) CAT(<, <=) CAT(x, )");
  EXPECT_EQ(p.spelled(), "int 12 <<= x");
  EXPECT_EQ(p.tokens[0].kind, TokenKind::KwInt);
  EXPECT_EQ(p.tokens[1].kind, TokenKind::IntLiteral);
  EXPECT_EQ(p.tokens[2].kind, TokenKind::LessLessEqual);
  EXPECT_EQ(p.errors, 0u);
}

TEST(PreprocessorMacros, InvalidPasteIsAnError) {
  Preprocessed p = run("#define CAT(a, b) a ## b\nCAT(., +)");
  EXPECT_EQ(p.errors, 1u);
  EXPECT_TRUE(p.has("t.c:2:1: error: pasting formed '.+', an invalid preprocessing token"))
      << p.diagnostics;
}

TEST(PreprocessorMacros, HashHashFromAnArgumentDoesNotPaste) {
  // Only a ## written in a body pastes; one passed in is an ordinary token.
  EXPECT_EQ(expand("#define ID(x) x\n#define ARG(x) a x b\nID(1 ## 2) ARG(##)"), "1 ## 2 a ## b");
}

TEST(PreprocessorMacros, VariadicAndGnuComma) {
  EXPECT_EQ(expand("#define F(...) f(__VA_ARGS__)\nF(1, (2, 3), 4)"), "f(1, (2, 3), 4)");
  EXPECT_EQ(expand("#define L(f, ...) p(f, ## __VA_ARGS__)\nL(a) L(a, b)"), "p(a) p(a, b)");
  EXPECT_EQ(expand("#define N(x, rest...) [rest]\nN(1, 2, 3)"), "[2, 3]");
}

TEST(PreprocessorMacros, ArgumentCountErrors) {
  Preprocessed few = run("#define F(a, b) a\nF(1)");
  EXPECT_TRUE(few.has("t.c:2:4: error: too few arguments provided to function-like macro invocation"))
      << few.diagnostics;
  EXPECT_TRUE(few.has("t.c:1:9: note: macro 'F' defined here")) << few.diagnostics;
  Preprocessed many = run("#define F(a) a\nF(1, 2)");
  EXPECT_TRUE(many.has("t.c:2:6: error: too many arguments provided")) << many.diagnostics;
  Preprocessed open = run("#define F(a) a\nint F(1,\n");
  EXPECT_TRUE(open.has("t.c:2:5: error: unterminated function-like macro invocation"))
      << open.diagnostics;
  EXPECT_EQ(open.tokens.back().kind, TokenKind::EndOfFile);
}

TEST(PreprocessorMacros, RedefinitionWarnsOnlyWhenDifferent) {
  Preprocessed same = run("#define A (1 +  2)\n#define A /* */ (1 + 2)\nA");
  EXPECT_EQ(same.warnings, 0u) << same.diagnostics;
  Preprocessed other = run("#define A 1\n#define A 2\nA");
  EXPECT_EQ(other.spelled(), "2");
  EXPECT_TRUE(other.has("t.c:2:9: warning: 'A' macro redefined [-Wmacro-redefined]"));
  EXPECT_TRUE(other.has("t.c:1:9: note: previous definition is here"));
}

// ------------------------------------------------- locations and flags

TEST(PreprocessorLocations, BodyTokensPointAtTheInvocationArgumentsAtThemselves) {
  Preprocessed p = run("#define ADD(a, b) a + b\nint x =  ADD(one, two);");
  const Token& plus = p.find("+");
  EXPECT_EQ(plus.loc.line, 2u);
  EXPECT_EQ(plus.loc.col, 10u);  // the 'A' of ADD
  const Token& one = p.find("one");
  EXPECT_EQ(one.loc.line, 2u);
  EXPECT_EQ(one.loc.col, 14u);
  EXPECT_EQ(p.find("two").loc.col, 19u);
}

TEST(PreprocessorLocations, ExpansionFlagsFollowTheInvocation) {
  Preprocessed p = run("#define E\n#define P (x)\nE a P\n  E b");
  // a: at the line start although E came first; (: spaced like P was.
  ASSERT_EQ(p.spelled(), "a (x) b");
  EXPECT_TRUE(p.tokens[0].atLineStart);
  EXPECT_TRUE(p.tokens[1].spaceBefore);
  EXPECT_FALSE(p.tokens[1].atLineStart);
  EXPECT_FALSE(p.tokens[2].spaceBefore);
  EXPECT_TRUE(p.tokens[4].atLineStart);
}

TEST(PreprocessorLocations, HashFromAMacroIsNoDirective) {
  Preprocessed p = run("#define H #\nH define X 1\nX");
  EXPECT_EQ(p.spelled(), "# define X 1 X");
  EXPECT_EQ(p.errors, 0u);
}

TEST(PreprocessorLocations, LineDirectiveRenamesAndRenumbers) {
  Preprocessed p = run("a\n#line 50 \"other.c\"\nb __LINE__ __FILE__\nc");
  const Token& b = p.find("b");
  EXPECT_EQ(b.loc.file->name(), "other.c");
  EXPECT_EQ(b.loc.line, 50u);
  // Diagnostics still quote the right source line.
  EXPECT_EQ(b.loc.file->lineText(b.loc.line), "b __LINE__ __FILE__");
  EXPECT_EQ(p.spelled(), "a b 50 \"other.c\" c");
  EXPECT_EQ(p.find("c").loc.line, 51u);
  EXPECT_EQ(p.find("a").loc.file->name(), "t.c");
}

TEST(PreprocessorLocations, ResultEndsWithOneEndOfFile) {
  Preprocessed p = run("#define X\nX");
  ASSERT_EQ(p.tokens.size(), 1u);
  EXPECT_EQ(p.tokens[0].kind, TokenKind::EndOfFile);
}

// ---------------------------------------------------------- conditionals

TEST(PreprocessorConditionals, GroupsAndDefined) {
  EXPECT_EQ(expand("#if 0\na\n#elif 1\nb\n#else\nc\n#endif"), "b");
  EXPECT_EQ(expand("#define X\n#ifdef X\na\n#endif\n#ifndef X\nb\n#endif"), "a");
  EXPECT_EQ(expand("#if defined X || defined(Y)\na\n#else\nb\n#endif"), "b");
  EXPECT_EQ(expand("#if 0\n#if 1\na\n#else\nb\n#endif\n#else\nc\n#endif"), "c");
}

TEST(PreprocessorConditionals, SkippedGroupsHaveNoLexicalErrors) {
  Preprocessed skipped = run("#if 0\nit's @ 08\n#endif\nok");
  EXPECT_EQ(skipped.errors, 0u) << skipped.diagnostics;
  EXPECT_EQ(skipped.spelled(), "ok");
  Preprocessed live = run("#if 1\nint x = 08;\n#endif");
  EXPECT_EQ(live.errors, 1u);
  EXPECT_TRUE(live.has("t.c:2:9: error: invalid digit '8' in octal constant")) << live.diagnostics;
}

TEST(PreprocessorConditionals, MisplacedDirectivesAreErrors) {
  Preprocessed p = run("#if 1\n#else\n#else\n#endif\n#endif\n#if 1\n");
  EXPECT_TRUE(p.has("t.c:3:2: error: #else after #else")) << p.diagnostics;
  EXPECT_TRUE(p.has("t.c:5:2: error: #endif without #if")) << p.diagnostics;
  EXPECT_TRUE(p.has("t.c:6:2: error: unterminated conditional directive")) << p.diagnostics;
  EXPECT_EQ(p.errors, 3u);
}

// An #if line's value, with `defined` resolved and macros expanded.
std::optional<bool> evaluate(const std::string& expression, std::string* diagnostics = nullptr) {
  Preprocessed p = run("#if " + expression + "\nyes\n#else\nno\n#endif");
  if (diagnostics) *diagnostics = p.diagnostics;
  if (p.errors) return std::nullopt;
  return p.spelled() == "yes";
}

TEST(PreprocessorConditionals, ExpressionArithmetic) {
  EXPECT_EQ(evaluate("1 + 2 * 3 == 7"), true);
  EXPECT_EQ(evaluate("(1 << 62) > 0 && (1 << 63) < 0"), true);  // 64-bit intmax_t
  EXPECT_EQ(evaluate("-1 < 0u"), false);                         // uintmax_t
  EXPECT_EQ(evaluate("0xFFFFFFFFFFFFFFFF == -1"), true);
  EXPECT_EQ(evaluate("-7 / 2 == -3 && -7 % 2 == -1"), true);
  EXPECT_EQ(evaluate("(-9223372036854775807 - 1) / -1 < 0"), true);  // wraps, no crash
  EXPECT_EQ(evaluate("1 ? 0 : 1/0"), false);
  EXPECT_EQ(evaluate("0 && 1/0 || 1"), true);
  EXPECT_EQ(evaluate("'A' + 1 == 66"), true);
  EXPECT_EQ(evaluate("UNDEFINED_NAME + int == 0"), true);
  EXPECT_EQ(evaluate("(2, 0)"), false);
}

TEST(PreprocessorConditionals, ExpressionErrors) {
  std::string diags;
  EXPECT_EQ(evaluate("1 / 0", &diags), std::nullopt);
  EXPECT_NE(diags.find("t.c:1:7: error: division by zero in preprocessor expression"),
            std::string::npos)
      << diags;
  EXPECT_EQ(evaluate("(1", &diags), std::nullopt);
  EXPECT_NE(diags.find("expected ')' in preprocessor expression"), std::string::npos) << diags;
  EXPECT_EQ(evaluate("1 +", &diags), std::nullopt);
  EXPECT_NE(diags.find("t.c:1:8: error: expected value in expression"), std::string::npos)
      << diags;
  EXPECT_EQ(evaluate("1 = 1", &diags), std::nullopt);
}

// -------------------------------------------------------------- directives

TEST(PreprocessorDirectives, ErrorWarningPragmaAndUnknown) {
  Preprocessed p = run("#error it's broken\n#warning careful\n#pragma once\n#pragma GCC diagnostic push\n#\n#nope\n");
  EXPECT_TRUE(p.has("t.c:1:2: error: it's broken")) << p.diagnostics;
  EXPECT_TRUE(p.has("t.c:2:2: warning: careful [-W#warnings]")) << p.diagnostics;
  EXPECT_TRUE(p.has("t.c:6:2: error: invalid preprocessing directive")) << p.diagnostics;
  EXPECT_EQ(p.errors, 2u);  // no lexical error for the apostrophe in #error
  EXPECT_EQ(p.warnings, 1u);
}

TEST(PreprocessorDirectives, PredefinedAndCommandLineMacros) {
  PreprocessorOptions linux;
  linux.commandLine = {{"A", std::nullopt, false}, {"B", std::string("2"), false},
                       {"A", std::nullopt, true}, {"F(x)", std::string("x+x"), false}};
  EXPECT_EQ(run("__minicc__ __x86_64__ __linux__ __APPLE__ A B F(3)", linux).spelled(),
            "1 1 1 __APPLE__ A 2 3+3");
  PreprocessorOptions mac;
  mac.target = Target::DarwinMachO;
  EXPECT_EQ(run("__APPLE__ __MACH__ __linux__ __STDC__", mac).spelled(), "1 1 __linux__ 1");
}

// Writes files into a fresh temporary directory.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("minicc-pp-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::path file = path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << text;
    return file.string();
  }
};

TEST(PreprocessorIncludes, QuotedSearchOrderGuardsAndPragmaOnce) {
  TempDir dir;
  dir.write("src/local.h", "local");
  dir.write("inc/local.h", "wrong");
  dir.write("inc/other.h", "#pragma once\nother");
  dir.write("inc/guarded.h", "#ifndef G\n#define G\nguarded\n#endif\n");
  std::string main = dir.write("src/main.c", "");
  PreprocessorOptions options;
  options.includeDirs = {(dir.path / "inc").string()};
  Preprocessed p = run(
      "#include \"local.h\"\n#include \"other.h\"\n#include <other.h>\n"
      "#include \"guarded.h\"\n#include \"guarded.h\"\n",
      options, main);
  EXPECT_EQ(p.errors, 0u) << p.diagnostics;
  EXPECT_EQ(p.spelled(), "local other guarded");
}

TEST(PreprocessorIncludes, MissingFileAndCycle) {
  TempDir dir;
  std::string self = dir.write("self.h", "#include \"self.h\"\n");
  Preprocessed missing = run("#include \"absent.h\"\n#include <absent.h>\n");
  EXPECT_TRUE(missing.has("t.c:1:10: error: 'absent.h' file not found")) << missing.diagnostics;
  EXPECT_TRUE(missing.has("t.c:2:10: error: 'absent.h' file not found")) << missing.diagnostics;
  Preprocessed cycle = run("#include \"" + self + "\"\n");
  EXPECT_EQ(cycle.errors, 1u) << cycle.diagnostics;
  EXPECT_TRUE(cycle.has("self.h:1:2: error: #include nested too deeply")) << cycle.diagnostics;
}

TEST(PreprocessorIncludes, BuiltinHeadersParseWithMinicc) {
  // Every header minicc carries must be accepted by its own parser.
  for (std::string_view name : builtinHeaderNames()) {
    std::string source = "#include <" + std::string(name) + ">\nint main(void) { return 0; }\n";
    Preprocessed p = run(source);
    ASSERT_EQ(p.errors, 0u) << name << ": " << p.diagnostics;
    std::ostringstream out;
    Diagnostics diags(out, DiagnosticOptions{});
    AstContext ast;
    parse(p.tokens, ast, diags);
    EXPECT_EQ(diags.errorCount(), 0u) << name << ": " << out.str();
  }
  EXPECT_EQ(run("#include <stdio.h>\nEOF NULL").spelled().substr(0, 0), "");
  EXPECT_NE(run("#include <stdio.h>\nprintf").spelled().find("int printf"), std::string::npos);
}

// ----------------------------------------------------------------- -E

TEST(PreprocessorPrinting, KeepsLinesAndSeparatesTokensThatWouldMerge) {
  Preprocessed p = run("#define P +\n#define ID(x) x\n  a P+b;\n\n-ID(-)c;\n");
  std::ostringstream out;
  printPreprocessed(p.tokens, out);
  EXPECT_EQ(out.str(), "\n\n  a + +b;\n\n- -c;\n");
}

// ------------------------------------------------------------- pieces

TEST(PreprocessorPieces, HideSets) {
  HideSet a = hideSetWith(hideSetWith(nullptr, "b"), "a");
  HideSet b = hideSetWith(nullptr, "b");
  EXPECT_TRUE(hideSetContains(a, "a"));
  EXPECT_TRUE(hideSetContains(a, "b"));
  EXPECT_FALSE(hideSetContains(b, "a"));
  EXPECT_FALSE(hideSetContains(nullptr, "a"));
  HideSet both = hideSetIntersection(a, b);
  ASSERT_TRUE(both);
  EXPECT_EQ(*both, std::vector<std::string_view>{"b"});
  EXPECT_EQ(hideSetUnion(b, hideSetWith(nullptr, "c"))->size(), 2u);
}

TEST(PreprocessorPieces, EndOfLogicalLine) {
  EXPECT_EQ(endOfLogicalLine("#if 1\nx", 0), 5u);
  EXPECT_EQ(endOfLogicalLine("#if 1 /* a\nb */ + 1\nx", 0), 19u);
  EXPECT_EQ(endOfLogicalLine("#define A \\\n 1\nx", 0), 14u);
  EXPECT_EQ(endOfLogicalLine("#error \"/*\"\nx", 0), 11u);
}

}  // namespace
}  // namespace minicc
