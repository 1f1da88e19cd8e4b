// -E: tokens back to text. Each line of output starts as its source line
// did (same line number within a file, same indentation): blank lines stand
// in for directives and skipped groups.
#include <cctype>
#include <map>
#include <string_view>

#include "preprocessor/preprocessor.h"

namespace minicc {
namespace {

bool isIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

// Whether printing `next` right after `prev` would read back as other tokens
// (`+` `+` as `++`, `a` `b` as `ab`): then a space must separate them.
bool wouldMerge(const Token& prev, const Token& next) {
  if (prev.text.empty() || next.text.empty()) return false;
  // Tokens whose text touched where it was written cannot merge (the lexer
  // split them). Compared by text, not location: expanded tokens carry
  // their invocation's location.
  if (prev.text.data() + prev.text.size() == next.text.data()) return false;
  char last = prev.text.back();
  char first = next.text.front();
  if (isIdentifierChar(last) && isIdentifierChar(first)) return true;
  static constexpr std::string_view kPairs[] = {
      "++", "+=", "--", "-=", "->", "<<", "<=", ">>", ">=", "==", "!=", "&&",
      "&=", "||", "|=", "*=", "/=", "/*", "//", "%=", "^=", "##", ".."};
  const char pair[2] = {last, first};
  for (std::string_view p : kPairs)
    if (p == std::string_view(pair, 2)) return true;
  return false;
}

}  // namespace

void printPreprocessed(const std::vector<Token>& tokens, std::ostream& out) {
  std::map<const SourceFile*, uint32_t> lineInFile;  // the last line printed of each file
  const SourceFile* file = nullptr;
  uint32_t line = 1;
  const Token* prev = nullptr;
  for (const Token& t : tokens) {
    if (t.is(TokenKind::EndOfFile)) break;
    if (!prev || t.atLineStart) {
      // As many newlines as the source had, when we know where we were in its file.
      uint32_t newlines = prev ? 1 : 0;
      uint32_t from = 1;
      bool known = !prev;
      if (prev) {
        lineInFile[file] = line;
        auto it = lineInFile.find(t.loc.file);
        if (it != lineInFile.end()) {
          from = it->second;
          known = true;
        }
      }
      if (known && t.loc.line > from) newlines = t.loc.line - from;
      for (uint32_t i = 0; i < newlines; ++i) out << '\n';
      file = t.loc.file;
      line = t.loc.line;
      // The indentation of the line the token comes from (for a macro
      // expansion, the line of the invocation).
      if (file) {
        std::string_view text = file->lineText(line);
        out << text.substr(0, text.find_first_not_of(" \t"));
      }
    } else if (t.spaceBefore || wouldMerge(*prev, t)) {
      out << ' ';
    }
    out << t.text;
    prev = &t;
  }
  out << '\n';
}

}  // namespace minicc
