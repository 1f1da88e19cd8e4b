// A hand-written recursive-descent parser for minicc's C.
//
// Each parse function is named after the grammar rule it parses, and the rule
// stands above it (C17 6.5-6.9). On a syntax error the parser reports it,
// throws SyntaxError, and the enclosing statement or declaration catches it
// and skips to a point where parsing can resume.
#include "parser/parser.h"

#include <string>

#include "lexer/literals.h"

namespace minicc {
namespace {

struct SyntaxError {};

// The parts of a declaration before the declarator: "static int", "const char".
struct DeclSpec {
  const Type* type = nullptr;
  StorageClass storage = StorageClass::None;
  SourceLoc storageLoc;  // the "static" or "extern" keyword
  SourceLoc loc;
};

// What a declarator names: "x", "*argv[]", "f(int a, int b)".
struct Declarator {
  std::string_view name;
  SourceLoc loc;
  const Type* type = nullptr;
  std::vector<VarDecl*> params;  // for a function declarator
  bool isFunction = false;
};

// Binary operators by precedence, loosest first (C17 6.5.5-6.5.14).
struct BinaryOpInfo {
  TokenKind token;
  BinaryOp op;
  int precedence;
};
constexpr BinaryOpInfo kBinaryOps[] = {
    {TokenKind::PipePipe, BinaryOp::LogicalOr, 1},
    {TokenKind::AmpAmp, BinaryOp::LogicalAnd, 2},
    {TokenKind::Pipe, BinaryOp::BitOr, 3},
    {TokenKind::Caret, BinaryOp::BitXor, 4},
    {TokenKind::Amp, BinaryOp::BitAnd, 5},
    {TokenKind::EqualEqual, BinaryOp::Equal, 6},
    {TokenKind::ExclaimEqual, BinaryOp::NotEqual, 6},
    {TokenKind::Less, BinaryOp::Less, 7},
    {TokenKind::LessEqual, BinaryOp::LessEqual, 7},
    {TokenKind::Greater, BinaryOp::Greater, 7},
    {TokenKind::GreaterEqual, BinaryOp::GreaterEqual, 7},
    {TokenKind::LessLess, BinaryOp::Shl, 8},
    {TokenKind::GreaterGreater, BinaryOp::Shr, 8},
    {TokenKind::Plus, BinaryOp::Add, 9},
    {TokenKind::Minus, BinaryOp::Sub, 9},
    {TokenKind::Star, BinaryOp::Mul, 10},
    {TokenKind::Slash, BinaryOp::Div, 10},
    {TokenKind::Percent, BinaryOp::Rem, 10},
};

const BinaryOpInfo* binaryOpFor(TokenKind kind) {
  for (const BinaryOpInfo& info : kBinaryOps)
    if (info.token == kind) return &info;
  return nullptr;
}

// Compound assignment operators and the operation each applies.
std::optional<BinaryOp> compoundAssignOp(TokenKind kind) {
  switch (kind) {
    case TokenKind::PlusEqual: return BinaryOp::Add;
    case TokenKind::MinusEqual: return BinaryOp::Sub;
    case TokenKind::StarEqual: return BinaryOp::Mul;
    case TokenKind::SlashEqual: return BinaryOp::Div;
    case TokenKind::PercentEqual: return BinaryOp::Rem;
    case TokenKind::AmpEqual: return BinaryOp::BitAnd;
    case TokenKind::PipeEqual: return BinaryOp::BitOr;
    case TokenKind::CaretEqual: return BinaryOp::BitXor;
    case TokenKind::LessLessEqual: return BinaryOp::Shl;
    case TokenKind::GreaterGreaterEqual: return BinaryOp::Shr;
    default: return std::nullopt;
  }
}

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, AstContext& ast, Diagnostics& diags)
      : tokens_(tokens), ast_(ast), types_(ast.types()), diags_(diags) {}

  TranslationUnit parseTranslationUnit();

