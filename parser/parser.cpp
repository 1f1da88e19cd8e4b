// A hand-written recursive-descent parser for minicc's C.
//
// Each parse function is named after the grammar rule it parses, and the rule
// stands above it (C17 6.5-6.9). On a syntax error the parser reports it,
// throws SyntaxError, and the enclosing statement or declaration catches it
// and skips to a point where parsing can resume.
#include "parser/parser.h"

#include <array>
#include <iterator>
#include <string>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "lexer/literals.h"
#include "parser/gathering.h"
#include "support/name_filter.h"
#include "support/scoped_names.h"

namespace minicc {
namespace {

struct SyntaxError {};

// The parts of a declaration before the declarator: "static int",
// "const char", "typedef unsigned long", "enum color { RED, GREEN }",
// "struct point { int x, y; }".
struct DeclSpec {
  const Type* type = nullptr;
  StorageClass storage = StorageClass::None;
  bool isTypedef = false;
  SourceLoc storageLoc;  // the "static", "extern" or "typedef" keyword
  SourceLoc loc;
  // Declared by the specifier itself, in order: enumeration constants and
  // struct or union definitions (TagDecls).
  std::vector<Decl*> declared;
  bool invalid = false;  // a type minicc lacks, reported: what it declares is marked invalid
};

// What a declarator names: "x", "*argv[]", "f(int a, int b)", "(*fp)(int)".
struct Declarator {
  std::string_view name;
  SourceLoc loc;
  const Type* type = nullptr;
  std::vector<VarDecl*> params;  // a function declarator's own parameters
  bool isFunction = false;       // it declares a function, not an object
};

// Whether a declarator must, may or must not name something.
enum class Naming { Named, Abstract, Either };

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

// kBinaryOps by token kind (one past its entry, 0 for none): the parser asks
// at the end of every operand, where a search would try all the operators.
constexpr std::array<uint8_t, 256> kBinaryOpByToken = [] {
  std::array<uint8_t, 256> table{};
  for (size_t i = 0; i < std::size(kBinaryOps); ++i)
    table[static_cast<uint8_t>(kBinaryOps[i].token)] = static_cast<uint8_t>(i + 1);
  return table;
}();

const BinaryOpInfo* binaryOpFor(TokenKind kind) {
  const uint8_t entry = kBinaryOpByToken[static_cast<uint8_t>(kind)];
  return entry ? &kBinaryOps[entry - 1] : nullptr;
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
  Parser(TokenSource& tokens, AstContext& ast, Diagnostics& diags)
      : tokens_(tokens), ast_(ast), types_(ast.types()), diags_(diags) {}

  void parseTranslationUnit(TranslationUnit& unit, const DeclarationsParsed& parsed);

 private:
  // ---- token stream
  const Token& peek(size_t ahead = 0) const { return tokens_[pos_ + ahead]; }
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
      if (++parser.depth_ > kMaxNestingDepth) parser.tooDeep(at);
    }
    ~DepthGuard() { --parser.depth_; }
    Parser& parser;
  };
  // Out of line, so that the guard on every expression's path stays small.
  [[noreturn, gnu::noinline, gnu::cold]] void tooDeep(const Token& at);

  // ---- the names the grammar depends on: typedef names and tags (C17
  // 6.2.1). An ordinary identifier is bound to the type it names if it is a
  // typedef, or to null if a declaration made it something else.
  const Type* typedefType(std::string_view name) const;
  void declareOrdinary(std::string_view name, const Type* typedefType = nullptr);
  struct ScopeGuard {
    explicit ScopeGuard(Parser& p) : parser(p) {
      parser.ordinary_.openScope();
      parser.tags_.openScope();
    }
    ~ScopeGuard() {
      parser.ordinary_.closeScope();
      parser.tags_.closeScope();
    }
    Parser& parser;
  };

  // ---- declarations
  bool startsDeclaration(size_t ahead = 0) const;
  bool startsTypeName(size_t ahead = 0) const;
  DeclSpec parseDeclSpec(bool storageAllowed = true);
  const Type* parseEnumSpecifier(DeclSpec& spec);
  const Type* parseRecordSpecifier(DeclSpec& spec);
  const Type* findTag(std::string_view tag) const;
  void parseMemberDeclaration(Record& record, DeclSpec& outer);
  void markInTypeName(const DeclSpec& spec);
  void declareBuiltinTypes();
  Declarator parseDeclarator(const Type* base, Naming naming);
  const Type* parseDeclaratorType(const Type* base, Declarator& d, Naming naming);
  const Type* parseDeclaratorSuffixes(const Type* type, Declarator& d, bool ownParams);
  bool atNestedDeclarator() const;
  const Type* parseParameterList(const Type* result, std::vector<VarDecl*>& params);
  const Type* parseTypeName();
  void parseExternalDeclaration(TranslationUnit& unit);
  Decl* makeDecl(const DeclSpec& spec, Declarator& d);
  Decl* makeDeclFor(const DeclSpec& spec, Declarator& d);
  DeclStmt* parseLocalDeclaration();
  Expr* parseInitializer();
  Expr* parseInitializerList();

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
  Expr* parseIntegerLiteral();
  void reportLongDouble(SourceLoc loc);
  Expr* parseParenthesized();
  Expr* parseBuiltin(BuiltinKind kind);

