// The two operators that make new token text: # (stringizing) and ## (pasting).
// New text is kept in the SourceManager so the tokens' string_views stay valid.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"
#include "support/source.h"

namespace minicc {

// The argument `tokens` spelled as one string literal, as `#param` makes it:
// white space between tokens becomes one space, and the " and \ inside string
// and character literals are escaped.
std::string stringizeText(const std::vector<Token>& tokens);

// `left` and `right` glued into one token (kind from re-lexing the text);
// nullopt when the text is not exactly one preprocessing token.
std::optional<Token> pasteTokens(const Token& left, const Token& right,
                                 SourceManager& sources);

// A string literal token with the given spelling (quotes included).
Token makeStringToken(std::string spelling, SourceManager& sources);

// An integer literal token (used for __LINE__, __COUNTER__ and `defined`).
Token makeNumberToken(unsigned long long value, SourceManager& sources);

// `text` in double quotes with " and \ escaped (for __FILE__ and #line names).
std::string quoteString(std::string_view text);

}  // namespace minicc