 private:
  // ---- token stream
  const Token& peek(size_t ahead = 0) const {
    size_t i = pos_ + ahead;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
  }
  const Token& previous() const { return tokens_[pos_ == 0 ? 0 : pos_ - 1]; }
  bool at(TokenKind kind) const { return peek().is(kind); }
  const Token& advance() {
    const Token& t = peek();
    if (!t.is(TokenKind::EndOfFile)) ++pos_;
    return t;
  }
  bool accept(TokenKind kind) {
    if (!at(kind)) return false;
    advance();
    return true;
  }
  const Token& expect(TokenKind kind, std::string_view context);
  [[noreturn]] void fail(const Token& at, const std::string& message);
  SourceLoc endOfPrevious() const;
  void skipToStatementEnd();
  void skipToDeclarationEnd();

  // Guards the recursion that nesting in the source causes.
  struct DepthGuard {
    DepthGuard(Parser& p, const Token& at) : parser(p) {
      if (++parser.depth_ > kMaxNestingDepth) {
        parser.diags_.error(at.loc, "nesting too deep: minicc allows " +
                                        std::to_string(kMaxNestingDepth) + " levels");
        throw FatalError();  // deeper parsing would only repeat the error
      }
    }
    ~DepthGuard() { --parser.depth_; }
    Parser& parser;
  };

  // ---- declarations
  bool startsDeclaration() const;
  DeclSpec parseDeclSpec();
  Declarator parseDeclarator(const Type* base, bool abstractAllowed);
  const Type* parseParameterList(const Type* result, Declarator& d);
  void parseExternalDeclaration(TranslationUnit& unit);
  Decl* makeDecl(const DeclSpec& spec, Declarator& d);
  DeclStmt* parseLocalDeclaration();
  Expr* parseInitializer();

  // ---- statements
  Stmt* parseStatement();
  CompoundStmt* parseCompoundStatement();
  Stmt* parseIf();
  Stmt* parseWhile();
  Stmt* parseDoWhile();
  Stmt* parseFor();
  Stmt* parseSwitch();
  Stmt* parseReturn();

  // ---- expressions
  Expr* parseExpression();
  Expr* parseAssignment();
  Expr* parseConditional();
  Expr* parseBinary(int minPrecedence);
  Expr* parseUnary();
  Expr* parsePostfix();
  Expr* parsePrimary();
  Expr* parseIntegerLiteral(bool negated);
  Expr* parseParenthesized();

  const std::vector<Token>& tokens_;
  size_t pos_ = 0;
  AstContext& ast_;
  TypeContext& types_;
  Diagnostics& diags_;
  int depth_ = 0;
};

const Token& Parser::expect(TokenKind kind, std::string_view context) {
  if (at(kind)) return advance();
  std::string message = "expected " + std::string(tokenKindName(kind));
  if (!context.empty()) message += " " + std::string(context);
  if (kind == TokenKind::Semicolon && pos_ > 0) {
    // A forgotten ';' belongs right after the token before it, as in clang.
    // Carry on as if it were there, so what follows parses and no errors
    // follow from this one.
    diags_.error(endOfPrevious(), message);
    return previous();
  }
  bool closer = kind == TokenKind::RParen || kind == TokenKind::RBracket;
  if (closer && pos_ > 0 && previous().loc.line != peek().loc.line) {
    diags_.error(endOfPrevious(), message);  // a ')' missing at the end of a line
    throw SyntaxError();
  }
  fail(peek(), message);
}

void Parser::fail(const Token& token, const std::string& message) {
  diags_.error(token.loc, message, token.length() ? token.length() : 1);
  throw SyntaxError();
}

SourceLoc Parser::endOfPrevious() const {
  SourceLoc loc = previous().loc;
  loc.col += previous().length();
  return loc;
}

// After an error inside a statement: skip past the next ';' at this level,
// or stop before a '}' that closes the enclosing block.
void Parser::skipToStatementEnd() {
  int braces = 0;
  while (!at(TokenKind::EndOfFile)) {
    if (at(TokenKind::LBrace)) ++braces;
    if (at(TokenKind::RBrace)) {
      if (braces == 0) return;
      if (--braces == 0) {
        advance();
        return;
      }
    }
    if (at(TokenKind::Semicolon) && braces == 0) {
      advance();
      return;
    }
    advance();
  }
}

// After an error at file scope: skip to the end of the declaration or of the
// function body we were in.
void Parser::skipToDeclarationEnd() {
  int braces = 0;
  while (!at(TokenKind::EndOfFile)) {
    const Token& t = advance();
    if (t.is(TokenKind::LBrace)) ++braces;
    if (t.is(TokenKind::RBrace) && braces > 0 && --braces == 0) return;
    if (t.is(TokenKind::Semicolon) && braces == 0) return;
  }
}

