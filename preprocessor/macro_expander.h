// Macro expansion: C's replacement and rescanning rules (C11 6.10.3),
// following Prosser's hide-set algorithm.
//
// Where expanded tokens say they are: every token taken from a macro's body
// gets the location of the macro name at the outermost invocation written in
// the source, so a diagnostic about it points at the line the user wrote.
// Tokens that come from a macro argument keep their own location (they were
// written at the invocation). The first token of an expansion takes over the
// invocation's atLineStart/spaceBefore; when an expansion is empty, those
// flags pass to the token after it, so -E output keeps its line structure.
#pragma once

#include <functional>
#include <vector>

#include "preprocessor/macro.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace minicc {

struct ExpansionContext {
  MacroTable& macros;
  SourceManager& sources;
  Diagnostics& diags;
  unsigned long long counter = 0;  // the next value of __COUNTER__
  size_t expandedTokens = 0;       // made by all expansions so far
};

// More tokens than this from macro expansion in one file means a macro that
// grows exponentially ("billion laughs"), not a program: it is an error.
constexpr size_t kMaxExpandedTokens = 1'000'000;

class MacroExpander {
 public:
  // Supplies the unexpanded input; returns EndOfFile at its end, every time.
  using Source = std::function<PPToken()>;

  // In a #if line (`inConditional`), `defined X` and `defined(X)` become 1 or 0
  // before X could be expanded, even when a macro produced `defined`.
  MacroExpander(ExpansionContext& context, Source source, bool inConditional = false,
                unsigned nesting = 0);

  // The next token after expansion; EndOfFile at the end.
  PPToken next();
  // Whether next() would start with the source's next token as it is:
  // nothing pending, no flags carried over from an empty expansion. A reader
  // may then take a token from the source itself and, if it names a macro,
  // hand it over with next(token).
  bool idle() const { return pending_.empty() && !carryLineStart_ && !carrySpace_; }
  PPToken next(PPToken fromSource) {
    unread(std::move(fromSource));
    return next();
  }
  // Whether any expansion error was reported (the #if line is then false).
  bool hadError() const { return hadError_; }

 private:
  PPToken readRaw();
  void unread(PPToken token) { pending_.push_back(std::move(token)); }
  PPToken takePending() {
    PPToken t = std::move(pending_.back());
    pending_.pop_back();
    return t;
  }
  // Replaces `name` with its expansion in the input; false if it is not
  // invoked (a function-like macro without '(').
  bool expand(const PPToken& name, const Macro& macro);
  PPToken expandBuiltin(const PPToken& name, const Macro& macro);
  PPToken evaluateDefined(const PPToken& definedToken);

  struct Arguments {
    std::vector<std::vector<PPToken>> tokens;
    PPToken rightParen;
  };
  // Reads "(...)" after a function-like macro name; nullopt after an error.
  bool collectArguments(const PPToken& name, const Macro& macro, Arguments& args);
  std::vector<PPToken> substitute(const Macro& macro, const Arguments& args,
                                  const PPToken& name, const HideSet& hidden);
  std::vector<PPToken> expandArgument(const std::vector<PPToken>& tokens);
  void pushExpansion(std::vector<PPToken> tokens, const PPToken& name);

  ExpansionContext& ctx_;
  Source source_;
  bool inConditional_;
  unsigned nesting_;               // how deep in argument pre-expansion
  std::vector<PPToken> pending_;   // tokens to read before the source; back() first
  bool carryLineStart_ = false;    // flags of an empty expansion, for the next token
  bool carrySpace_ = false;
  bool hadError_ = false;
};

}  // namespace minicc
