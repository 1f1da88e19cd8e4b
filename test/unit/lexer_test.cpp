// The lexer: token kinds, spellings, positions and lexical errors.
#include <gtest/gtest.h>

#include <sstream>

#include "lexer/lexer.h"
#include "lexer/literals.h"

namespace minicc {
namespace {

struct Lexed {
  std::vector<Token> tokens;
  std::string diagnostics;
  unsigned errors = 0;
};

// Keeps the source alive as long as the tokens that point into it.
Lexed lex(const std::string& text) {
  static SourceManager sources;
  const SourceFile* file = sources.add("t.c", text);
  std::ostringstream out;
  DiagnosticOptions options;
  options.errorLimit = 0;
  Diagnostics diags(out, options);
  Lexed result;
  result.tokens = tokenize(*file, diags);
  result.diagnostics = out.str();
  result.errors = diags.errorCount();
  return result;
}

std::vector<TokenKind> kinds(const Lexed& l) {
  std::vector<TokenKind> k;
  for (const Token& t : l.tokens) k.push_back(t.kind);
  return k;
}

TEST(Lexer, EveryPunctuatorAndKeywordRoundTrips) {
  // Each kind's spelling, lexed alone, gives back that kind.
  for (int i = 0; i <= static_cast<int>(TokenKind::KwAlignof); ++i) {
    auto kind = static_cast<TokenKind>(i);
    std::string_view spelling = tokenKindSpelling(kind);
    if (spelling.empty()) continue;
    Lexed l = lex(std::string(spelling));
    ASSERT_EQ(l.tokens.size(), 2u) << spelling;
    EXPECT_EQ(l.tokens[0].kind, kind) << spelling;
    EXPECT_EQ(l.tokens[0].text, spelling);
    EXPECT_EQ(l.errors, 0u) << spelling;
  }
}

TEST(Lexer, LiteralsAndIdentifiers) {
  Lexed l = lex("x1 _y 42 0x1F 017 'a' '\\n' \"hi\\n\"");
  EXPECT_EQ(kinds(l), (std::vector<TokenKind>{
                          TokenKind::Identifier, TokenKind::Identifier, TokenKind::IntLiteral,
                          TokenKind::IntLiteral, TokenKind::IntLiteral, TokenKind::CharLiteral,
                          TokenKind::CharLiteral, TokenKind::StringLiteral, TokenKind::EndOfFile}));
  EXPECT_EQ(l.tokens[3].text, "0x1F");
  EXPECT_EQ(l.tokens[7].text, "\"hi\\n\"");
  EXPECT_EQ(l.errors, 0u);
}

TEST(Lexer, LongestMatchForPunctuators) {
  Lexed l = lex("a<<=b>>c->d...e++f");
  EXPECT_EQ(kinds(l), (std::vector<TokenKind>{
                          TokenKind::Identifier, TokenKind::LessLessEqual, TokenKind::Identifier,
                          TokenKind::GreaterGreater, TokenKind::Identifier, TokenKind::Arrow,
                          TokenKind::Identifier, TokenKind::Ellipsis, TokenKind::Identifier,
                          TokenKind::PlusPlus, TokenKind::Identifier, TokenKind::EndOfFile}));
}

TEST(Lexer, PositionsAreLineAndByteColumn) {
  Lexed l = lex("int a;\n  /* c\n */ return 7; // x\n\tb");
  ASSERT_EQ(l.tokens.size(), 8u);
  EXPECT_EQ(l.tokens[0].loc.line, 1u);
  EXPECT_EQ(l.tokens[0].loc.col, 1u);
  EXPECT_EQ(l.tokens[1].loc.col, 5u);
  EXPECT_EQ(l.tokens[3].text, "return");
  EXPECT_EQ(l.tokens[3].loc.line, 3u);
  EXPECT_EQ(l.tokens[3].loc.col, 5u);
  EXPECT_EQ(l.tokens[6].text, "b");
  EXPECT_EQ(l.tokens[6].loc.line, 4u);
  EXPECT_EQ(l.tokens[6].loc.col, 2u);
}

TEST(Literals, InlineIntegerPathAgreesWithTheGeneralParser) {
  for (std::string_view text : {"0", "7", "42", "0777", "08", "0x1F", "10u", "3L",
                                "9999999999999999999", "18446744073709551615",
                                "18446744073709551616", "99999999999999999999", "1a"}) {
    IntLiteralValue fast = parseIntLiteral(text);
    IntLiteralValue general = parseAnyIntLiteral(text);
    EXPECT_EQ(fast.value, general.value) << text;
    EXPECT_EQ(fast.tooLarge, general.tooLarge) << text;
    EXPECT_EQ(fast.decimal, general.decimal) << text;
    EXPECT_EQ(fast.unsignedSuffix, general.unsignedSuffix) << text;
    EXPECT_EQ(fast.longSuffix, general.longSuffix) << text;
    EXPECT_EQ(fast.error, general.error) << text;
  }
}

TEST(Literals, TooLargeJustPastTheTopOfSixtyFourBits) {
  // 2^64 to 2^64 + 3 wrap to 0 to 3, and a test made after the multiply
  // passes them; clang 14 itself accepts them in C code.
  EXPECT_FALSE(parseAnyIntLiteral("18446744073709551615").tooLarge);
  EXPECT_EQ(parseAnyIntLiteral("18446744073709551615").value, UINT64_MAX);
  for (std::string_view text : {"18446744073709551616", "18446744073709551619u",
                                "18446744073709551620", "0x10000000000000000",
                                "02000000000000000000000"})
    EXPECT_TRUE(parseAnyIntLiteral(text).tooLarge) << text;
  EXPECT_FALSE(parseAnyIntLiteral("01777777777777777777777").tooLarge);
}

TEST(Lexer, EndOfFileAgainWhenAskedAgain) {
  // The preprocessor advances past the main file's end: the lexer must not
  // read beyond its sentinel.
  SourceManager sources;
  const SourceFile* file = sources.add("t.c", "x ");
  std::ostringstream out;
  Diagnostics diags(out, DiagnosticOptions{});
  Lexer lexer(*file, diags);
  EXPECT_TRUE(lexer.next().is(TokenKind::Identifier));
  for (int i = 0; i < 3; ++i) {
    const Token& end = lexer.next();
    EXPECT_TRUE(end.is(TokenKind::EndOfFile));
    EXPECT_EQ(end.loc.col, 3u);
    EXPECT_TRUE(end.spaceBefore);
  }
  EXPECT_EQ(diags.errorCount(), 0u);
}

TEST(Lexer, LineStartAndSpaceFlags) {
  Lexed l = lex("#define X\n  #x y");
  EXPECT_TRUE(l.tokens[0].atLineStart);
  EXPECT_FALSE(l.tokens[1].atLineStart);
  EXPECT_FALSE(l.tokens[1].spaceBefore);
  EXPECT_TRUE(l.tokens[2].spaceBefore);
  EXPECT_TRUE(l.tokens[3].atLineStart);
  EXPECT_FALSE(l.tokens[4].atLineStart);
  EXPECT_TRUE(l.tokens[5].spaceBefore);
}

TEST(Lexer, ReportsLexicalErrors) {
  EXPECT_NE(lex("int a = 1 @ 2;").diagnostics.find("t.c:1:11: error: unexpected character '@'"),
            std::string::npos);
  EXPECT_NE(lex("/* open").diagnostics.find("t.c:1:1: error: unterminated /* comment"),
            std::string::npos);
  EXPECT_NE(lex("\"abc").diagnostics.find("missing terminating '\"' character"), std::string::npos);
  EXPECT_NE(lex("''").diagnostics.find("empty character constant"), std::string::npos);
  EXPECT_NE(lex("99999999999999999999").diagnostics.find("integer literal is too large"),
            std::string::npos);
  EXPECT_NE(lex("09").diagnostics.find("invalid digit '9' in octal constant"), std::string::npos);
  EXPECT_NE(lex(std::string("a\0b", 3)).diagnostics.find("null character"), std::string::npos);
}

TEST(Lexer, BinaryInputGivesOneErrorPerRun) {
  Lexed l = lex("\x80\x81\x82\xff int");
  EXPECT_EQ(l.errors, 1u);
  EXPECT_EQ(l.tokens[0].kind, TokenKind::KwInt);
}

}  // namespace
}  // namespace minicc