// ------------------------------------------------------------- declarations

bool Parser::startsDeclaration() const {
  switch (peek().kind) {
    case TokenKind::KwInt: case TokenKind::KwChar: case TokenKind::KwVoid:
    case TokenKind::KwConst: case TokenKind::KwVolatile: case TokenKind::KwStatic:
    case TokenKind::KwExtern: case TokenKind::KwSigned: case TokenKind::KwUnsigned:
    case TokenKind::KwLong: case TokenKind::KwShort: case TokenKind::KwAuto:
    case TokenKind::KwRegister: case TokenKind::KwInline: case TokenKind::KwStruct:
    case TokenKind::KwUnion: case TokenKind::KwEnum: case TokenKind::KwTypedef:
    case TokenKind::KwFloat: case TokenKind::KwDouble:
      return true;
    default:
      return false;
  }
}

// decl-spec = ("static" | "extern" | "const" | "volatile" | "signed" | "int" | "char" | "void" | ...)+
DeclSpec Parser::parseDeclSpec() {
  DeclSpec spec;
  spec.loc = peek().loc;
  bool sawSigned = false;
  for (;;) {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::KwStatic:
      case TokenKind::KwExtern: {
        StorageClass s = t.is(TokenKind::KwStatic) ? StorageClass::Static : StorageClass::Extern;
        if (spec.storage != StorageClass::None && spec.storage != s)
          fail(t, "cannot combine with previous '" +
                      std::string(spec.storage == StorageClass::Static ? "static" : "extern") +
                      "' declaration specifier");
        spec.storage = s;
        spec.storageLoc = t.loc;
        advance();
        continue;
      }
      case TokenKind::KwConst: case TokenKind::KwVolatile: case TokenKind::KwAuto:
      case TokenKind::KwRegister: case TokenKind::KwInline:
        advance();  // qualifiers that change nothing minicc does
        continue;
      case TokenKind::KwSigned:
        sawSigned = true;
        advance();
        continue;
      case TokenKind::KwInt: case TokenKind::KwChar: case TokenKind::KwVoid: {
        const Type* type = t.is(TokenKind::KwInt)    ? types_.intType()
                           : t.is(TokenKind::KwChar) ? types_.charType()
                                                     : types_.voidType();
        if (spec.type && !(spec.type == types_.intType() && type == types_.intType()))
          fail(t, "cannot combine with previous '" + spec.type->str() +
                      "' declaration specifier");
        spec.type = type;
        advance();
        continue;
      }
      case TokenKind::KwUnsigned: case TokenKind::KwLong: case TokenKind::KwShort:
      case TokenKind::KwFloat: case TokenKind::KwDouble: case TokenKind::KwStruct:
      case TokenKind::KwUnion: case TokenKind::KwEnum: case TokenKind::KwTypedef:
        fail(t, "'" + std::string(t.text) + "' is not supported by minicc (it compiles int, char and pointers)");
      default:
        break;
    }
    break;
  }
  if (!spec.type) {
    if (!sawSigned) fail(peek(), "expected a type such as 'int'");
    spec.type = types_.intType();  // "signed" alone means int
  }
  if (sawSigned && spec.type->isVoid()) fail(peek(), "'signed void' is invalid");
  return spec;
}

// declarator = "*"* ("const" | "volatile")* ident? ( "(" params ")" | "[" num? "]" )?
Declarator Parser::parseDeclarator(const Type* base, bool abstractAllowed) {
  Declarator d;
  const Type* type = base;
  while (accept(TokenKind::Star)) {
    type = types_.pointerTo(type);
    while (accept(TokenKind::KwConst) || accept(TokenKind::KwVolatile) ||
           accept(TokenKind::KwRestrict)) {
    }
  }
  d.loc = peek().loc;
  if (at(TokenKind::Identifier)) {
    d.name = advance().text;
  } else if (!abstractAllowed) {
    fail(peek(), "expected identifier or '('");
  }
  if (at(TokenKind::LParen)) {
    advance();
    d.isFunction = true;
    d.type = parseParameterList(type, d);
    return d;
  }
  if (at(TokenKind::LBracket)) {
    // Only as a parameter: "char *argv[]" means "char **argv" (C17 6.7.6.3p7).
    if (!abstractAllowed) fail(peek(), "arrays are not supported by minicc");
    advance();
    if (at(TokenKind::IntLiteral)) advance();
    expect(TokenKind::RBracket, "");
    type = types_.pointerTo(type);
  }
  d.type = type;
  return d;
}

