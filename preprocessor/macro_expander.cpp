#include "preprocessor/macro_expander.h"

#include <map>
#include <optional>

#include "preprocessor/token_spelling.h"

namespace minicc {
namespace {

// Argument pre-expansion recurses once per nesting level of invocations
// inside arguments; this keeps hostile input from exhausting the stack.
constexpr unsigned kMaxArgumentNesting = 200;

bool isParam(const Macro& macro, const Token& t) {
  return macro.functionLike && t.isIdentifierLike() && macro.paramIndex(t.text) >= 0;
}

void noteDefinition(Diagnostics& diags, const Macro& macro) {
  if (macro.nameLoc.valid())
    diags.note(macro.nameLoc, "macro '" + std::string(macro.name) + "' defined here",
               static_cast<unsigned>(macro.name.size()));
}

}  // namespace

MacroExpander::MacroExpander(ExpansionContext& context, Source source, bool inConditional,
                             unsigned nesting)
    : ctx_(context), source_(std::move(source)), inConditional_(inConditional),
      nesting_(nesting) {}

PPToken MacroExpander::readRaw() {
  PPToken t = pending_.empty() ? source_() : takePending();
  if (carryLineStart_ || carrySpace_) {
    if (!t.token.is(TokenKind::EndOfFile)) {
      t.token.atLineStart |= carryLineStart_;
      t.token.spaceBefore |= carrySpace_;
    }
    carryLineStart_ = carrySpace_ = false;
  }
  return t;
}

PPToken MacroExpander::next() {
  for (;;) {
    PPToken t = readRaw();
    const Token& tok = t.token;
    if (!tok.isIdentifierLike()) return t;
    if (inConditional_ && tok.text == "defined") return evaluateDefined(t);
    if (hideSetContains(t.hidden, tok.text)) return t;
    std::shared_ptr<const Macro> macro = ctx_.macros.find(tok.text);
    if (!macro) return t;
    if (macro->builtin != BuiltinMacro::None) return expandBuiltin(t, *macro);
    if (!expand(t, *macro)) return t;
  }
}

PPToken MacroExpander::expandBuiltin(const PPToken& name, const Macro& macro) {
  PPToken out = name;
  const SourceLoc& loc = name.token.loc;
  switch (macro.builtin) {
    case BuiltinMacro::File:
      out.token = makeStringToken(quoteString(loc.valid() ? loc.file->name() : ""),
                                  ctx_.sources);
      break;
    case BuiltinMacro::Line:
      out.token = makeNumberToken(loc.line, ctx_.sources);
      break;
    case BuiltinMacro::Counter:
      out.token = makeNumberToken(ctx_.counter++, ctx_.sources);
      break;
    case BuiltinMacro::None:
      break;
  }
  out.token.loc = loc;
  out.token.atLineStart = name.token.atLineStart;
  out.token.spaceBefore = name.token.spaceBefore;
  return out;
}

PPToken MacroExpander::evaluateDefined(const PPToken& definedToken) {
  PPToken operand = readRaw();
  bool parenthesized = operand.token.is(TokenKind::LParen);
  if (parenthesized) operand = readRaw();
  bool value = false;
  if (!operand.token.isIdentifierLike()) {
    ctx_.diags.error(operand.token.loc, "macro name must be an identifier",
                     operand.token.length());
    hadError_ = true;
    unread(operand);
  } else {
    value = ctx_.macros.isDefined(operand.token.text);
    if (parenthesized) {
      PPToken close = readRaw();
      if (!close.token.is(TokenKind::RParen)) {
        ctx_.diags.error(close.token.loc, "missing ')' after 'defined'", close.token.length());
        ctx_.diags.note(definedToken.token.loc, "to match this '('");
        hadError_ = true;
        unread(close);
      }
    }
  }
  PPToken out = definedToken;
  out.token = makeNumberToken(value ? 1 : 0, ctx_.sources);
  out.token.loc = definedToken.token.loc;
  out.token.spaceBefore = definedToken.token.spaceBefore;
  return out;
}

bool MacroExpander::expand(const PPToken& name, const Macro& macro) {
  if (!macro.functionLike) {
    HideSet hidden = hideSetWith(name.hidden, macro.name);
    pushExpansion(substitute(macro, Arguments{}, name, hidden), name);
    return true;
  }
  // A function-like macro is invoked only when '(' follows its name.
  PPToken after = readRaw();
  if (!after.token.is(TokenKind::LParen)) {
    unread(std::move(after));
    return false;
  }
  Arguments args;
  if (!collectArguments(name, macro, args)) return true;  // consumed; reported
  // Prosser: the expansion hides what both the name and ')' hid, plus the macro.
  HideSet hidden = hideSetWith(hideSetIntersection(name.hidden, args.rightParen.hidden),
                               macro.name);
  pushExpansion(substitute(macro, args, name, hidden), name);
  return true;
}

bool MacroExpander::collectArguments(const PPToken& name, const Macro& macro,
                                     Arguments& args) {
  const size_t paramCount = macro.params.size();
  args.tokens.assign(1, {});
  int depth = 0;
  SourceLoc extraArgument;  // first token of an argument past the last parameter
  for (;;) {
    PPToken t = readRaw();
    const TokenKind kind = t.token.kind;
    if (kind == TokenKind::EndOfFile) {
      ctx_.diags.error(name.token.loc, "unterminated function-like macro invocation",
                       name.token.length());
      noteDefinition(ctx_.diags, macro);
      hadError_ = true;
      unread(std::move(t));
      return false;
    }
    if (kind == TokenKind::LParen) {
      ++depth;
    } else if (kind == TokenKind::RParen) {
      if (depth == 0) {
        args.rightParen = std::move(t);
        break;
      }
      --depth;
    } else if (kind == TokenKind::Comma && depth == 0 &&
               !(macro.variadic && args.tokens.size() == paramCount)) {
      // Past the last named parameter, commas belong to __VA_ARGS__.
      args.tokens.emplace_back();
      continue;
    }
    if (args.tokens.size() > paramCount && !extraArgument.valid())
      extraArgument = t.token.loc;
    args.tokens.back().push_back(std::move(t));
  }

  // `f()` passes one empty argument, which is also how a macro with no
  // parameters is called.
  if (paramCount == 0 && args.tokens.size() == 1 && args.tokens[0].empty()) {
    args.tokens.clear();
    return true;
  }
  if (args.tokens.size() > paramCount) {
    SourceLoc at = extraArgument.valid() ? extraArgument : args.rightParen.token.loc;
    ctx_.diags.error(at, "too many arguments provided to function-like macro invocation");
    noteDefinition(ctx_.diags, macro);
    hadError_ = true;
    return false;
  }
  if (args.tokens.size() < paramCount) {
    // The variadic part may be left out entirely: f(a) for f(x, ...).
    if (macro.variadic && args.tokens.size() == paramCount - 1) {
      args.tokens.emplace_back();
    } else {
      ctx_.diags.error(args.rightParen.token.loc,
                       "too few arguments provided to function-like macro invocation");
      noteDefinition(ctx_.diags, macro);
      hadError_ = true;
      return false;
    }
  }
  return true;
}

std::vector<PPToken> MacroExpander::expandArgument(const std::vector<PPToken>& tokens) {
  if (nesting_ >= kMaxArgumentNesting) {
    if (!tokens.empty())
      ctx_.diags.error(tokens.front().token.loc, "macro arguments nested too deeply");
    hadError_ = true;
    return tokens;
  }
  size_t index = 0;
  PPToken end;
  end.token.kind = TokenKind::EndOfFile;
  // The argument is expanded on its own, as if it were the rest of the file.
  MacroExpander inner(
      ctx_, [&]() { return index < tokens.size() ? tokens[index++] : end; },
      inConditional_, nesting_ + 1);
  std::vector<PPToken> out;
  for (PPToken t = inner.next(); !t.token.is(TokenKind::EndOfFile); t = inner.next())
    out.push_back(std::move(t));
  hadError_ |= inner.hadError();
  return out;
}

std::vector<PPToken> MacroExpander::substitute(const Macro& macro, const Arguments& args,
                                               const PPToken& name, const HideSet& hidden) {
  // One entry of the replacement list before pasting.
  struct Item {
    PPToken tok;
    bool pasteOperator = false;  // a ## of the body (not one from an argument)
    bool placemarker = false;    // an empty argument next to ##
  };
  const std::vector<Token>& body = macro.body;
  const SourceLoc at = name.token.loc;
  std::vector<Item> items;
  std::map<int, std::vector<PPToken>> expandedArgs;  // each argument expanded once

  auto bodyToken = [&](const Token& t) {
    Item item;
    item.tok.token = t;
    item.tok.token.loc = at;
    item.tok.token.atLineStart = false;
    return item;
  };
  auto isPaste = [&](size_t i) { return i < body.size() && body[i].is(TokenKind::HashHash); };

  for (size_t i = 0; i < body.size(); ++i) {
    const Token& b = body[i];
    if (macro.functionLike && b.is(TokenKind::Hash) && i + 1 < body.size() &&
        isParam(macro, body[i + 1])) {
      std::vector<Token> spelled;
      for (const PPToken& a : args.tokens[macro.paramIndex(body[i + 1].text)])
        spelled.push_back(a.token);
      Item item = bodyToken(b);
      item.tok.token = makeStringToken(stringizeText(spelled), ctx_.sources);
      item.tok.token.loc = at;
      item.tok.token.spaceBefore = b.spaceBefore;
      items.push_back(std::move(item));
      ++i;
      continue;
    }
    if (b.is(TokenKind::HashHash)) {
      // GNU: in `, ## __VA_ARGS__` the comma goes when the variable part is
      // empty, and the ## pastes nothing when it is not.
      if (macro.variadic && i + 1 < body.size() && !items.empty() &&
          items.back().tok.token.is(TokenKind::Comma) && !items.back().pasteOperator &&
          macro.paramIndex(body[i + 1].text) == static_cast<int>(macro.params.size()) - 1 &&
          isParam(macro, body[i + 1])) {
        if (args.tokens.back().empty()) {
          items.pop_back();
          ++i;  // the empty __VA_ARGS__ adds nothing
        }
        continue;
      }
      Item item = bodyToken(b);
      item.pasteOperator = true;
      items.push_back(std::move(item));
      continue;
    }
    if (isParam(macro, b)) {
      int index = macro.paramIndex(b.text);
      bool nextToPaste = (i > 0 && isPaste(i - 1)) || isPaste(i + 1);
      const std::vector<PPToken>* tokens = &args.tokens[index];
      if (!nextToPaste) {
        auto it = expandedArgs.find(index);
        if (it == expandedArgs.end())
          it = expandedArgs.emplace(index, expandArgument(args.tokens[index])).first;
        tokens = &it->second;
      }
      if (tokens->empty()) {
        if (nextToPaste) {
          Item item = bodyToken(b);
          item.placemarker = true;
          items.push_back(std::move(item));
        }
        continue;
      }
      for (size_t k = 0; k < tokens->size(); ++k) {
        Item item;
        item.tok = (*tokens)[k];
        item.tok.token.atLineStart = false;
        if (k == 0) item.tok.token.spaceBefore = b.spaceBefore;
        items.push_back(std::move(item));
      }
      continue;
    }
    items.push_back(bodyToken(b));
  }

  // Pasting, left to right; placemarkers vanish into whatever they meet.
  std::vector<Item> pasted;
  bool pasteNext = false;
  for (Item& item : items) {
    if (item.pasteOperator) {
      pasteNext = !pasted.empty();
      continue;
    }
    if (!pasteNext) {
      pasted.push_back(std::move(item));
      continue;
    }
    pasteNext = false;
    Item& left = pasted.back();
    if (item.placemarker) continue;
    if (left.placemarker) {
      bool space = left.tok.token.spaceBefore;
      left = std::move(item);
      left.tok.token.spaceBefore = space;
      continue;
    }
    std::optional<Token> glued = pasteTokens(left.tok.token, item.tok.token, ctx_.sources);
    if (!glued) {
      ctx_.diags.error(at, "pasting formed '" + std::string(left.tok.token.text) +
                               std::string(item.tok.token.text) +
                               "', an invalid preprocessing token",
                       name.token.length());
      hadError_ = true;
      pasted.push_back(std::move(item));
      continue;
    }
    glued->loc = at;
    left.tok.hidden = hideSetIntersection(left.tok.hidden, item.tok.hidden);
    left.tok.token = *glued;
  }

  std::vector<PPToken> out;
  std::map<const void*, HideSet> unions;  // tokens share hide sets; so do results
  for (Item& item : pasted) {
    if (item.placemarker) continue;
    HideSet& merged = unions[item.tok.hidden.get()];
    if (!merged) merged = hideSetUnion(item.tok.hidden, hidden);
    item.tok.hidden = merged;
    out.push_back(std::move(item.tok));
  }
  return out;
}

void MacroExpander::pushExpansion(std::vector<PPToken> tokens, const PPToken& name) {
  if (tokens.empty()) {
    carryLineStart_ |= name.token.atLineStart;
    carrySpace_ |= name.token.spaceBefore;
    return;
  }
  ctx_.expandedTokens += tokens.size();
  if (ctx_.expandedTokens > kMaxExpandedTokens) {
    ctx_.diags.error(name.token.loc, "macro expansion is too large: over " +
                                         std::to_string(kMaxExpandedTokens) +
                                         " tokens (does a macro grow exponentially?)",
                     name.token.length());
    throw FatalError();
  }
  tokens.front().token.atLineStart = name.token.atLineStart;
  tokens.front().token.spaceBefore = name.token.spaceBefore;
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) pending_.push_back(std::move(*it));
}

}  // namespace minicc
