// Lexical problems count only in text the preprocessor keeps: an apostrophe
// in a `#if 0` block or in an #error message is no error (C11 6.10p4 leaves
// skipped groups unlexed beyond directive names).
//
// So a file is lexed quietly first; only if that found problems is it lexed
// again for diagnostics, with the skipped byte ranges blanked out (newlines
// kept, so every line and column stays where it was).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "lexer/token.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace minicc {

struct QuietlyLexed {
  std::vector<Token> tokens;
  bool hadProblems = false;  // the lexer reported something
};

QuietlyLexed lexQuietly(const SourceFile& file);

// Byte offsets [first, second) in a file's text.
using ByteRange = std::pair<size_t, size_t>;

// Lexes `file` again with `skipped` blanked and reports what remains.
void reportLexicalProblems(const SourceFile& file, const std::vector<ByteRange>& skipped,
                           SourceManager& sources, Diagnostics& diags);

// Where the line that `from` is on ends: the offset of its newline, past
// comments (which may span lines) and backslash-newlines.
size_t endOfLogicalLine(std::string_view text, size_t from);

}  // namespace minicc
