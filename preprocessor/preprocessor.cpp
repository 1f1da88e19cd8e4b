// A placeholder preprocessor: #include of minicc's own headers only.
#include "preprocessor/preprocessor.h"

#include "lexer/lexer.h"
#include "preprocessor/builtin_headers.h"

namespace minicc {

std::vector<Token> preprocess(const SourceFile& mainFile, SourceManager& sources,
                              const PreprocessorOptions& options, Diagnostics& diags) {
  (void)options;
  std::vector<Token> in = tokenize(mainFile, diags);
  std::vector<Token> out;
  for (size_t i = 0; i < in.size(); ++i) {
    const Token& t = in[i];
    if (!(t.is(TokenKind::Hash) && t.atLineStart)) {
      out.push_back(t);
      continue;
    }
    size_t end = i + 1;
    while (!in[end].atLineStart) ++end;
    std::string name;
    if (end - i >= 5 && in[i + 1].text == "include" && in[i + 2].is(TokenKind::Less) &&
        in[end - 1].is(TokenKind::Greater)) {
      for (size_t k = i + 3; k < end - 1; ++k) name += in[k].text;
      if (auto text = builtinHeader(name)) {
        const SourceFile* header = sources.add("<" + name + ">", std::string(*text));
        std::vector<Token> ht = tokenize(*header, diags);
        out.insert(out.end(), ht.begin(), ht.end() - 1);
      } else {
        diags.error(in[i + 2].loc, "'" + name + "' file not found");
      }
    } else {
      diags.error(t.loc, "preprocessor directives are not supported yet");
    }
    i = end - 1;
  }
  return out;
}

void printPreprocessed(const std::vector<Token>& tokens, std::ostream& out) {
  for (const Token& t : tokens) {
    if (t.is(TokenKind::EndOfFile)) break;
    if (t.atLineStart) out << '\n';
    else if (t.spaceBefore) out << ' ';
    out << t.text;
  }
  out << '\n';
}

}  // namespace minicc
