#include "lexer/token_dump.h"

#include <string_view>

namespace minicc {
namespace {

// The names the kinds have in token_kinds.def, which are stable and unique
// (tokenKindName's "identifier" or "'('" read well in diagnostics, not here).
std::string_view kindIdentifier(TokenKind kind) {
  static constexpr std::string_view kNames[] = {
#define TOKEN(name, text) #name,
#define PUNCT(name, text) #name,
#define KEYWORD(name, text) #name,
#include "lexer/token_kinds.def"
  };
  return kNames[static_cast<int>(kind)];
}

}  // namespace

void dumpTokens(const std::vector<Token>& tokens, std::ostream& out) {
  for (const Token& token : tokens) {
    out << kindIdentifier(token.kind) << " '" << token.text << "' ";
    if (token.loc.valid())
      out << token.loc.file->name() << ':' << token.loc.line << ':' << token.loc.col;
    else
      out << "<no location>";
    out << '\n';
  }
}

}  // namespace minicc