// params = "void" | (param ("," param)* ("," "...")?)?     (after the "(")
const Type* Parser::parseParameterList(const Type* result, Declarator& d) {
  std::vector<const Type*> paramTypes;
  bool variadic = false;
  if (accept(TokenKind::RParen))  // "()" declares no prototype (C17 6.7.6.3p14)
    return types_.function(result, {}, false, false);
  if (at(TokenKind::KwVoid) && peek(1).is(TokenKind::RParen)) {
    advance();
    advance();
    return types_.function(result, {}, false, true);
  }
  for (;;) {
    if (accept(TokenKind::Ellipsis)) {
      if (paramTypes.empty()) fail(previous(), "ISO C requires a named parameter before '...'");
      variadic = true;
      break;
    }
    const Token& start = peek();
    if (!startsDeclaration()) fail(start, "expected parameter declarator");
    DeclSpec spec = parseDeclSpec();
    if (spec.storage != StorageClass::None)
      fail(start, "invalid storage class specifier in function declarator");
    Declarator p = parseDeclarator(spec.type, /*abstractAllowed=*/true);
    if (p.isFunction) fail(start, "function parameters are not supported by minicc");
    if (p.type->isVoid()) fail(start, "'void' must be the only parameter");
    auto* param = ast_.make<VarDecl>(p.name.empty() ? start.loc : p.loc, p.name, p.type);
    param->place = VarPlace::Param;
    d.params.push_back(param);
    paramTypes.push_back(p.type);
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen, "");
  return types_.function(result, std::move(paramTypes), variadic, true);
}

Decl* Parser::makeDecl(const DeclSpec& spec, Declarator& d) {
  if (d.isFunction) {
    auto* fn = ast_.make<FunctionDecl>(d.loc, d.name, d.type);
    fn->storage = spec.storage;
    fn->storageLoc = spec.storageLoc;
    fn->params = std::move(d.params);
    return fn;
  }
  if (d.type->isVoid()) {
    diags_.error(d.loc, "variable has incomplete type 'void'", d.name.size());
    throw SyntaxError();
  }
  auto* var = ast_.make<VarDecl>(d.loc, d.name, d.type);
  var->storage = spec.storage;
  var->storageLoc = spec.storageLoc;
  return var;
}

// external-declaration = decl-spec ( declarator compound-stmt
//                                  | declarator ("=" assign)? ("," declarator ("=" assign)?)* ";" )
void Parser::parseExternalDeclaration(TranslationUnit& unit) {
  if (accept(TokenKind::Semicolon)) return;  // a stray ';' at file scope is harmless
  if (!startsDeclaration()) {
    if (at(TokenKind::Identifier) && peek(1).is(TokenKind::LParen))
      fail(peek(), "type specifier missing: minicc needs 'int " + std::string(peek().text) +
                       "(...)'");
    fail(peek(), "expected external declaration");
  }
  DeclSpec spec = parseDeclSpec();
  for (bool first = true;; first = false) {
    Declarator d = parseDeclarator(spec.type, /*abstractAllowed=*/false);
    Decl* decl = makeDecl(spec, d);
    unit.decls.push_back(decl);
    if (d.isFunction && first && at(TokenKind::LBrace)) {
      auto* fn = static_cast<FunctionDecl*>(decl);
      for (VarDecl* p : fn->params)
        if (p->name.empty()) {
          diags_.error(p->loc, "parameter name omitted");
        }
      fn->body = parseCompoundStatement();
      return;
    }
    if (accept(TokenKind::Equal)) {
      if (d.isFunction) fail(previous(), "illegal initializer (only variables can be initialized)");
      static_cast<VarDecl*>(decl)->init = parseInitializer();
    }
    if (accept(TokenKind::Comma)) continue;
    if (d.isFunction && at(TokenKind::LBrace))
      fail(peek(), "function definition is not allowed here");
    expect(TokenKind::Semicolon, "after top level declarator");
    return;
  }
}

