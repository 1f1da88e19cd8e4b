#include "preprocessor/conditional_expression.h"

#include <cstdint>
#include <limits>
#include <string>

#include "lexer/literals.h"

namespace minicc {
namespace {

struct Value {
  uint64_t bits = 0;
  bool isUnsigned = false;

  int64_t asSigned() const { return static_cast<int64_t>(bits); }
  bool isTrue() const { return bits != 0; }
};

Value signedValue(int64_t v) { return Value{static_cast<uint64_t>(v), false}; }

// Thrown after an error has been reported, to abandon the expression.
struct Abandon {};

class ExpressionEvaluator {
 public:
  ExpressionEvaluator(const std::vector<Token>& tokens, SourceLoc endOfLine, Diagnostics& diags)
      : tokens_(tokens), diags_(diags) {
    end_.kind = TokenKind::EndOfFile;
    end_.loc = endOfLine;
  }

  bool evaluateLine() {
    Value v = parseComma(true);
    if (!peek().is(TokenKind::EndOfFile)) {
      fail(peek(), "token is not a valid binary operator in a preprocessor subexpression");
    }
    return v.isTrue();
  }

 private:
  const Token& peek() const { return pos_ < tokens_.size() ? tokens_[pos_] : end_; }
  const Token& take() {
    const Token& t = peek();
    if (pos_ < tokens_.size()) ++pos_;
    return t;
  }

  [[noreturn]] void fail(const Token& at, const std::string& message) {
    diags_.error(at.loc, message, at.is(TokenKind::EndOfFile) ? 1 : at.length());
    throw Abandon{};
  }

  void expect(TokenKind kind, const Token& opener, const char* what) {
    if (peek().is(kind)) {
      take();
      return;
    }
    std::string spelling(tokenKindSpelling(kind));
    diags_.error(peek().loc, "expected '" + spelling + "' in preprocessor expression");
    diags_.note(opener.loc, std::string("to match this '") + what + "'");
    throw Abandon{};
  }

  // `evaluate` is false in the operand C does not evaluate (after a deciding
  // && or ||, the unchosen side of ?:): it is parsed, but cannot fail.
  Value parseComma(bool evaluate) {
    Value v = parseConditional(evaluate);
    while (peek().is(TokenKind::Comma)) {
      take();
      v = parseConditional(evaluate);
    }
    return v;
  }

  Value parseConditional(bool evaluate) {
    Value cond = parseBinary(1, evaluate);
    if (!peek().is(TokenKind::Question)) return cond;
    const Token& question = take();
    Value yes = parseComma(evaluate && cond.isTrue());
    expect(TokenKind::Colon, question, "?");
    Value no = parseConditional(evaluate && !cond.isTrue());
    Value result = cond.isTrue() ? yes : no;
    result.isUnsigned = yes.isUnsigned || no.isUnsigned;
    return result;
  }

  static int precedence(TokenKind kind) {
    switch (kind) {
      case TokenKind::Star: case TokenKind::Slash: case TokenKind::Percent: return 10;
      case TokenKind::Plus: case TokenKind::Minus: return 9;
      case TokenKind::LessLess: case TokenKind::GreaterGreater: return 8;
      case TokenKind::Less: case TokenKind::Greater:
      case TokenKind::LessEqual: case TokenKind::GreaterEqual: return 7;
      case TokenKind::EqualEqual: case TokenKind::ExclaimEqual: return 6;
      case TokenKind::Amp: return 5;
      case TokenKind::Caret: return 4;
      case TokenKind::Pipe: return 3;
      case TokenKind::AmpAmp: return 2;
      case TokenKind::PipePipe: return 1;
      default: return 0;
    }
  }

  Value parseBinary(int minPrecedence, bool evaluate) {
    Value left = parseUnary(evaluate);
    for (;;) {
      const Token& op = peek();
      int prec = precedence(op.kind);
      if (prec == 0 || prec < minPrecedence) return left;
      take();
      // && and || decide before their right side is evaluated.
      bool evaluateRight = evaluate;
      if (op.is(TokenKind::AmpAmp) && !left.isTrue()) evaluateRight = false;
      if (op.is(TokenKind::PipePipe) && left.isTrue()) evaluateRight = false;
      Value right = parseBinary(prec + 1, evaluateRight);
      left = apply(op, left, right, evaluate);
    }
  }

