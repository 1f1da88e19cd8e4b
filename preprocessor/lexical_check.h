// Lexical problems count only in text the preprocessor keeps: an apostrophe
// in a `#if 0` block or in an #error message is no error (C11 6.10p4 leaves
// skipped groups unlexed beyond directive names).
//
// So a file is lexed quietly as it is read; only if that found problems is
// it lexed again at its end, for diagnostics, with the skipped byte ranges
// blanked out (newlines kept, so every line and column stays where it was).
#pragma once

#include <cstddef>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "lexer/lexer.h"
#include "lexer/token.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace minicc {

class QuietLexer {
 public:
  explicit QuietLexer(const SourceFile& file);
  const Token& next() { return lexer_.next(); }
  const Token& current() const { return lexer_.current(); }
  bool hadProblems() const;  // the lexer reported something so far

 private:
  std::ostringstream sink_;
  Diagnostics silent_;
  Lexer lexer_;
};

// Byte offsets [first, second) in a file's text.
using ByteRange = std::pair<size_t, size_t>;

// Lexes `file` again with `skipped` blanked and reports what remains.
void reportLexicalProblems(const SourceFile& file, const std::vector<ByteRange>& skipped,
                           SourceManager& sources, Diagnostics& diags);

// Where the line that `from` is on ends: the offset of its newline, past
// comments (which may span lines) and backslash-newlines.
size_t endOfLogicalLine(std::string_view text, size_t from);

}  // namespace minicc