// local-declaration = decl-spec declarator ("=" assign)? ("," declarator ("=" assign)?)* ";"
DeclStmt* Parser::parseLocalDeclaration() {
  auto* stmt = ast_.make<DeclStmt>(peek().loc);
  DeclSpec spec = parseDeclSpec();
  for (;;) {
    Declarator d = parseDeclarator(spec.type, /*abstractAllowed=*/false);
    if (d.isFunction && at(TokenKind::LBrace))
      fail(peek(), "function definition is not allowed here");
    Decl* decl = makeDecl(spec, d);
    if (!d.isFunction) {
      auto* var = static_cast<VarDecl*>(decl);
      var->place = spec.storage == StorageClass::None ? VarPlace::Local
                   : spec.storage == StorageClass::Static ? VarPlace::StaticLocal
                                                          : VarPlace::Global;
    }
    stmt->decls.push_back(decl);
    if (accept(TokenKind::Equal)) {
      if (d.isFunction) fail(previous(), "illegal initializer (only variables can be initialized)");
      static_cast<VarDecl*>(decl)->init = parseInitializer();
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::Semicolon, "at end of declaration");
  return stmt;
}

// initializer = assign. A broken one is skipped up to the next ',' or ';'
// and the variable stays declared, so later uses of it are not errors too.
Expr* Parser::parseInitializer() {
  try {
    return parseAssignment();
  } catch (SyntaxError&) {
    int depth = 0;
    for (; !at(TokenKind::EndOfFile); advance()) {
      if (at(TokenKind::LParen) || at(TokenKind::LBrace)) ++depth;
      if (at(TokenKind::RParen) || at(TokenKind::RBrace)) {
        if (depth == 0) break;
        --depth;
      }
      if (depth == 0 && (at(TokenKind::Comma) || at(TokenKind::Semicolon))) break;
    }
    return nullptr;
  }
}

TranslationUnit Parser::parseTranslationUnit() {
  TranslationUnit unit;
  while (!at(TokenKind::EndOfFile)) {
    try {
      parseExternalDeclaration(unit);
    } catch (SyntaxError&) {
      skipToDeclarationEnd();
    }
  }
  return unit;
}

// --------------------------------------------------------------- statements

// stmt = compound-stmt | if | while | do | for | switch | return | break ";" | continue ";"
//      | goto ident ";" | ident ":" stmt | "case" expr ":" stmt | "default" ":" stmt
//      | expr? ";"
Stmt* Parser::parseStatement() {
  DepthGuard guard(*this, peek());
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::LBrace: return parseCompoundStatement();
    case TokenKind::KwIf: return parseIf();
    case TokenKind::KwWhile: return parseWhile();
    case TokenKind::KwDo: return parseDoWhile();
    case TokenKind::KwFor: return parseFor();
    case TokenKind::KwSwitch: return parseSwitch();
    case TokenKind::KwReturn: return parseReturn();
    case TokenKind::KwBreak:
    case TokenKind::KwContinue: {
      advance();
      auto* s = ast_.make<JumpStmt>(t.is(TokenKind::KwBreak) ? StmtKind::Break : StmtKind::Continue,
                                    t.loc);
      expect(TokenKind::Semicolon, t.is(TokenKind::KwBreak) ? "after 'break'" : "after 'continue'");
      return s;
    }
    case TokenKind::KwGoto: {
      advance();
      auto* s = ast_.make<GotoStmt>(t.loc, "");
      s->labelLoc = peek().loc;
      s->label = expect(TokenKind::Identifier, "after 'goto'").text;
      expect(TokenKind::Semicolon, "after 'goto' statement");
      return s;
    }
    case TokenKind::KwCase: {
      advance();
      Expr* value = parseConditional();
      expect(TokenKind::Colon, "after 'case'");
      Stmt* body = at(TokenKind::RBrace) ? nullptr : parseStatement();
      if (!body) fail(peek(), "label at end of compound statement: expected statement");
      return ast_.make<CaseStmt>(StmtKind::Case, t.loc, value, body);
    }
    case TokenKind::KwDefault: {
      advance();
      expect(TokenKind::Colon, "after 'default'");
      if (at(TokenKind::RBrace)) fail(peek(), "label at end of compound statement: expected statement");
      return ast_.make<CaseStmt>(StmtKind::Default, t.loc, nullptr, parseStatement());
    }
    case TokenKind::Semicolon:
      advance();
      return ast_.make<ExprStmt>(t.loc, nullptr);
    case TokenKind::Identifier:
      if (peek(1).is(TokenKind::Colon)) {
        advance();
        advance();
        if (at(TokenKind::RBrace)) fail(peek(), "label at end of compound statement: expected statement");
        return ast_.make<LabelStmt>(t.loc, t.text, parseStatement());
      }
      break;
    default:
      if (startsDeclaration())  // a declaration is a block item, not a statement (C17 6.8)
        fail(t, "expected expression");
      break;
  }
  Expr* e = parseExpression();
  expect(TokenKind::Semicolon, "after expression");
  return ast_.make<ExprStmt>(t.loc, e);
}