  Value apply(const Token& op, Value l, Value r, bool evaluate) {
    // The usual arithmetic conversions, for intmax_t and uintmax_t only.
    bool uns = l.isUnsigned || r.isUnsigned;
    auto result = [&](uint64_t bits) { return Value{bits, uns}; };
    auto truth = [](bool b) { return signedValue(b ? 1 : 0); };
    auto less = [&](Value a, Value b) { return uns ? a.bits < b.bits : a.asSigned() < b.asSigned(); };
    switch (op.kind) {
      case TokenKind::Star: return result(l.bits * r.bits);
      case TokenKind::Slash:
      case TokenKind::Percent: {
        if (r.bits == 0) {
          if (!evaluate) return result(0);
          fail(op, "division by zero in preprocessor expression");
        }
        bool divide = op.is(TokenKind::Slash);
        if (uns) return result(divide ? l.bits / r.bits : l.bits % r.bits);
        // INT64_MIN / -1 overflows; wrap like the hardware would not.
        if (l.asSigned() == std::numeric_limits<int64_t>::min() && r.asSigned() == -1)
          return divide ? l : signedValue(0);
        return signedValue(divide ? l.asSigned() / r.asSigned() : l.asSigned() % r.asSigned());
      }
      case TokenKind::Plus: return result(l.bits + r.bits);
      case TokenKind::Minus: return result(l.bits - r.bits);
      case TokenKind::LessLess: {
        // The left operand's type decides; out-of-range counts give 0 here.
        uint64_t count = r.bits;
        bool outOfRange = (!r.isUnsigned && r.asSigned() < 0) || count >= 64;
        return Value{outOfRange ? 0 : l.bits << count, l.isUnsigned};
      }
      case TokenKind::GreaterGreater: {
        uint64_t count = r.bits;
        bool outOfRange = (!r.isUnsigned && r.asSigned() < 0) || count >= 64;
        if (l.isUnsigned) return Value{outOfRange ? 0 : l.bits >> count, true};
        if (outOfRange) return signedValue(l.asSigned() < 0 ? -1 : 0);
        return signedValue(l.asSigned() >> count);
      }
      case TokenKind::Less: return truth(less(l, r));
      case TokenKind::Greater: return truth(less(r, l));
      case TokenKind::LessEqual: return truth(!less(r, l));
      case TokenKind::GreaterEqual: return truth(!less(l, r));
      case TokenKind::EqualEqual: return truth(l.bits == r.bits);
      case TokenKind::ExclaimEqual: return truth(l.bits != r.bits);
      case TokenKind::Amp: return result(l.bits & r.bits);
      case TokenKind::Caret: return result(l.bits ^ r.bits);
      case TokenKind::Pipe: return result(l.bits | r.bits);
      case TokenKind::AmpAmp: return truth(l.isTrue() && r.isTrue());
      case TokenKind::PipePipe: return truth(l.isTrue() || r.isTrue());
      default: return l;
    }
  }

  Value parseUnary(bool evaluate) {
    const Token& t = peek();
    // Each nested operand recurses; hostile input must not exhaust the stack.
    if (++depth_ > kMaxNesting) fail(t, "preprocessor expression nested too deeply");
    struct Leave {
      int& depth;
      ~Leave() { --depth; }
    } leave{depth_};
    switch (t.kind) {
      case TokenKind::Plus: take(); return parseUnary(evaluate);
      case TokenKind::Minus: {
        take();
        Value v = parseUnary(evaluate);
        return Value{0 - v.bits, v.isUnsigned};
      }
      case TokenKind::Tilde: {
        take();
        Value v = parseUnary(evaluate);
        return Value{~v.bits, v.isUnsigned};
      }
      case TokenKind::Exclaim: take(); return signedValue(parseUnary(evaluate).isTrue() ? 0 : 1);
      default: return parsePrimary(evaluate);
    }
  }

  Value parsePrimary(bool evaluate) {
    const Token& t = take();
    switch (t.kind) {
      case TokenKind::LParen: {
        Value v = parseComma(evaluate);
        expect(TokenKind::RParen, t, "(");
        return v;
      }
      case TokenKind::IntLiteral: {
        IntLiteralValue lit = parseIntLiteral(t.text);
        if (!lit.error.empty()) fail(t, lit.error);
        bool uns = t.text.find_first_of("uU") != std::string_view::npos;
        // Too big for intmax_t: it can only be a uintmax_t (clang warns so too).
        if (!uns && lit.value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
          uns = true;
        return Value{lit.value, uns};
      }
      case TokenKind::CharLiteral:
        return signedValue(charLiteralValue(decodeQuoted(t.text)));
      case TokenKind::EndOfFile:
        fail(t, "expected value in expression");
      default:
        if (t.isIdentifierLike()) return signedValue(0);  // not a macro: 0
        fail(t, "invalid token at start of a preprocessor expression");
    }
  }

  static constexpr int kMaxNesting = 1000;

  const std::vector<Token>& tokens_;
  Diagnostics& diags_;
  Token end_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

std::optional<bool> evaluateConditionalExpression(const std::vector<Token>& tokens,
                                                  SourceLoc endOfLine, Diagnostics& diags) {
  try {
    return ExpressionEvaluator(tokens, endOfLine, diags).evaluateLine();
  } catch (const Abandon&) {
    return std::nullopt;
  }
}

}  // namespace minicc
