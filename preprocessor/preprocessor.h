// The preprocessor: the stage between the lexer and the parser.
// Tokens in, tokens out; every token keeps the place it was written.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lexer/token.h"
#include "lexer/token_source.h"
#include "support/diagnostics.h"
#include "support/source.h"
#include "support/target.h"

namespace minicc {

struct MacroDefinitionOption {
  std::string name;
  std::optional<std::string> value;  // -D NAME=VALUE; nullopt for -D NAME (means 1)
  bool undefine = false;             // -U NAME
};

struct PreprocessorOptions {
  std::vector<std::string> includeDirs;            // -I DIR, searched in order
  std::vector<MacroDefinitionOption> commandLine;  // -D and -U, in order
  Target target = Target::LinuxElf;
};

// Runs the directives of `mainFile` and expands its macros, a token at a
// time as the reader asks: no more of the file is held than the directive or
// macro call being read. Errors go to `diags`.
class PreprocessedTokens final : public TokenSource {
 public:
  PreprocessedTokens(const SourceFile& mainFile, SourceManager& sources,
                     const PreprocessorOptions& options, Diagnostics& diags);
  ~PreprocessedTokens();
  // The next token; at the end EndOfFile, and EndOfFile again if asked again.
  void read(Token& into) override;

 private:
  struct Reader;
  std::unique_ptr<Reader> reader_;
  Token last_;  // the EndOfFile, once it is read
  bool ended_ = false;
};

// All of them at once, ending with one EndOfFile token.
std::vector<Token> preprocess(const SourceFile& mainFile, SourceManager& sources,
                              const PreprocessorOptions& options, Diagnostics& diags);

// Writes tokens back as text (-E), one source line per output line.
void printPreprocessed(const std::vector<Token>& tokens, std::ostream& out);

}  // namespace minicc