// compound-stmt = "{" (declaration | stmt)* "}"
CompoundStmt* Parser::parseCompoundStatement() {
  DepthGuard guard(*this, peek());
  auto* block = ast_.make<CompoundStmt>(peek().loc);
  expect(TokenKind::LBrace, "");
  while (!at(TokenKind::RBrace)) {
    if (at(TokenKind::EndOfFile)) {
      diags_.error(peek().loc, "expected '}'");
      diags_.note(block->loc, "to match this '{'");
      throw SyntaxError();
    }
    try {
      block->body.push_back(startsDeclaration() ? parseLocalDeclaration() : parseStatement());
    } catch (SyntaxError&) {
      skipToStatementEnd();
    }
  }
  block->closeLoc = peek().loc;
  advance();
  return block;
}

Expr* Parser::parseParenthesized() {
  expect(TokenKind::LParen, "");
  Expr* e = parseExpression();
  expect(TokenKind::RParen, "");
  return e;
}

// if = "if" "(" expr ")" stmt ("else" stmt)?
Stmt* Parser::parseIf() {
  SourceLoc loc = advance().loc;
  Expr* cond = parseParenthesized();
  Stmt* thenStmt = parseStatement();
  Stmt* elseStmt = accept(TokenKind::KwElse) ? parseStatement() : nullptr;
  return ast_.make<IfStmt>(loc, cond, thenStmt, elseStmt);
}

// while = "while" "(" expr ")" stmt
Stmt* Parser::parseWhile() {
  SourceLoc loc = advance().loc;
  Expr* cond = parseParenthesized();
  return ast_.make<WhileStmt>(loc, cond, parseStatement());
}

// do = "do" stmt "while" "(" expr ")" ";"
Stmt* Parser::parseDoWhile() {
  SourceLoc loc = advance().loc;
  Stmt* body = parseStatement();
  expect(TokenKind::KwWhile, "in do/while loop");
  Expr* cond = parseParenthesized();
  expect(TokenKind::Semicolon, "after do/while statement");
  return ast_.make<DoWhileStmt>(loc, body, cond);
}

// for = "for" "(" (declaration | expr? ";") expr? ";" expr? ")" stmt
Stmt* Parser::parseFor() {
  auto* loop = ast_.make<ForStmt>(advance().loc);
  expect(TokenKind::LParen, "after 'for'");
  if (startsDeclaration()) {
    loop->init = parseLocalDeclaration();
  } else if (!accept(TokenKind::Semicolon)) {
    SourceLoc loc = peek().loc;
    loop->init = ast_.make<ExprStmt>(loc, parseExpression());
    expect(TokenKind::Semicolon, "in 'for' statement specifier");
  }
  if (!at(TokenKind::Semicolon)) loop->cond = parseExpression();
  expect(TokenKind::Semicolon, "in 'for' statement specifier");
  if (!at(TokenKind::RParen)) loop->step = parseExpression();
  expect(TokenKind::RParen, "");
  loop->body = parseStatement();
  return loop;
}

// switch = "switch" "(" expr ")" stmt
Stmt* Parser::parseSwitch() {
  SourceLoc loc = advance().loc;
  Expr* cond = parseParenthesized();
  return ast_.make<SwitchStmt>(loc, cond, parseStatement());
}

