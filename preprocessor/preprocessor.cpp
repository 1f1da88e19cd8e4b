// The directive processor: reads the files' tokens, runs the directives
// (#include, #define, conditionals, #line, ...), skips what conditionals
// exclude, and hands the rest to the macro expander.
#include "preprocessor/preprocessor.h"

#include <memory>
#include <set>
#include <string>

#include "lexer/literals.h"
#include "preprocessor/conditional_expression.h"
#include "preprocessor/include_resolver.h"
#include "preprocessor/lexical_check.h"
#include "preprocessor/macro_definition.h"
#include "preprocessor/macro_expander.h"
#include "preprocessor/predefined_macros.h"
#include "preprocessor/token_spelling.h"

namespace minicc {
namespace {

// Deeper than any sane program nests headers; reached, it means a cycle.
constexpr size_t kMaxIncludeDepth = 200;

// One #if ... #endif being read.
struct Conditional {
  SourceLoc loc;               // the directive name, for "unterminated"
  unsigned length = 1;
  bool taken = false;          // one of its groups is (or was) kept
  bool seenElse = false;
  bool outerSkipping = false;  // the whole #if lies in a skipped group
};

// A file being read; included files stack on top of their includer.
// Its tokens are lexed as they are read: only the current one is kept, in
// the lexer.
struct FileState {
  explicit FileState(const SourceFile* file) : physical(file), reported(file), lexer(*file) {
    lexer.next();
  }
  const Token& current() const { return lexer.current(); }  // the next token to read
  void advance() { lexer.next(); }

  const SourceFile* physical = nullptr;  // the file as read
  const SourceFile* reported = nullptr;  // as #line renamed it
  int64_t lineDelta = 0;                 // reported line = physical line + lineDelta
  std::string path;                      // where it really is (for "..." includes)
  std::string identity;                  // for #pragma once
  QuietLexer lexer;
  size_t conditionalBase = 0;  // conditionals open when the file began
  bool isInclude = false;      // counts towards the include depth
  bool finished = false;
  size_t skipStart = 0;                 // where the current skipped group began
  std::vector<ByteRange> skippedRanges;  // for lexical diagnostics

  // Where a token (as lexed, before #line) starts in the file's text. From
  // its position, not its text: a token the lexer repaired has text elsewhere.
  size_t offsetOf(const Token& raw) const {
    if (raw.is(TokenKind::EndOfFile)) return physical->text().size();
    std::string_view line = physical->lineText(raw.loc.line);
    return static_cast<size_t>(line.data() - physical->text().data()) + raw.loc.col - 1;
  }
};

class Preprocessor {
 public:
  Preprocessor(const SourceFile& mainFile, SourceManager& sources,
               const PreprocessorOptions& options, Diagnostics& diags);

  void read(Token& into);

 private:
  void readFileToken(Token& into);
  bool atPlainToken() const;
  // Runs the directives ahead, skips the groups they exclude and leaves
  // included files at their ends, up to a token to hand on or the end.
  // Out of line, so that readFileToken stays small enough to inline.
  [[gnu::noinline]] void reachPlainToken();
  PPToken nextFileToken() {  // for the expander
    PPToken t;
    readFileToken(t.token);
    return t;
  }
  void readExpanded(Token& into);
  // The expander's next token; `into` holds a macro name read from the file
  // if `nameInHand`. Out of line: its PPToken would weigh on every token's path.
  [[gnu::noinline]] void readThroughExpander(Token& into, bool nameInHand);
  Token locate(const Token& raw) const;
  void pushFile(const SourceFile* file, std::string path, std::string identity, bool isInclude);
  void finishFile(FileState& file);
  void setSkipping(bool skip, FileState& file, size_t here);

  void handleDirective();
  void handleConditional(std::string_view name, const Token& nameToken,
                         const std::vector<Token>& line, SourceLoc endOfLine,
                         size_t hashOffset, size_t afterLine);
  bool evaluateCondition(const std::vector<Token>& line, const Token& nameToken,
                         SourceLoc endOfLine);
  void handleDefine(const std::vector<Token>& line, SourceLoc endOfLine);
  void handleUndef(const std::vector<Token>& line, SourceLoc endOfLine);
  void handleInclude(const Token& nameToken, const std::vector<Token>& line, SourceLoc endOfLine);
  void handleLine(const Token& nameToken, const std::vector<Token>& line, const Token& lastRaw,
                  size_t afterLine, bool gnuMarker);
  void handleDiagnostic(const Token& nameToken, const Token& rawName, bool isError);
  void handlePragma(const std::vector<Token>& line);
  void handlePragmaOperator(MacroExpander& expander, const Token& keyword);
  void warnExtraTokens(const std::vector<Token>& line, size_t expected, std::string_view name);