  TokenWindow tokens_;
  size_t pos_ = 0;
  AstContext& ast_;
  TypeContext& types_;
  Diagnostics& diags_;
  int depth_ = 0;
  ScopedNames<const Type*> ordinary_;
  // Every name ever declared a typedef: most identifiers the parser asks
  // about never were, and need no lookup.
  NameFilter typedefNames_;
  ScopedNames<const Type*> tags_;
  // The stacks of Gathering, one for each kind of item.
  std::vector<Stmt*> gatheredStatements_;
  std::vector<Expr*> gatheredArguments_;
  std::vector<VarDecl*> gatheredParams_;
  std::vector<const Type*> gatheredParamTypes_;
  std::unordered_set<const Type*> definedEnums_;      // enums whose body was seen
  bool longDoubleReported_ = false;
  // Where each tag was first declared, for "previous definition is here".
  std::unordered_map<const Type*, SourceLoc> tagLocs_;
  // The records whose bodies are being read, outermost first, with their
  // tags' places: a body may not define its own record again.
  std::vector<std::pair<const Record*, SourceLoc>> openDefinitions_;
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

void Parser::tooDeep(const Token& at) {
  diags_.error(at.loc, "nesting too deep: minicc allows " + std::to_string(kMaxNestingDepth) +
                           " levels");
  throw FatalError();  // deeper parsing would only repeat the error
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

const Type* Parser::typedefType(std::string_view name) const {
  if (!typedefNames_.mayContain(name)) return nullptr;
  const Type* const* type = ordinary_.find(name);
  return type ? *type : nullptr;
}

void Parser::declareOrdinary(std::string_view name, const Type* typedefType) {
  if (name.empty()) return;
  ordinary_.bind(name, typedefType);
  if (typedefType) typedefNames_.add(name);
}

// Whether the tokens from `ahead` on start a type name: a specifier or
// qualifier keyword, or an identifier that names a type here.
bool Parser::startsTypeName(size_t ahead) const {
  const Token& t = peek(ahead);
  switch (t.kind) {
    case TokenKind::KwInt: case TokenKind::KwChar: case TokenKind::KwVoid:
    case TokenKind::KwConst: case TokenKind::KwVolatile: case TokenKind::KwSigned:
    case TokenKind::KwUnsigned: case TokenKind::KwLong: case TokenKind::KwShort:
    case TokenKind::KwStruct: case TokenKind::KwUnion: case TokenKind::KwEnum:
    case TokenKind::KwFloat: case TokenKind::KwDouble: case TokenKind::KwRestrict:
      return true;
    case TokenKind::Identifier:
      return typedefType(t.text) != nullptr;
    default:
      return false;
  }
}

bool Parser::startsDeclaration(size_t ahead) const {
  switch (peek(ahead).kind) {
    case TokenKind::KwStatic: case TokenKind::KwExtern: case TokenKind::KwAuto:
    case TokenKind::KwRegister: case TokenKind::KwInline: case TokenKind::KwTypedef:
      return true;
    case TokenKind::Identifier:  // "T: ..." is a label even where T names a type
      return startsTypeName(ahead) && !peek(ahead + 1).is(TokenKind::Colon);
    default:
      return startsTypeName(ahead);
  }
}

// decl-spec = (storage-class | type-qualifier | type-specifier)+
//   storage-class  = "static" | "extern" | "typedef" | "auto" | "register" | "inline"
//   type-qualifier = "const" | "volatile" | "restrict"
//   type-specifier = "void" | "char" | "short" | "int" | "long" | "signed" | "unsigned"
//                  | "float" | "double" | struct-or-union-specifier | enum-specifier
//                  | typedef-name
// The type specifiers combine as C17 6.7.2p2 lists: "unsigned", "long long int",
// "short unsigned", "signed char" ... in any order.
DeclSpec Parser::parseDeclSpec(bool storageAllowed) {
  DeclSpec spec;
  spec.loc = peek().loc;
  int voids = 0, chars = 0, shorts = 0, ints = 0, longs = 0, signeds = 0, unsigneds = 0;
  int floats = 0, doubles = 0;
  const Type* named = nullptr;  // an enum or a typedef name
  const Token* namedToken = nullptr;
  bool isConst = false, isVolatile = false, anySpecifier = false;
  // What was seen so far, as clang names it in "cannot combine with previous ...".
  auto seen = [&]() -> std::string {
    return voids ? "void" : chars ? "char" : shorts ? "short" : floats ? "float"
           : doubles ? "double" : longs ? "long" : ints ? "int" : signeds ? "signed" : "unsigned";
  };
  std::string previous;
  for (;;) {
    const Token& t = peek();
    previous = seen();
    switch (t.kind) {
      case TokenKind::KwStatic:
      case TokenKind::KwExtern:
      case TokenKind::KwTypedef: {
        if (!storageAllowed) fail(t, "invalid storage class specifier in function declarator");
        StorageClass s = t.is(TokenKind::KwStatic) ? StorageClass::Static
                         : t.is(TokenKind::KwExtern) ? StorageClass::Extern : StorageClass::None;
        bool typedefToo = t.is(TokenKind::KwTypedef);
        if (spec.storage != StorageClass::None || spec.isTypedef) {
          std::string storage = spec.isTypedef ? "typedef"
                                : spec.storage == StorageClass::Static ? "static" : "extern";
          if (storage != t.text)
            fail(t, "cannot combine with previous '" + storage + "' declaration specifier");
        }
        spec.storage = s;
        spec.isTypedef = spec.isTypedef || typedefToo;
        spec.storageLoc = t.loc;
        advance();
        continue;
      }
      case TokenKind::KwAuto: case TokenKind::KwRegister: case TokenKind::KwInline:
        advance();  // they change nothing minicc does
        continue;
      case TokenKind::KwConst: isConst = true; advance(); continue;
      case TokenKind::KwVolatile: isVolatile = true; advance(); continue;
      case TokenKind::KwRestrict: advance(); continue;  // a promise minicc need not use
      case TokenKind::KwVoid: ++voids; break;
      case TokenKind::KwChar: ++chars; break;
      case TokenKind::KwShort: ++shorts; break;
      case TokenKind::KwInt: ++ints; break;
      case TokenKind::KwLong: ++longs; break;
      case TokenKind::KwSigned: ++signeds; break;
      case TokenKind::KwUnsigned: ++unsigneds; break;
      case TokenKind::KwEnum:
        if (anySpecifier) fail(t, "cannot combine with previous declaration specifier");
        named = parseEnumSpecifier(spec);
        namedToken = &t;
        anySpecifier = true;
        continue;
      case TokenKind::KwStruct: case TokenKind::KwUnion:
        if (anySpecifier) fail(t, "cannot combine with previous declaration specifier");
        named = parseRecordSpecifier(spec);
        namedToken = &t;
        anySpecifier = true;
        continue;
      case TokenKind::KwFloat: ++floats; break;
      case TokenKind::KwDouble: ++doubles; break;
      case TokenKind::Identifier:
        if (!anySpecifier) {
          if (const Type* type = typedefType(t.text)) {
            named = type;
            namedToken = &t;
            anySpecifier = true;
            advance();
            continue;
          }
        }
        goto done;
      default:
        goto done;
    }
    // one of the basic type keywords
    if (named) fail(t, "cannot combine with previous '" + std::string(namedToken->text) +
                           "' declaration specifier");
    anySpecifier = true;
    advance();
    // C17 6.7.2p2: at most one of void, char, short and long (long twice),
    // int beside short or long but not char or void, one sign, no sign on void.
    // float and double take nothing else but "long double" (which minicc
    // does not have: said once the specifiers end).
    const int reals = floats + doubles;
    bool valid = voids <= 1 && chars <= 1 && shorts <= 1 && ints <= 1 && longs <= 2 &&
                 signeds + unsigneds <= 1 && voids + chars + shorts + (longs ? 1 : 0) <= 1 &&
                 !(ints && (voids || chars)) && !(voids && (signeds || unsigneds)) &&
                 reals <= 1 && !(reals && (voids || chars || shorts || ints || signeds || unsigneds)) &&
                 !(floats && longs) && !(doubles && longs > 1);
    if (!valid) {
      if (t.is(TokenKind::KwLong) && longs == 3) fail(t, "'long long long' is invalid");
      fail(t, "cannot combine with previous '" + previous + "' declaration specifier");
    }
  }
done:
  if (named) {
    spec.type = named;
  } else if (!anySpecifier) {
    fail(peek(), "expected a type such as 'int'");
  } else {
    TypeKind kind;
    bool isUnsigned = unsigneds > 0;
    if (doubles && longs) {
      reportLongDouble(spec.loc);
      spec.invalid = true;
    }
    if (voids) kind = TypeKind::Void;
    else if (floats) kind = TypeKind::Float;
    else if (doubles) kind = TypeKind::Double;
    else if (chars) kind = isUnsigned ? TypeKind::UChar : signeds ? TypeKind::SChar : TypeKind::Char;
    else if (shorts) kind = isUnsigned ? TypeKind::UShort : TypeKind::Short;
    else if (longs == 2) kind = isUnsigned ? TypeKind::ULongLong : TypeKind::LongLong;
    else if (longs == 1) kind = isUnsigned ? TypeKind::ULong : TypeKind::Long;
    else kind = isUnsigned ? TypeKind::UInt : TypeKind::Int;
    spec.type = types_.basic(kind);
  }
  spec.type = types_.qualified(spec.type, isConst, isVolatile);
  return spec;
}

// minicc has no long double: said at its first use only, so that a file
// written with it gets one error, not one per declaration and constant.
void Parser::reportLongDouble(SourceLoc loc) {
  if (longDoubleReported_) return;
  longDoubleReported_ = true;
  diags_.error(loc, "'long double' is not supported by minicc");
}

// enum-specifier = "enum" ident? "{" enumerator ("," enumerator)* ","? "}" | "enum" ident
// enumerator     = ident ("=" conditional)?
const Type* Parser::parseEnumSpecifier(DeclSpec& spec) {
  advance();  // "enum"
  std::string_view tag;
  SourceLoc tagLoc = peek().loc;
  if (at(TokenKind::Identifier)) tag = advance().text;
  if (!at(TokenKind::LBrace)) {
    if (tag.empty()) fail(peek(), "expected identifier or '{'");
    if (const Type* found = findTag(tag)) return found;
    // "enum e" before its definition: C allows no such forward declaration,
    // but gcc and clang take it as one; so does minicc.
    const Type* type = types_.enumeration(tag);
    tags_.bind(tag, type);
    return type;
  }
  const Type* type = types_.enumeration(tag);
  if (!tag.empty()) {
    const Type* const* here = tags_.findInInnermost(tag);
    if (here && definedEnums_.count(*here)) {
      diags_.error(tagLoc, "redefinition of 'enum " + std::string(tag) + "'", tag.size());
    }
    tags_.bind(tag, type);
    definedEnums_.insert(type);
  }
  advance();  // "{"
  if (at(TokenKind::RBrace)) fail(peek(), "use of empty enum");
  while (!at(TokenKind::RBrace)) {
    const Token& name = expect(TokenKind::Identifier, "");
    Expr* value = nullptr;
    if (accept(TokenKind::Equal)) value = parseConditional();
    auto* constant = ast_.make<EnumConstantDecl>(name.loc, name.text, types_.intType(), value);
    constant->enumeration = type;
    spec.declared.push_back(constant);
    declareOrdinary(name.text);
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace, "");
  return type;
}

const Type* Parser::findTag(std::string_view tag) const {
  const Type* const* type = tags_.find(tag);
  return type ? *type : nullptr;
}

// struct-or-union-specifier = ("struct" | "union") ident? "{" member-declaration* "}"
//                           | ("struct" | "union") ident
// A tag names one type per scope (C17 6.7.2.3): "struct s { ... }" defines
// it in the current scope (completing a "struct s;" declared there), a
// bare "struct s;" declares a new one there, and any other "struct s"
// refers to the innermost one, declaring it if there is none.
const Type* Parser::parseRecordSpecifier(DeclSpec& spec) {
  const Token& keyword = advance();
  const bool isUnion = keyword.is(TokenKind::KwUnion);
  std::string_view tag;
  SourceLoc tagLoc = keyword.loc;
  if (at(TokenKind::Identifier)) {
    tagLoc = peek().loc;
    tag = advance().text;
  } else if (!at(TokenKind::LBrace)) {
    fail(peek(), "declaration of anonymous " + std::string(keyword.text) + " must be a definition");
  }
  const bool defining = at(TokenKind::LBrace);
  const bool declaringOnly = !defining && at(TokenKind::Semicolon);
  const Type* type = nullptr;
  bool registered = true;  // false: a stand-in after an error, which names nothing
  if (!tag.empty()) {
    const Type* const* here = tags_.findInInnermost(tag);
    const Type* previous = defining || declaringOnly ? (here ? *here : nullptr) : findTag(tag);
    if (previous && previous->isRecord() && previous->record->isUnion == isUnion) {
      type = previous;
      auto open = std::find_if(openDefinitions_.begin(), openDefinitions_.end(),
                               [&](const auto& d) { return d.first == previous->record; });
      if (defining && open != openDefinitions_.end()) {  // struct s { struct s { ... }; }
        diags_.error(tagLoc, "nested redefinition of '" + std::string(tag) + "'", tag.size());
        diags_.note(open->second, "previous definition is here", static_cast<unsigned>(tag.size()));
        type = nullptr;  // the inner body goes into a stand-in
        registered = false;
        spec.invalid = true;  // reported: no warning that it declares nothing
      } else if (defining && previous->record->definition) {
        diags_.error(tagLoc, "redefinition of '" + std::string(tag) + "'", tag.size());
        diags_.note(previous->record->definition->loc, "previous definition is here",
                    static_cast<unsigned>(tag.size()));
        type = nullptr;  // the body goes into a stand-in: the first definition stays
        registered = false;
      }
    } else if (previous) {
      diags_.error(keyword.loc, "use of '" + std::string(tag) +
                                    "' with tag type that does not match previous declaration",
                   keyword.length());
      diags_.note(tagLocs_[previous], "previous use is here", static_cast<unsigned>(tag.size()));
      if (!defining) return previous;  // as clang: the tag keeps its type, nothing cascades
      registered = false;
    }
  }
  if (!type) {
    type = types_.record(isUnion, tag, tagLoc);
    if (!tag.empty() && registered) tags_.bind(tag, type);
    tagLocs_.emplace(type, tagLoc);
  }
  // The place "previous use is here" names: the latest declaration.
  if (defining || declaringOnly) tagLocs_[type] = tagLoc;
  if (!defining) return type;

  Record& record = *type->record;
  advance();  // "{"
  openDefinitions_.emplace_back(&record, tagLoc);
  struct Closing {  // also when a syntax error leaves the body
    std::vector<std::pair<const Record*, SourceLoc>>& open;
    ~Closing() { open.pop_back(); }
  } closing{openDefinitions_};
  while (!at(TokenKind::RBrace)) {
    if (at(TokenKind::EndOfFile)) fail(peek(), "expected '}'");
    try {
      parseMemberDeclaration(record, spec);
    } catch (SyntaxError&) {
      skipToStatementEnd();
    }
  }
  advance();  // "}"
  auto* definition = ast_.make<TagDecl>(tagLoc, tag, type);
  record.definition = definition;
  spec.declared.push_back(definition);
  return type;
}

// member-declaration = decl-spec (declarator ("," declarator)*)? ";"
// A struct or union without a tag and without a declarator is an anonymous
// member (C17 6.7.2.1p13): its members are the outer record's.
void Parser::parseMemberDeclaration(Record& record, DeclSpec& outer) {
  const Token& start = peek();
  if (!startsDeclaration()) fail(start, "expected member declaration: a type such as 'int'");
  DeclSpec spec = parseDeclSpec();
  if (spec.isTypedef || spec.storage != StorageClass::None)
    diags_.error(spec.storageLoc, "type name does not allow storage class to be specified");
  for (Decl* d : spec.declared) outer.declared.push_back(d);
  if (spec.invalid) outer.invalid = true;
  if (accept(TokenKind::Semicolon)) {
    if (spec.type->isRecord() && spec.type->record->tag.empty()) {
      Member m;
      m.type = spec.type;
      m.loc = start.loc;
      record.members.push_back(m);
    } else if (!spec.invalid) {
      diags_.warning(start.loc, "declaration does not declare anything", "missing-declarations", start.length());
    }
    return;
  }
  for (;;) {
    Declarator d = parseDeclarator(spec.type, Naming::Named);
    if (at(TokenKind::Colon)) {
      diags_.error(peek().loc, "bit-fields are not supported by minicc yet");
      advance();
      parseConditional();
    }
    if (d.type->isFunction()) {
      diags_.error(d.loc, "field '" + std::string(d.name) + "' declared as a function",
                   d.name.size());
    } else {
      Member m;
      m.name = d.name;
      m.type = d.type;
      m.loc = d.loc;
      record.members.push_back(m);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::Semicolon, "at end of declaration list");
}

// Records defined in a type name are laid out when sema first meets them.
void Parser::markInTypeName(const DeclSpec& spec) {
  for (Decl* d : spec.declared)
    if (d->kind == DeclKind::Tag) static_cast<TagDecl*>(d)->inTypeName = true;
}

// The type behind <stdarg.h>'s va_list, as the psABI defines it (3.5.7,
// figure 3.34): an array of one __va_list_tag, so that a va_list passed to
// a function travels as a pointer.
void Parser::declareBuiltinTypes() {
  const Type* tag = types_.record(false, "__va_list_tag", SourceLoc{});
  Record& r = *tag->record;
  const Type* voidPointer = types_.pointerTo(types_.voidType());
  for (auto [name, type] : {std::pair<std::string_view, const Type*>{"gp_offset", types_.basic(TypeKind::UInt)},
                            {"fp_offset", types_.basic(TypeKind::UInt)},
                            {"overflow_arg_area", voidPointer},
                            {"reg_save_area", voidPointer}}) {
    Member m;
    m.name = name;
    m.type = type;
    r.members.push_back(m);
  }
  auto* definition = ast_.make<TagDecl>(SourceLoc{}, "__va_list_tag", tag);
  definition->inTypeName = true;
  r.definition = definition;
  tags_.bind("__va_list_tag", tag);  // at file scope: nothing is open yet
  declareOrdinary("__builtin_va_list", types_.named(types_.arrayOf(tag, 1), "__builtin_va_list"));
}

// At "(": does a nested declarator follow, as in "(*fp)(int)", rather than
// a parameter list?
bool Parser::atNestedDeclarator() const {
  if (!at(TokenKind::LParen)) return false;
  const Token& next = peek(1);
  return next.is(TokenKind::Star) || next.is(TokenKind::LParen) ||
         (next.is(TokenKind::Identifier) && !typedefType(next.text));
}

// declarator = ("*" type-qualifier*)* direct-declarator
// direct-declarator = ident? | "(" declarator ")" followed by suffixes
//
// C's declarators read inside out: in "int (*fp)(int)" the suffix "(int)"
// applies before the "*". So at a nested declarator the suffixes after its
// ")" are parsed first, and then the inside, with their type as its base.
Declarator Parser::parseDeclarator(const Type* base, Naming naming) {
  Declarator d;
  d.loc = peek().loc;
  d.type = parseDeclaratorType(base, d, naming);
  d.isFunction = d.type->isFunction();
  return d;
}

const Type* Parser::parseDeclaratorType(const Type* base, Declarator& d, Naming naming) {
  DepthGuard guard(*this, peek());
  const Type* type = base;
  while (accept(TokenKind::Star)) {
    bool isConst = false, isVolatile = false;
    for (;;) {
      if (accept(TokenKind::KwConst)) isConst = true;
      else if (accept(TokenKind::KwVolatile)) isVolatile = true;
      else if (!accept(TokenKind::KwRestrict)) break;
    }
    type = types_.qualified(types_.pointerTo(type), isConst, isVolatile);
  }
  if (atNestedDeclarator()) {
    advance();
    size_t inside = pos_;
    for (int parens = 1; parens > 0 && !at(TokenKind::EndOfFile);) {  // to the matching ")"
      const Token& t = advance();
      if (t.is(TokenKind::LParen)) ++parens;
      if (t.is(TokenKind::RParen)) --parens;
    }
    type = parseDeclaratorSuffixes(type, d, /*ownParams=*/false);
    size_t after = pos_;
    pos_ = inside;
    type = parseDeclaratorType(type, d, naming);
    expect(TokenKind::RParen, "");
    pos_ = after;
    return type;
  }
  if (at(TokenKind::Identifier) && naming != Naming::Abstract) {
    d.loc = peek().loc;
    d.name = advance().text;
  } else if (naming == Naming::Named) {
    fail(peek(), "expected identifier or '('");
  } else {
    d.loc = peek().loc;
  }
  return parseDeclaratorSuffixes(type, d, /*ownParams=*/true);
}

// suffixes = ("[" assign? "]")* | "(" params ")"
// "int a[2][3]" is an array of 2 arrays of 3 ints: the later suffixes make
// the element type.
const Type* Parser::parseDeclaratorSuffixes(const Type* type, Declarator& d, bool ownParams) {
  if (at(TokenKind::LBracket)) {
    advance();
    while (accept(TokenKind::KwStatic) || accept(TokenKind::KwConst) ||
           accept(TokenKind::KwVolatile) || accept(TokenKind::KwRestrict)) {
    }
    Expr* length = at(TokenKind::RBracket) ? nullptr : parseAssignment();
    expect(TokenKind::RBracket, "");
    const Type* element = parseDeclaratorSuffixes(type, d, false);
    if (element->isFunction())
      fail(tokens_[pos_ - 1], "'" + std::string(d.name) + "' declared as array of functions");
    // A plain number is the length at once; anything else sema folds.
    if (length && length->kind == ExprKind::IntLiteral &&
        !static_cast<IntLiteralExpr*>(length)->isCharacter)
      return types_.arrayOf(element, static_cast<int64_t>(static_cast<IntLiteralExpr*>(length)->value));
    const Type* array = types_.arrayOf(element, -1);
    if (length) types_.setLengthExpression(array, length);
    return array;
  }
  if (at(TokenKind::LParen)) {
    const Token& open = advance();
    std::vector<VarDecl*> params;
    const Type* fn = parseParameterList(type, params);
    if (type->isArray()) fail(open, "function cannot return array type '" + type->str() + "'");
    if (type->isFunction()) fail(open, "function cannot return function type '" + type->str() + "'");
    if (ownParams) d.params = std::move(params);
    if (at(TokenKind::LParen) || at(TokenKind::LBracket))
      fail(peek(), "function cannot return " +
                       std::string(at(TokenKind::LParen) ? "function" : "array") + " type");
    return fn;
  }
  return type;
}

// params = "void" | (param ("," param)* ("," "...")?)?     (after the "(")
// param  = decl-spec declarator-or-abstract-declarator
// A parameter of array type is a pointer, and one of function type a
// pointer to a function (C17 6.7.6.3p7-8).
const Type* Parser::parseParameterList(const Type* result, std::vector<VarDecl*>& params) {
  bool variadic = false;
  if (accept(TokenKind::RParen))  // "()" declares no prototype (C17 6.7.6.3p14)
    return types_.function(result, {}, false, false);
  if (at(TokenKind::KwVoid) && peek(1).is(TokenKind::RParen)) {
    advance();
    advance();
    return types_.function(result, {}, false, true);
  }
  ScopeGuard prototypeScope(*this);
  Gathering<VarDecl*> gathered(gatheredParams_);
  Gathering<const Type*> paramTypes(gatheredParamTypes_);
  for (;;) {
    if (accept(TokenKind::Ellipsis)) {
      if (paramTypes.empty()) fail(previous(), "ISO C requires a named parameter before '...'");
      variadic = true;
      break;
    }
    const Token& start = peek();
    if (!startsDeclaration()) fail(start, "expected parameter declarator");
    DeclSpec spec = parseDeclSpec(/*storageAllowed=*/false);
    markInTypeName(spec);
    for (Decl* d : spec.declared)
      if (d->kind == DeclKind::Tag && !d->name.empty())
        diags_.warning(d->loc, "declaration of '" + d->type->str() +
                                   "' will not be visible outside of this function",
                       "visibility", static_cast<unsigned>(d->name.size()));
    Declarator p = parseDeclarator(spec.type, Naming::Either);
    const Type* type = p.type;
    if (type->isVoid()) fail(start, "'void' must be the only parameter");
    if (type->isArray())
      type = types_.qualified(types_.pointerTo(type->base), false, false);
    else if (type->isFunction())
      type = types_.pointerTo(type);
    auto* param = ast_.make<VarDecl>(p.name.empty() ? start.loc : p.loc, p.name, type);
    param->place = VarPlace::Param;
    gathered.push(param);
    paramTypes.push(type);
    declareOrdinary(p.name);
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen, "");
  params = gathered.take();
  return types_.function(result, paramTypes.take(), variadic, true);
}

// type-name = decl-spec abstract-declarator, as in casts and sizeof
const Type* Parser::parseTypeName() {
  DeclSpec spec = parseDeclSpec(/*storageAllowed=*/false);
  for (Decl* d : spec.declared) {
    if (d->kind == DeclKind::EnumConstant) {
      diags_.error(spec.loc, "enumeration constants cannot be declared in a type name");
      break;
    }
  }
  markInTypeName(spec);
  return parseDeclarator(spec.type, Naming::Abstract).type;
}

Decl* Parser::makeDecl(const DeclSpec& spec, Declarator& d) {
  Decl* decl = makeDeclFor(spec, d);
  if (spec.invalid) decl->invalid = true;
  return decl;
}

Decl* Parser::makeDeclFor(const DeclSpec& spec, Declarator& d) {
  if (spec.isTypedef) {
    auto* t = ast_.make<TypedefDecl>(d.loc, d.name, d.type);
    t->storageLoc = spec.storageLoc;
    declareOrdinary(d.name, types_.named(d.type, d.name));
    return t;
  }
  declareOrdinary(d.name);
  if (d.isFunction) {
    auto* fn = ast_.make<FunctionDecl>(d.loc, d.name, d.type);
    fn->storage = spec.storage;
    fn->storageLoc = spec.storageLoc;
    fn->params = std::move(d.params);
    // Declared through a typedef of a function type: unnamed parameters.
    while (fn->params.size() < d.type->params.size()) {
      auto* param = ast_.make<VarDecl>(d.loc, "", d.type->params[fn->params.size()]);
      param->place = VarPlace::Param;
      fn->params.push_back(param);
    }
    return fn;
  }
  if (d.type->isVoid()) {
    diags_.error(d.loc, "variable has incomplete type '" + d.type->str() + "'", d.name.size());
    throw SyntaxError();
  }
  auto* var = ast_.make<VarDecl>(d.loc, d.name, d.type);
  var->storage = spec.storage;
  var->storageLoc = spec.storageLoc;
  return var;
}

// external-declaration = decl-spec ( declarator compound-stmt
//                                  | (declarator ("=" initializer)? ("," ...)*)? ";" )
void Parser::parseExternalDeclaration(TranslationUnit& unit) {
  if (accept(TokenKind::Semicolon)) return;  // a stray ';' at file scope is harmless
  if (!startsDeclaration()) {
    if (at(TokenKind::Identifier) && peek(1).is(TokenKind::LParen))
      fail(peek(), "type specifier missing: minicc needs 'int " + std::string(peek().text) +
                       "(...)'");
    if (at(TokenKind::Identifier) && peek(1).is(TokenKind::Identifier))
      fail(peek(), "unknown type name '" + std::string(peek().text) + "'");
    fail(peek(), "expected external declaration");
  }
  DeclSpec spec = parseDeclSpec();
  for (Decl* d : spec.declared) unit.decls.push_back(d);
  if (accept(TokenKind::Semicolon)) return;  // "enum e { A };", "struct s { ... };"
  for (bool first = true;; first = false) {
    Declarator d = parseDeclarator(spec.type, Naming::Named);
    Decl* decl = makeDecl(spec, d);
    unit.decls.push_back(decl);
    if (d.isFunction && first && at(TokenKind::LBrace) && !spec.isTypedef) {
      auto* fn = static_cast<FunctionDecl*>(decl);
      ScopeGuard parameters(*this);  // the body sees the parameters' names
      for (VarDecl* p : fn->params) {
        if (p->name.empty()) diags_.error(p->loc, "parameter name omitted");
        declareOrdinary(p->name);
      }
      fn->bodyStart = ast_.mark();
      fn->body = parseCompoundStatement();
      return;
    }
    if (accept(TokenKind::Equal)) {
      if (d.isFunction || spec.isTypedef)
        fail(previous(), "illegal initializer (only variables can be initialized)");
      static_cast<VarDecl*>(decl)->init = parseInitializer();
    }
    if (accept(TokenKind::Comma)) continue;
    if (d.isFunction && at(TokenKind::LBrace))
      fail(peek(), "function definition is not allowed here");
    expect(TokenKind::Semicolon, "after top level declarator");
    return;
  }
}

// local-declaration = decl-spec (declarator ("=" initializer)? ("," ...)*)? ";"
DeclStmt* Parser::parseLocalDeclaration() {
  auto* stmt = ast_.make<DeclStmt>(peek().loc);
  DeclSpec spec = parseDeclSpec();
  stmt->decls = spec.declared;
  if (accept(TokenKind::Semicolon)) return stmt;
  for (;;) {
    Declarator d = parseDeclarator(spec.type, Naming::Named);
    if (d.isFunction && at(TokenKind::LBrace))
      fail(peek(), "function definition is not allowed here");
    // A static local outlives its function's body (its data is written at
    // the end of the file): it and its initialiser are made to last.
    std::optional<AstContext::LastingNodes> lasting;
    if (spec.storage == StorageClass::Static && !d.isFunction) lasting.emplace(ast_);
    Decl* decl = makeDecl(spec, d);
    if (decl->kind == DeclKind::Variable) {
      auto* var = static_cast<VarDecl*>(decl);
      var->place = spec.storage == StorageClass::None ? VarPlace::Local
                   : spec.storage == StorageClass::Static ? VarPlace::StaticLocal
                                                          : VarPlace::Global;
    }
    stmt->decls.push_back(decl);
    if (accept(TokenKind::Equal)) {
      if (decl->kind != DeclKind::Variable)
        fail(previous(), "illegal initializer (only variables can be initialized)");
      static_cast<VarDecl*>(decl)->init = parseInitializer();
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::Semicolon, "at end of declaration");
  return stmt;
}

// initializer = assign | "{" initializer-list "}". A broken one is skipped
// up to the next ',' or ';' and the variable stays declared, so later uses
// of it are not errors too.
Expr* Parser::parseInitializer() {
  try {
    return at(TokenKind::LBrace) ? parseInitializerList() : parseAssignment();
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

// initializer-list = "{" (designation? initializer ("," designation? initializer)* ","?)? "}"
// designation      = ("[" conditional "]" | "." ident)+ "="
Expr* Parser::parseInitializerList() {
  DepthGuard guard(*this, peek());
  auto* list = ast_.make<InitListExpr>(advance().loc);
  while (!at(TokenKind::RBrace)) {
    InitListExpr::Item item;
    if (at(TokenKind::LBracket) || at(TokenKind::Dot)) {
      for (bool first = true; at(TokenKind::LBracket) || at(TokenKind::Dot); first = false) {
        InitListExpr::Step step;
        if (accept(TokenKind::LBracket)) {
          step.loc = previous().loc;
          step.index = parseConditional();
          expect(TokenKind::RBracket, "");
        } else {
          advance();
          step.loc = peek().loc;
          step.member = expect(TokenKind::Identifier, "").text;
        }
        if (first) {
          item.designator = step.index;
          item.member = step.member;
          item.designatorLoc = step.loc;
        } else {
          item.rest.push_back(step);
        }
      }
      expect(TokenKind::Equal, item.rest.empty() && item.designator ? "after array designator"
                                                                     : "after member designator");
    }
    item.value = at(TokenKind::LBrace) ? parseInitializerList() : parseAssignment();
    list->items.push_back(item);
    if (!accept(TokenKind::Comma)) break;
  }
  list->closeLoc = peek().loc;
  expect(TokenKind::RBrace, "");
  return list;
}

void Parser::parseTranslationUnit(TranslationUnit& unit, const DeclarationsParsed& parsed) {
  declareBuiltinTypes();
  while (!at(TokenKind::EndOfFile)) {
    tokens_.forgetBefore(pos_ == 0 ? 0 : pos_ - 1);  // previous() stays
    const size_t first = unit.decls.size();
    try {
      parseExternalDeclaration(unit);
    } catch (SyntaxError&) {
      skipToDeclarationEnd();
    }
    if (parsed) parsed(first);
  }
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
  ScopeGuard scope(*this);
  Gathering<Stmt*> statements(gatheredStatements_);
  while (!at(TokenKind::RBrace)) {
    if (at(TokenKind::EndOfFile)) {
      diags_.error(peek().loc, "expected '}'");
      diags_.note(block->loc, "to match this '{'");
      throw SyntaxError();
    }
    try {
      statements.push(startsDeclaration() ? parseLocalDeclaration() : parseStatement());
    } catch (SyntaxError&) {
      skipToStatementEnd();
    }
  }
  block->body = statements.take();
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
  ScopeGuard scope(*this);  // a declaration in the loop's header is the loop's
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

// unary = ("-" | "+" | "!" | "~" | "&" | "*") cast | ("++" | "--") unary
//       | "sizeof" unary | ("sizeof" | "_Alignof") "(" type-name ")" | postfix
// cast  = "(" type-name ")" cast | unary
Expr* Parser::parseUnary() {
  DepthGuard guard(*this, peek());
  const Token& t = peek();
  auto prefix = [&](UnaryOp op) {
    advance();
    return ast_.make<UnaryExpr>(t.loc, op, parseUnary());
  };
  switch (t.kind) {
    case TokenKind::Minus: return prefix(UnaryOp::Negate);
    case TokenKind::Plus: return prefix(UnaryOp::Plus);
    case TokenKind::Exclaim: return prefix(UnaryOp::LogicalNot);
    case TokenKind::Tilde: return prefix(UnaryOp::BitNot);
    case TokenKind::Amp: return prefix(UnaryOp::AddressOf);
    case TokenKind::Star: return prefix(UnaryOp::Deref);
    case TokenKind::PlusPlus:
    case TokenKind::MinusMinus: {
      advance();
      auto* e = ast_.make<IncDecExpr>(t.loc, t.is(TokenKind::PlusPlus), true, parseUnary());
      e->length = 2;
      return e;
    }
    case TokenKind::KwSizeof:
    case TokenKind::KwAlignof: {
      advance();
      auto* e = ast_.make<SizeOfExpr>(t.loc, t.is(TokenKind::KwAlignof));
      e->length = t.length();
      if (at(TokenKind::LParen) && startsTypeName(1)) {
        advance();
        e->operandType = parseTypeName();
        expect(TokenKind::RParen, "");
      } else if (e->isAlignof) {
        fail(peek(), "expected '(' and a type name after '_Alignof'");
      } else {
        e->operand = parseUnary();
      }
      return e;
    }
    case TokenKind::LParen:
      if (startsTypeName(1)) {
        advance();
        const Type* type = parseTypeName();
        expect(TokenKind::RParen, "");
        if (at(TokenKind::LBrace)) fail(peek(), "compound literals are not supported by minicc yet");
        auto* e = ast_.make<CastExpr>(t.loc, parseUnary(), type);
        return e;
      }
      return parsePostfix();
    default:
      return parsePostfix();
  }
}

// postfix = primary ("[" expr "]" | "(" args? ")" | "." ident | "->" ident | "++" | "--")*
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
    if (t.is(TokenKind::LBracket)) {
      advance();
      auto* sub = ast_.make<SubscriptExpr>(t.loc, e, parseExpression());
      sub->rbracketLoc = peek().loc;
      expect(TokenKind::RBracket, "");
      sub->begin = e->begin;
      e = sub;
      continue;
    }
    if (t.is(TokenKind::LParen)) {
      SourceLoc lparen = advance().loc;
      Gathering<Expr*> args(gatheredArguments_);
      if (!at(TokenKind::RParen)) {
        do {
          args.push(parseAssignment());
        } while (accept(TokenKind::Comma));
      }
      SourceLoc rparen = peek().loc;
      expect(TokenKind::RParen, "");
      auto* call = ast_.make<CallExpr>(e->loc, e, args.take());
      call->length = e->length;
      call->begin = e->begin;
      call->lparenLoc = lparen;
      call->rparenLoc = rparen;
      e = call;
      continue;
    }
    if (t.is(TokenKind::Dot) || t.is(TokenKind::Arrow)) {
      advance();
      const Token& name = expect(TokenKind::Identifier, "");
      auto* m = ast_.make<MemberExpr>(t.loc, e, name.text, t.is(TokenKind::Arrow));
      m->memberLoc = name.loc;
      m->length = t.length();
      m->begin = e->begin;
      e = m;
      continue;
    }
    return e;
  }
}

Expr* Parser::parseIntegerLiteral() {
  const Token& t = advance();
  IntLiteralValue v = parseIntLiteral(t.text);  // the lexer reported malformed ones
  auto* e = ast_.make<IntLiteralExpr>(t.loc, v.value);
  e->decimal = v.decimal;
  e->unsignedSuffix = v.unsignedSuffix;
  e->longSuffix = v.longSuffix;
  e->tooLarge = v.tooLarge;
  e->length = t.length();
  return e;
}

// primary = int-literal | float-literal | char-literal | string-literal+ | ident | "(" expr ")"
Expr* Parser::parsePrimary() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::IntLiteral:
      return parseIntegerLiteral();
    case TokenKind::FloatLiteral: {
      advance();
      FloatLiteralValue v = parseFloatLiteral(t.text);  // the lexer reported malformed ones
      if (v.longDouble) reportLongDouble(t.loc);
      auto* e = ast_.make<FloatLiteralExpr>(t.loc, v.value, v.isFloat);
      e->length = t.length();
      return e;
    }
    case TokenKind::CharLiteral: {
      advance();
      auto* e = ast_.make<IntLiteralExpr>(
          t.loc, static_cast<uint64_t>(static_cast<int64_t>(charLiteralValue(decodeQuoted(t.text)))));
      e->isCharacter = true;
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
      if (peek(1).is(TokenKind::LParen)) {
        static const std::unordered_map<std::string_view, BuiltinKind> kBuiltins = {
            {"__builtin_va_start", BuiltinKind::VaStart}, {"__builtin_va_arg", BuiltinKind::VaArg},
            {"__builtin_va_end", BuiltinKind::VaEnd}, {"__builtin_va_copy", BuiltinKind::VaCopy},
            {"__builtin_offsetof", BuiltinKind::Offsetof}};
        auto builtin = kBuiltins.find(t.text);
        if (builtin != kBuiltins.end()) return parseBuiltin(builtin->second);
      }
      advance();
      auto* e = ast_.make<VarRefExpr>(t.loc, t.text);
      e->length = t.length();
      return e;
    }
    case TokenKind::LParen: {
      advance();
      Expr* e = parseExpression();
      expect(TokenKind::RParen, "");
      e->parenthesized = true;
      e->begin = t.loc;
      return e;
    }
    default:
      if (startsTypeName()) fail(t, "unexpected type name: expected expression");
      fail(t, "expected expression");
  }
}

// builtin = "__builtin_va_start" "(" assign "," assign ")"
//         | "__builtin_va_arg" "(" assign "," type-name ")"
//         | "__builtin_va_end" "(" assign ")" | "__builtin_va_copy" "(" assign "," assign ")"
//         | "__builtin_offsetof" "(" type-name "," ident ("." ident | "[" expr "]")* ")"
Expr* Parser::parseBuiltin(BuiltinKind kind) {
  const Token& name = advance();
  auto* e = ast_.make<BuiltinExpr>(name.loc, kind);
  e->length = name.length();
  expect(TokenKind::LParen, "");
  if (kind == BuiltinKind::Offsetof) {
    e->typeLoc = peek().loc;
    e->typeOperand = parseTypeName();
    expect(TokenKind::Comma, "");
    BuiltinExpr::Step first;
    first.loc = peek().loc;
    first.member = expect(TokenKind::Identifier, "").text;
    e->designator.push_back(first);
    for (;;) {
      BuiltinExpr::Step step;
      step.loc = peek().loc;
      if (accept(TokenKind::Dot)) {
        step.loc = peek().loc;
        step.member = expect(TokenKind::Identifier, "").text;
      } else if (accept(TokenKind::LBracket)) {
        step.index = parseExpression();
        expect(TokenKind::RBracket, "");
      } else {
        break;
      }
      e->designator.push_back(step);
    }
  } else {
    e->args.push_back(parseAssignment());
    if (kind == BuiltinKind::VaArg) {
      expect(TokenKind::Comma, "");
      e->typeLoc = peek().loc;
      e->typeOperand = parseTypeName();
    } else if (kind != BuiltinKind::VaEnd) {
      expect(TokenKind::Comma, "");
      e->args.push_back(parseAssignment());
    }
  }
  expect(TokenKind::RParen, "");
  return e;
}

}  // namespace

void parse(TokenSource& tokens, AstContext& ast, Diagnostics& diags, TranslationUnit& unit,
           const DeclarationsParsed& parsed) {
  Parser(tokens, ast, diags).parseTranslationUnit(unit, parsed);
}

TranslationUnit parse(TokenSource& tokens, AstContext& ast, Diagnostics& diags) {
  TranslationUnit unit;
  parse(tokens, ast, diags, unit, {});
  return unit;
}

namespace {
// A vector's tokens, its last (the EndOfFile) again once they are read.
class VectorTokens final : public TokenSource {
 public:
  explicit VectorTokens(const std::vector<Token>& tokens) : tokens_(tokens) {}
  void read(Token& into) override {
    into = tokens_[next_ < tokens_.size() ? next_++ : tokens_.size() - 1];
  }

 private:
  const std::vector<Token>& tokens_;
  size_t next_ = 0;
};
}  // namespace

TranslationUnit parse(const std::vector<Token>& tokens, AstContext& ast, Diagnostics& diags) {
  VectorTokens source(tokens);
  return parse(source, ast, diags);
}

}  // namespace minicc