// return = "return" expr? ";"
Stmt* Parser::parseReturn() {
  SourceLoc loc = advance().loc;
  Expr* value = at(TokenKind::Semicolon) ? nullptr : parseExpression();
  expect(TokenKind::Semicolon, "after return statement");
  return ast_.make<ReturnStmt>(loc, value);
}

// -------------------------------------------------------------- expressions

// expr = assign ("," assign)*
Expr* Parser::parseExpression() {
  Expr* e = parseAssignment();
  while (at(TokenKind::Comma)) {
    SourceLoc loc = advance().loc;
    Expr* rhs = parseAssignment();
    Expr* comma = ast_.make<BinaryExpr>(loc, BinaryOp::Comma, e, rhs);
    comma->begin = e->begin;
    e = comma;
  }
  return e;
}

// assign = conditional (("=" | "+=" | "-=" | ... | ">>=") assign)?
Expr* Parser::parseAssignment() {
  DepthGuard guard(*this, peek());
  Expr* target = parseConditional();
  const Token& t = peek();
  if (t.is(TokenKind::Equal)) {
    advance();
    auto* e = ast_.make<AssignExpr>(t.loc, std::nullopt, target, parseAssignment());
    e->begin = target->begin;
    return e;
  }
  if (auto op = compoundAssignOp(t.kind)) {
    advance();
    auto* e = ast_.make<AssignExpr>(t.loc, op, target, parseAssignment());
    e->length = t.length();
    e->begin = target->begin;
    return e;
  }
  return target;
}

// conditional = binary ("?" expr ":" conditional)?
Expr* Parser::parseConditional() {
  Expr* cond = parseBinary(1);
  if (!at(TokenKind::Question)) return cond;
  SourceLoc loc = advance().loc;
  Expr* thenExpr = parseExpression();
  expect(TokenKind::Colon, "");
  Expr* elseExpr;
  {
    DepthGuard guard(*this, peek());
    elseExpr = parseConditional();
  }
  Expr* e = ast_.make<ConditionalExpr>(loc, cond, thenExpr, elseExpr);
  e->begin = cond->begin;
  return e;
}

// binary = unary (binary-op unary)*, by precedence climbing over kBinaryOps:
// every operator is left-associative, so a chain builds iteratively.
Expr* Parser::parseBinary(int minPrecedence) {
  Expr* lhs = parseUnary();
  for (;;) {
    const BinaryOpInfo* info = binaryOpFor(peek().kind);
    if (!info || info->precedence < minPrecedence) return lhs;
    const Token& opToken = advance();
    Expr* rhs = parseBinary(info->precedence + 1);
    auto* e = ast_.make<BinaryExpr>(opToken.loc, info->op, lhs, rhs);
    e->length = opToken.length();
    e->begin = lhs->begin;
    lhs = e;
  }
}

// unary = ("-" | "+" | "!" | "~") unary | ("++" | "--") unary | postfix
Expr* Parser::parseUnary() {
  DepthGuard guard(*this, peek());
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Minus:
      advance();
      if (at(TokenKind::IntLiteral)) {
        // "-2147483648" is INT_MIN: read the literal knowing it is negated.
        Expr* literal = parseIntegerLiteral(/*negated=*/true);
        Expr* e = ast_.make<UnaryExpr>(t.loc, UnaryOp::Negate, literal);
        // Postfix operators bind tighter than '-', but none apply to a literal.
        return e;
      }
      return ast_.make<UnaryExpr>(t.loc, UnaryOp::Negate, parseUnary());
    case TokenKind::Plus:
      advance();
      return ast_.make<UnaryExpr>(t.loc, UnaryOp::Plus, parseUnary());
    case TokenKind::Exclaim:
      advance();
      return ast_.make<UnaryExpr>(t.loc, UnaryOp::LogicalNot, parseUnary());
    case TokenKind::Tilde:
      advance();
      return ast_.make<UnaryExpr>(t.loc, UnaryOp::BitNot, parseUnary());
    case TokenKind::PlusPlus:
    case TokenKind::MinusMinus: {
      advance();
      auto* e = ast_.make<IncDecExpr>(t.loc, t.is(TokenKind::PlusPlus), true, parseUnary());
      e->length = 2;
      return e;
    }
    case TokenKind::Amp:
      fail(t, "the address-of operator '&' is not supported by minicc");
    case TokenKind::Star:
      fail(t, "the indirection operator '*' is not supported by minicc");
    case TokenKind::KwSizeof:
      fail(t, "'sizeof' is not supported by minicc");
    default:
      return parsePostfix();
  }
}

