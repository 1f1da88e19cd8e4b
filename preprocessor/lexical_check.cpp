#include "preprocessor/lexical_check.h"

#include <sstream>

#include "lexer/lexer.h"

namespace minicc {

namespace {
DiagnosticOptions quietOptions() {
  DiagnosticOptions quiet;
  quiet.errorLimit = 0;
  quiet.countOnly = true;  // formatting a million errors would take minutes
  return quiet;
}
}  // namespace

QuietLexer::QuietLexer(const SourceFile& file)
    : silent_(sink_, quietOptions()), lexer_(file, silent_) {}

bool QuietLexer::hadProblems() const {
  return silent_.errorCount() + silent_.warningCount() > 0;
}

void reportLexicalProblems(const SourceFile& file, const std::vector<ByteRange>& skipped,
                           SourceManager& sources, Diagnostics& diags) {
  std::string text = file.text();
  for (const ByteRange& range : skipped)
    for (size_t i = range.first; i < range.second && i < text.size(); ++i)
      if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
  // Same name and same lines, so the diagnostics read as if about `file`.
  const SourceFile* blanked = sources.addStandIn(file, std::move(text));
  tokenize(*blanked, diags);
}

size_t endOfLogicalLine(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') return i;
    if (c == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
      i += 2;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t close = text.find("*/", i + 2);
      i = close == std::string_view::npos ? text.size() : close + 2;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      size_t newline = text.find('\n', i);
      return newline == std::string_view::npos ? text.size() : newline;
    } else if (c == '"' || c == '\'') {
      // A literal cannot span lines; skip it so a quoted "/*" is no comment.
      size_t j = i + 1;
      while (j < text.size() && text[j] != c && text[j] != '\n') j += text[j] == '\\' ? 2 : 1;
      i = j < text.size() && text[j] == c ? j + 1 : j;
    } else {
      ++i;
    }
  }
  return text.size();
}

}  // namespace minicc
