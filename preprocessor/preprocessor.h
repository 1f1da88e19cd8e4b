// The preprocessor: the stage between the lexer and the parser.
// Tokens in, tokens out; every token keeps the place it was written.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lexer/token.h"
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

// Runs the directives of `mainFile` and expands its macros. The result ends
// with one EndOfFile token. Errors go to `diags`.
std::vector<Token> preprocess(const SourceFile& mainFile, SourceManager& sources,
                              const PreprocessorOptions& options, Diagnostics& diags);

// Writes tokens back as text (-E), one source line per output line.
void printPreprocessed(const std::vector<Token>& tokens, std::ostream& out);

}  // namespace minicc