// postfix = primary ("++" | "--")*
Expr* Parser::parsePostfix() {
  Expr* e = parsePrimary();
  for (;;) {
    const Token& t = peek();
    if (t.is(TokenKind::PlusPlus) || t.is(TokenKind::MinusMinus)) {
      advance();
      auto* inc = ast_.make<IncDecExpr>(t.loc, t.is(TokenKind::PlusPlus), false, e);
      inc->length = 2;
      inc->begin = e->begin;
      e = inc;
      continue;
    }
    if (t.is(TokenKind::LParen)) fail(t, "called object is not a function");
    if (t.is(TokenKind::LBracket)) fail(t, "array subscripts are not supported by minicc");
    if (t.is(TokenKind::Dot) || t.is(TokenKind::Arrow))
      fail(t, "member access is not supported by minicc");
    return e;
  }
}

Expr* Parser::parseIntegerLiteral(bool negated) {
  const Token& t = advance();
  IntLiteralValue v = parseIntLiteral(t.text);  // the lexer reported malformed ones
  uint64_t limit = negated ? 2147483648ull : 2147483647ull;
  if (v.error.empty() && !v.tooLarge && v.value > limit) {
    // In C such a literal is a long or an unsigned int, which minicc lacks:
    // say so rather than let 0xFFFFFFFF quietly become -1.
    diags_.warning(t.loc, "integer literal '" + std::string(t.text) +
                              "' does not fit in 'int'; minicc keeps its low 32 bits",
                   "constant-conversion", t.length());
  }
  auto* e = ast_.make<IntLiteralExpr>(t.loc, static_cast<int32_t>(static_cast<uint32_t>(v.value)));
  e->length = t.length();
  return e;
}

// primary = int-literal | char-literal | string-literal+ | ident | ident "(" args ")" | "(" expr ")"
Expr* Parser::parsePrimary() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::IntLiteral:
      return parseIntegerLiteral(/*negated=*/false);
    case TokenKind::CharLiteral: {
      advance();
      auto* e = ast_.make<IntLiteralExpr>(t.loc, charLiteralValue(decodeQuoted(t.text)));
      e->length = t.length();
      return e;
    }
    case TokenKind::StringLiteral: {
      std::string bytes;
      while (at(TokenKind::StringLiteral))  // "a" "b" is "ab" (C17 5.1.1.2p6)
        bytes += decodeQuoted(advance().text).bytes;
      auto* e = ast_.make<StringLiteralExpr>(t.loc, std::move(bytes));
      e->length = t.length();
      return e;
    }
    case TokenKind::Identifier: {
      advance();
      if (!at(TokenKind::LParen)) {
        auto* e = ast_.make<VarRefExpr>(t.loc, t.text);
        e->length = t.length();
        return e;
      }
      SourceLoc lparen = advance().loc;
      std::vector<Expr*> args;
      if (!at(TokenKind::RParen)) {
        do {
          args.push_back(parseAssignment());
        } while (accept(TokenKind::Comma));
      }
      SourceLoc rparen = peek().loc;
      expect(TokenKind::RParen, "");
      auto* e = ast_.make<CallExpr>(t.loc, t.text, std::move(args));
      e->length = t.length();
      e->lparenLoc = lparen;
      e->rparenLoc = rparen;
      return e;
    }
    case TokenKind::LParen: {
      advance();
      if (startsDeclaration()) fail(peek(), "casts are not supported by minicc");
      Expr* e = parseExpression();
      expect(TokenKind::RParen, "");
      e->parenthesized = true;
      e->begin = t.loc;
      return e;
    }
    default:
      fail(t, "expected expression");
  }
}

}  // namespace

TranslationUnit parse(const std::vector<Token>& tokens, AstContext& ast, Diagnostics& diags) {
  return Parser(tokens, ast, diags).parseTranslationUnit();
}

}  // namespace minicc