  std::vector<Token> expandLine(const std::vector<Token>& line, bool inConditional, bool& hadError);

  SourceManager& sources_;
  const PreprocessorOptions& options_;
  Diagnostics& diags_;
  MacroTable macros_;
  ExpansionContext context_;
  IncludeResolver resolver_;
  std::vector<std::unique_ptr<FileState>> files_;
  std::vector<Conditional> conditionals_;
  std::set<std::string> onceFiles_;
  bool skipping_ = false;
  MacroExpander expander_{context_, [this]() { return nextFileToken(); }};
  bool lineStartFromPragma_ = false;
};

// A token at the place #line says it is.
Token Preprocessor::locate(const Token& raw) const {
  const FileState& file = *files_.back();
  if (file.reported == file.physical) return raw;
  Token t = raw;
  t.loc.file = file.reported;
  int64_t line = static_cast<int64_t>(raw.loc.line) + file.lineDelta;
  t.loc.line = static_cast<uint32_t>(line < 1 ? 1 : line);
  return t;
}

void Preprocessor::pushFile(const SourceFile* file, std::string path, std::string identity,
                            bool isInclude) {
  auto state = std::make_unique<FileState>(file);
  state->path = std::move(path);
  state->identity = std::move(identity);
  state->conditionalBase = conditionals_.size();
  state->isInclude = isInclude;
  files_.push_back(std::move(state));
}

void Preprocessor::finishFile(FileState& file) {
  if (file.finished) return;
  file.finished = true;
  while (conditionals_.size() > file.conditionalBase) {
    diags_.error(conditionals_.back().loc, "unterminated conditional directive",
                 conditionals_.back().length);
    conditionals_.pop_back();
  }
  setSkipping(false, file, file.physical->text().size());
  if (file.lexer.hadProblems())
    reportLexicalProblems(*file.physical, file.skippedRanges, sources_, diags_);
}

// Skipping starts after the directive line and ends where the next directive
// starts; `here` is that place, as a byte offset in the file.
void Preprocessor::setSkipping(bool skip, FileState& file, size_t here) {
  if (skip && !skipping_) file.skipStart = here;
  if (!skip && skipping_) file.skippedRanges.emplace_back(file.skipStart, here);
  skipping_ = skip;
}

// Most tokens are plain ones of the file being read, handed on at once;
// directives, skipped groups and file ends take the long way first.
void Preprocessor::readFileToken(Token& into) {
  if (!atPlainToken()) reachPlainToken();
  FileState& file = *files_.back();
  into = locate(file.current());
  file.advance();  // at the main file's end: its EndOfFile again
}

bool Preprocessor::atPlainToken() const {
  const Token& t = files_.back()->current();
  return !skipping_ && !t.is(TokenKind::EndOfFile) && !(t.is(TokenKind::Hash) && t.atLineStart);
}

void Preprocessor::reachPlainToken() {
  for (;;) {
    FileState& file = *files_.back();
    const Token& raw = file.current();
    if (raw.is(TokenKind::EndOfFile)) {
      finishFile(file);
      if (files_.size() == 1) return;
      files_.pop_back();
    } else if (raw.is(TokenKind::Hash) && raw.atLineStart) {
      handleDirective();
    } else if (skipping_) {
      file.advance();
    } else {
      return;
    }
  }
}

void Preprocessor::handleDirective() {
  FileState& file = *files_.back();
  const Token rawHash = file.current();
  const Token hash = locate(rawHash);
  const size_t hashOffset = file.offsetOf(rawHash);
  file.advance();
  // The directive runs to the end of its line, which a comment may move down.
  const size_t afterLine = endOfLogicalLine(file.physical->text(), hashOffset + 1);
  std::vector<Token> line;
  std::vector<Token> rawLine;
  while (!file.current().is(TokenKind::EndOfFile) && file.offsetOf(file.current()) < afterLine) {
    rawLine.push_back(file.current());
    line.push_back(locate(file.current()));
    file.advance();
  }
  const Token& lastRaw = rawLine.empty() ? rawHash : rawLine.back();
  const Token& last = line.empty() ? hash : line.back();
  SourceLoc endOfLine = last.loc;
  endOfLine.col += last.length();

  if (line.empty()) return;  // the null directive
  const Token& nameToken = line[0];
  std::string_view name = nameToken.text;
  std::vector<Token> rest(line.begin() + 1, line.end());

  if (name == "if" || name == "ifdef" || name == "ifndef" || name == "elif" ||
      name == "else" || name == "endif") {
    handleConditional(name, nameToken, rest, endOfLine, hashOffset, afterLine);
    return;
  }
  if (skipping_) return;  // other directives in skipped groups are not even checked

  if (nameToken.is(TokenKind::IntLiteral)) {
    handleLine(nameToken, line, lastRaw, afterLine, /*gnuMarker=*/true);
  } else if (name == "define") {
    handleDefine(rest, endOfLine);
  } else if (name == "undef") {
    handleUndef(rest, endOfLine);
  } else if (name == "include") {
    handleInclude(nameToken, rest, endOfLine);
  } else if (name == "line") {
    handleLine(nameToken, rest, lastRaw, afterLine, /*gnuMarker=*/false);
  } else if (name == "error" || name == "warning") {
    handleDiagnostic(nameToken, rawLine[0], name == "error");
  } else if (name == "pragma") {
    handlePragma(rest);
  } else {
    diags_.error(nameToken.loc, "invalid preprocessing directive", nameToken.length());
  }
}

void Preprocessor::warnExtraTokens(const std::vector<Token>& line, size_t expected,
                                   std::string_view name) {
  if (line.size() <= expected) return;
  diags_.warning(line[expected].loc,
                 "extra tokens at end of #" + std::string(name) + " directive", "extra-tokens",
                 line[expected].length());
}

void Preprocessor::handleConditional(std::string_view name, const Token& nameToken,
                                     const std::vector<Token>& line, SourceLoc endOfLine,
                                     size_t hashOffset, size_t afterLine) {
  FileState& file = *files_.back();
  // A skipped group ends at this directive's '#'; the next one (if this
  // directive skips) starts after its line.
  auto continueWith = [&](bool skip) {
    setSkipping(false, file, hashOffset);
    setSkipping(skip, file, afterLine);
  };
  const bool opensBlock = name == "if" || name == "ifdef" || name == "ifndef";

  if (opensBlock) {
    Conditional c;
    c.loc = nameToken.loc;
    c.length = nameToken.length();
    if (skipping_) {
      // Nested in a skipped group: only tracked, never evaluated.
      c.outerSkipping = true;
      c.taken = true;
      conditionals_.push_back(c);
      return;
    }
    bool value = false;
    if (name == "if") {
      value = evaluateCondition(line, nameToken, endOfLine);
    } else if (checkMacroName(line, endOfLine, diags_, false)) {
      value = macros_.isDefined(line[0].text) == (name == "ifdef");
      warnExtraTokens(line, 1, name);
    }
    c.taken = value;
    conditionals_.push_back(c);
    setSkipping(!value, file, afterLine);
    return;
  }

  if (conditionals_.size() <= file.conditionalBase) {
    diags_.error(nameToken.loc, "#" + std::string(name) + " without #if", nameToken.length());
    return;
  }
  Conditional& c = conditionals_.back();
  if (name == "endif") {
    if (!c.outerSkipping) warnExtraTokens(line, 0, name);
    bool outer = c.outerSkipping;
    conditionals_.pop_back();
    if (!outer) continueWith(false);
    return;
  }
  if (c.seenElse) {
    diags_.error(nameToken.loc, "#" + std::string(name) + " after #else", nameToken.length());
    if (!c.outerSkipping) continueWith(true);
    return;
  }
  if (name == "else") {
    c.seenElse = true;
    if (c.outerSkipping) return;
    warnExtraTokens(line, 0, name);
    bool keep = !c.taken;
    c.taken = true;
    continueWith(!keep);
    return;
  }
  // #elif: evaluated only when no earlier group was kept.
  if (c.outerSkipping) return;
  if (c.taken) {
    continueWith(true);
    return;
  }
  bool value = evaluateCondition(line, nameToken, endOfLine);
  c.taken = value;
  continueWith(!value);
}

std::vector<Token> Preprocessor::expandLine(const std::vector<Token>& line, bool inConditional,
                                            bool& hadError) {
  size_t index = 0;
  PPToken end;
  end.token.kind = TokenKind::EndOfFile;
  if (!line.empty()) {
    end.token.loc = line.back().loc;
    end.token.loc.col += line.back().length();
  }
  MacroExpander expander(
      context_,
      [&]() { return index < line.size() ? PPToken{line[index++], nullptr} : end; },
      inConditional);
  std::vector<Token> out;
  for (PPToken t = expander.next(); !t.token.is(TokenKind::EndOfFile); t = expander.next())
    out.push_back(t.token);
  hadError = expander.hadError();
  return out;
}

bool Preprocessor::evaluateCondition(const std::vector<Token>& line, const Token& nameToken,
                                     SourceLoc endOfLine) {
  if (line.empty()) {
    diags_.error(endOfLine, "#" + std::string(nameToken.text) + " with no expression");
    return false;
  }
  bool hadError = false;
  std::vector<Token> expanded = expandLine(line, /*inConditional=*/true, hadError);
  if (hadError) return false;
  return evaluateConditionalExpression(expanded, endOfLine, diags_).value_or(false);
}

void Preprocessor::handleDefine(const std::vector<Token>& line, SourceLoc endOfLine) {
  std::optional<Macro> macro = parseMacroDefinition(line, endOfLine, diags_);
  if (!macro) return;
  if (std::shared_ptr<const Macro> previous = macros_.find(macro->name)) {
    if (!sameDefinition(*previous, *macro)) {
      diags_.warning(macro->nameLoc, "'" + std::string(macro->name) + "' macro redefined",
                     "macro-redefined", static_cast<unsigned>(macro->name.size()));
      if (previous->nameLoc.valid())
        diags_.note(previous->nameLoc, "previous definition is here",
                    static_cast<unsigned>(previous->name.size()));
    }
  }
  macros_.define(std::move(*macro));
}

void Preprocessor::handleUndef(const std::vector<Token>& line, SourceLoc endOfLine) {
  if (!checkMacroName(line, endOfLine, diags_, true)) return;
  warnExtraTokens(line, 1, "undef");
  macros_.undefine(line[0].text);
}

void Preprocessor::handleInclude(const Token& nameToken, const std::vector<Token>& line,
                                 SourceLoc endOfLine) {
  // The header name: "x.h", <x.h>, or macros that expand to one of them.
  std::vector<Token> tokens = line;
  if (!tokens.empty() && !tokens[0].is(TokenKind::StringLiteral) &&
      !tokens[0].is(TokenKind::Less)) {
    bool hadError = false;
    tokens = expandLine(line, false, hadError);
    if (hadError) return;
  }
  std::string headerName;
  bool angled = false;
  size_t used = 1;
  if (!tokens.empty() && tokens[0].is(TokenKind::StringLiteral)) {
    headerName = std::string(tokens[0].text.substr(1, tokens[0].text.size() - 2));
  } else if (!tokens.empty() && tokens[0].is(TokenKind::Less)) {
    angled = true;
    size_t close = 1;
    while (close < tokens.size() && !tokens[close].is(TokenKind::Greater)) ++close;
    if (close == tokens.size()) {
      diags_.error(endOfLine, "expected '>'");
      diags_.note(tokens[0].loc, "to match this '<'");
      return;
    }
    const Token& open = tokens[0];
    const Token& shut = tokens[close];
    // Written in the file: its exact text; made by macros: tokens respelled.
    if (open.loc.file == shut.loc.file && open.loc.line == shut.loc.line &&
        shut.text.data() > open.text.data() && line[0].is(TokenKind::Less)) {
      headerName = std::string(open.text.data() + 1, shut.text.data());
    } else {
      for (size_t k = 1; k < close; ++k) {
        if (k > 1 && tokens[k].spaceBefore) headerName += ' ';
        headerName += tokens[k].text;
      }
    }
    used = close + 1;
  } else {
    diags_.error(tokens.empty() ? endOfLine : tokens[0].loc,
                 "expected \"FILENAME\" or <FILENAME>");
    return;
  }
  warnExtraTokens(tokens, used, "include");
  const SourceLoc at = tokens[0].loc;
  const unsigned spelledLength = static_cast<unsigned>(headerName.size() + 2);
  if (headerName.empty()) {
    diags_.error(at, "empty filename", spelledLength);
    return;
  }
  size_t depth = 0;
  for (const auto& f : files_) depth += f->isInclude;
  if (depth >= kMaxIncludeDepth) {
    diags_.error(nameToken.loc,
                 "#include nested too deeply (more than " + std::to_string(kMaxIncludeDepth) +
                     " levels); is there an include cycle?",
                 nameToken.length());
    return;
  }
  std::optional<IncludedFile> found = resolver_.resolve(headerName, angled, files_.back()->path);
  if (!found) {
    diags_.error(at, "'" + headerName + "' file not found", spelledLength);
    return;
  }
  if (onceFiles_.count(found->identity)) return;
  const SourceFile* included = sources_.add(found->path, std::move(found->text));
  pushFile(included, found->path, found->identity, true);
}

void Preprocessor::handleLine(const Token& nameToken, const std::vector<Token>& line,
                              const Token& lastRaw, size_t afterLine, bool gnuMarker) {
  bool hadError = false;
  std::vector<Token> tokens = gnuMarker ? line : expandLine(line, false, hadError);
  if (hadError) return;
  const Token& number = tokens.empty() ? nameToken : tokens[0];
  IntLiteralValue value;
  bool digitsOnly = number.is(TokenKind::IntLiteral) &&
                    number.text.find_first_not_of("0123456789") == std::string_view::npos;
  if (digitsOnly) value = parseIntLiteral(number.text);
  if (tokens.empty() || !digitsOnly || value.tooLarge || value.value == 0 ||
      value.value > 2147483647) {
    diags_.error(tokens.empty() ? nameToken.loc : number.loc,
                 "#line directive requires a positive integer argument", number.length());
    return;
  }
  FileState& file = *files_.back();
  std::string name = file.reported->name();
  if (tokens.size() > 1) {
    if (!tokens[1].is(TokenKind::StringLiteral)) {
      diags_.error(tokens[1].loc, "invalid filename for #line directive", tokens[1].length());
      return;
    }
    name = decodeQuoted(tokens[1].text).bytes;
    if (!gnuMarker) warnExtraTokens(tokens, 2, "line");
  }
  // The line after this directive is line `value` from now on.
  // (A comment may carry the directive's line down past its last token.)
  int64_t nextPhysical = static_cast<int64_t>(lastRaw.loc.line) + 1;
  const std::string& physicalText = file.physical->text();
  for (size_t i = file.offsetOf(lastRaw); i < afterLine && i < physicalText.size(); ++i)
    nextPhysical += physicalText[i] == '\n';
  const int64_t delta = static_cast<int64_t>(value.value) - nextPhysical;
  // A renamed copy of the file whose lines sit where #line says, so
  // diagnostics still quote the right source line.
  std::string text;
  const std::string& original = file.physical->text();
  if (delta >= 0 && delta <= 100000) {
    text = std::string(static_cast<size_t>(delta), '\n') + original;
  } else if (delta < 0) {
    size_t start = 0;
    for (int64_t skip = -delta; skip > 0 && start != std::string::npos; --skip) {
      start = original.find('\n', start);
      if (start != std::string::npos) ++start;
    }
    if (start != std::string::npos) text = original.substr(start);
  }
  file.reported = sources_.add(name, std::move(text));
  file.lineDelta = delta;
}

void Preprocessor::handleDiagnostic(const Token& nameToken, const Token& rawName, bool isError) {
  // The message is the rest of the line as written, like clang prints it.
  FileState& file = *files_.back();
  const std::string& text = file.physical->text();
  size_t begin = file.offsetOf(rawName) + rawName.text.size();  // a name is never repaired
  size_t end = text.find('\n', begin);
  if (end == std::string::npos) end = text.size();
  file.skippedRanges.emplace_back(begin, end);  // no lexical errors in the message
  std::string_view message(text.data() + begin, end - begin);
  while (!message.empty() && (message.front() == ' ' || message.front() == '\t'))
    message.remove_prefix(1);
  while (!message.empty() && (message.back() == ' ' || message.back() == '\t' ||
                              message.back() == '\r'))
    message.remove_suffix(1);
  std::string shown = message.empty() ? "#" + std::string(rawName.text) : std::string(message);
  if (isError)
    diags_.error(nameToken.loc, shown, nameToken.length());
  else
    diags_.warning(nameToken.loc, shown, "#warnings", nameToken.length());
}

// C99's _Pragma("...") operator, which macros can produce: the string is
// a #pragma line.
void Preprocessor::handlePragmaOperator(MacroExpander& expander, const Token& keyword) {
  PPToken open = expander.next();
  PPToken text = open.token.is(TokenKind::LParen) ? expander.next() : open;
  PPToken close = text.token.is(TokenKind::StringLiteral) ? expander.next() : text;
  if (!open.token.is(TokenKind::LParen) || !text.token.is(TokenKind::StringLiteral) ||
      !close.token.is(TokenKind::RParen)) {
    diags_.error(keyword.loc, "_Pragma takes a parenthesized string literal",
                 keyword.length());
    return;
  }
  std::string body = decodeQuoted(text.token.text).bytes;
  if (body.find_first_not_of(" \t") != std::string::npos &&
      body.substr(body.find_first_not_of(" \t"), 4) == "once" &&
      body.find_first_not_of(" \t", body.find_first_not_of(" \t") + 4) == std::string::npos)
    onceFiles_.insert(files_.back()->identity);
}

void Preprocessor::handlePragma(const std::vector<Token>& line) {
  // #pragma once is the one pragma that changes anything; the rest
  // (GCC/clang diagnostic, pack, STDC, ...) are accepted and ignored.
  if (!line.empty() && line[0].text == "once") onceFiles_.insert(files_.back()->identity);
}

Preprocessor::Preprocessor(const SourceFile& mainFile, SourceManager& sources,
                           const PreprocessorOptions& options, Diagnostics& diags)
    : sources_(sources), options_(options), diags_(diags),
      context_{macros_, sources, diags}, resolver_(options.includeDirs) {
  for (auto [name, builtin] : {std::pair{"__FILE__", BuiltinMacro::File},
                               std::pair{"__LINE__", BuiltinMacro::Line},
                               std::pair{"__COUNTER__", BuiltinMacro::Counter}}) {
    Macro macro;
    macro.name = name;
    macro.builtin = builtin;
    macros_.define(std::move(macro));
  }
  pushFile(&mainFile, mainFile.name(), IncludeResolver::identityOf(mainFile.name()), false);
  // Read first: the predefined macros, then the command line's -D and -U.
  const SourceFile* commandLine =
      sources_.add("<command line>", commandLineMacrosText(options_.commandLine));
  pushFile(commandLine, "", "<command line>", false);
  const SourceFile* builtins = sources_.add("<built-in>", predefinedMacrosText(options_.target));
  pushFile(builtins, "", "<built-in>", false);
}

// Most tokens come from the file and name no macro, and the expander would
// hand them back unchanged: they go around it.
void Preprocessor::readExpanded(Token& into) {
  if (!expander_.idle()) {
    readThroughExpander(into, /*nameInHand=*/false);
    return;
  }
  readFileToken(into);
  if (into.isIdentifierLike() && macros_.isDefined(into.text))
    readThroughExpander(into, /*nameInHand=*/true);
}

void Preprocessor::readThroughExpander(Token& into, bool nameInHand) {
  into = (nameInHand ? expander_.next(PPToken{into, nullptr}) : expander_.next()).token;
}

void Preprocessor::read(Token& into) {
  for (;;) {
    readExpanded(into);
    if (into.isIdentifierLike() && into.text == "_Pragma") {
      lineStartFromPragma_ |= into.atLineStart;
      handlePragmaOperator(expander_, into);
      continue;
    }
    into.atLineStart |= lineStartFromPragma_;
    lineStartFromPragma_ = false;
    return;
  }
}

}  // namespace

struct PreprocessedTokens::Reader {
  Reader(const SourceFile& mainFile, SourceManager& sources, const PreprocessorOptions& options,
         Diagnostics& diags)
      : preprocessor(mainFile, sources, options, diags) {}
  Preprocessor preprocessor;  // not movable: its expander calls back into it
};

PreprocessedTokens::PreprocessedTokens(const SourceFile& mainFile, SourceManager& sources,
                                       const PreprocessorOptions& options, Diagnostics& diags)
    : reader_(std::make_unique<Reader>(mainFile, sources, options, diags)) {}

PreprocessedTokens::~PreprocessedTokens() = default;

void PreprocessedTokens::read(Token& into) {
  if (ended_) {
    into = last_;
    return;
  }
  reader_->preprocessor.read(into);
  if (into.is(TokenKind::EndOfFile)) {
    ended_ = true;
    last_ = into;
  }
}

std::vector<Token> preprocess(const SourceFile& mainFile, SourceManager& sources,
                              const PreprocessorOptions& options, Diagnostics& diags) {
  PreprocessedTokens stream(mainFile, sources, options, diags);
  std::vector<Token> tokens;
  do stream.read(tokens.emplace_back());
  while (!tokens.back().is(TokenKind::EndOfFile));
  return tokens;
}

}  // namespace minicc
