// Initialisers (C17 6.7.9): a scalar's expression, a char array's string,
// a structure's value, and braced lists with designators ("[2] = 5",
// ".x = 1"), nested braces and the braces C lets one leave out
// ("int m[2][2] = {1, 2, 3, 4}", "struct line l = {1, 2, 3, 4}"). Each becomes
// a flat list of InitElements; for objects with static storage each element
// is also folded to a constant (a number or an address).
#include <algorithm>

#include "codegen/abi.h"
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

namespace {

bool isCharType(const Type* t) {
  TypeKind k = t->unqualified->kind;
  return k == TypeKind::Char || k == TypeKind::SChar || k == TypeKind::UChar;
}

}  // namespace

void Sema::initializeScalar(VarDecl* var, const Type* type, int64_t offset, Expr* value) {
  Expr* v = checkedItems_.count(value) ? value : this->value(value);
  // clang reports a scalar variable's initialiser at the variable, an
  // element of a list at the element.
  bool whole = value == var->init;
  Expr* converted = convertForAssignment(type->unqualified, v, Conversion::Initializing,
                                         whole ? var->loc : v->begin,
                                         whole ? static_cast<unsigned>(var->name.size()) : v->length);
  var->initElements.push_back({offset, type, converted});
}

// "char s[] = \"abc\"" (C17 6.7.9p14): the string's bytes, and its NUL if
// there is room. Returns false when `value` is not a string literal.
bool Sema::initializeCharArray(VarDecl* var, const Type* type, int64_t offset, Expr* value) {
  if (!isCharType(type->base) || value->kind != ExprKind::StringLiteral) return false;
  checkExpr(value);
  auto* string = static_cast<StringLiteralExpr*>(value);
  int64_t length = static_cast<int64_t>(string->bytes.size());
  if (type->length >= 0 && length > type->length)
    diags_.warning(value->begin, "initializer-string for char array is too long",
                   "excess-initializers", value->length);
  var->initElements.push_back({offset, type, value});
  return true;
}

// The subobject of `type` at `offset` takes its value from list->items[next]
// onwards, without braces of its own (C17 6.7.9p20): a scalar takes one
// item, an array as many as it has elements.
void Sema::initializeObject(VarDecl* var, const Type* type, int64_t offset, InitListExpr* list,
                            size_t& next) {
  Expr* item = list->items[next].value;
  if (item->kind == ExprKind::InitList) {
    initializeFromList(var, type, offset, static_cast<InitListExpr*>(item));
    ++next;
    return;
  }
  if (type->isRecord()) {
    // A structure of the same type initialises the member whole (C17
    // 6.7.9p13); anything else starts on its first member, braces left out.
    Expr* v = value(item);
    list->items[next].value = v;
    checkedItems_.insert(v);
    if (v->type->isRecord() && sameType(v->type, type)) {
      initializeScalar(var, type, offset, v);
      ++next;
      return;
    }
    const Record& record = *type->record;
    for (size_t i = 0; i < record.members.size() && next < list->items.size(); ++i) {
      if (i > 0 && list->items[next].designated()) return;
      initializeObject(var, record.members[i].type, offset + record.members[i].offset, list, next);
      if (record.isUnion) return;  // only its first member, unless designated
    }
    return;
  }
  if (!type->isArray()) {
    initializeScalar(var, type, offset, item);
    ++next;
    return;
  }
  if (initializeCharArray(var, type, offset, item)) {
    ++next;
    return;
  }
  // Braces left out: the elements take the next items, until a designator
  // starts something new at the enclosing level.
  const int64_t elementSize = abi::sizeOf(type->base);
  for (int64_t i = 0; i < type->length && next < list->items.size(); ++i) {
    if (i > 0 && list->items[next].designated()) return;
    initializeObject(var, type->base, offset + i * elementSize, list, next);
  }
}

// The object of `type` at `offset` initialised by a braced list; returns
// how many elements of an array the list gives (what completes "int a[]").
int64_t Sema::initializeFromList(VarDecl* var, const Type* type, int64_t offset, InitListExpr* list) {
  if (list->items.empty()) {
    if (!type->isArray())
      diags_.error(list->loc, "scalar initializer cannot be empty");
    return 0;  // "= {}" zero-fills
  }
  if (type->isRecord()) return initializeRecordFromList(var, type, offset, list);
  if (!type->isArray() && !list->items[0].member.empty()) {
    diags_.error(list->items[0].designatorLoc,
                 "field designator cannot initialize a non-struct, non-union type '" + type->str() + "'");
    return 1;
  }
  if (!type->isArray()) {
    size_t next = 0;
    Expr* first = list->items[0].value;
    if (first->kind == ExprKind::InitList)
      diags_.warning(first->loc, "too many braces around scalar initializer",
                     "excess-initializers");
    if (list->items[0].designator)
      diags_.error(list->items[0].designatorLoc, "array designator cannot initialize non-array type " +
                                                     std::string("'") + type->str() + "'");
    initializeObject(var, type, offset, list, next);
    if (list->items.size() > 1)
      diags_.warning(list->items[1].value->begin, "excess elements in scalar initializer",
                     "excess-initializers", list->items[1].value->length);
    return 1;
  }
  if (list->items.size() == 1 && initializeCharArray(var, type, offset, list->items[0].value))
    return -1;  // char s[] = {"abc"}: the string gives the length
  const int64_t elementSize = abi::sizeOf(type->base);
  int64_t index = 0, count = 0;
  size_t next = 0;
  while (next < list->items.size()) {
    InitListExpr::Item& item = list->items[next];
    if (!item.member.empty()) {
      diags_.error(item.designatorLoc, "field designator cannot initialize a non-struct, "
                                       "non-union type '" + type->str() + "'");
      return count;
    }
    if (item.designator) {
      auto designated = designatorIndex(item.designator, type);
      if (!designated) return count;
      index = *designated;
      initializeDesignated(var, type->base, offset + index * elementSize, item.rest, 0, list, next);
      ++index;
      count = std::max(count, index);
      continue;
    }
    if (type->length >= 0 && index >= type->length) {
      diags_.warning(item.value->begin, "excess elements in array initializer",
                     "excess-initializers", item.value->length);
      return count;
    }
    initializeObject(var, type->base, offset + index * elementSize, list, next);
    ++index;
    count = std::max(count, index);
  }
  return count;
}

// A structure or union from a braced list: the members in order, or from
// the one a designator names ("{.y = 2, 3}": 3 goes to the member after y);
// a union takes its first member unless designated (C17 6.7.9p17).
int64_t Sema::initializeRecordFromList(VarDecl* var, const Type* type, int64_t offset,
                                       InitListExpr* list) {
  const Record& record = *type->record;
  size_t member = 0, next = 0;
  while (next < list->items.size()) {
    InitListExpr::Item& item = list->items[next];
    if (item.designator) {
      diags_.error(item.designatorLoc, "array designator cannot initialize non-array type '" +
                                           type->str() + "'");
      return 1;
    }
    if (!item.member.empty()) {
      auto direct = std::find_if(record.members.begin(), record.members.end(),
                                 [&](const Member& m) { return m.name == item.member; });
      if (direct == record.members.end()) {
        auto nested = findMember(record, item.member);  // inside an anonymous member
        if (!nested) {
          diags_.error(item.designatorLoc, "field designator '" + std::string(item.member) +
                                               "' does not refer to any field in type '" +
                                               type->str() + "'");
          return 1;
        }
        initializeDesignated(var, nested->type, offset + nested->offset, item.rest, 0, list, next);
        continue;
      }
      member = static_cast<size_t>(direct - record.members.begin());
      const Member& m = record.members[member];
      initializeDesignated(var, m.type, offset + m.offset, item.rest, 0, list, next);
      ++member;
      continue;
    } else if (member >= record.members.size() || (record.isUnion && member > 0)) {
      diags_.warning(item.value->begin, std::string("excess elements in ") +
                                            (record.isUnion ? "union" : "struct") + " initializer",
                     "excess-initializers", item.value->length);
      return 1;
    }
    const Member& m = record.members[member];
    initializeObject(var, m.type, offset + m.offset, list, next);
    ++member;
  }
  return 1;
}

// An array designator's index: an integer constant within the array's
// bounds (C17 6.7.9p6), or a diagnostic and nothing.
std::optional<int64_t> Sema::designatorIndex(Expr* designator, const Type* array) {
  designator = value(designator);
  if (!designator->type->isInteger() || !designator->constant) {
    notIntegerConstant(designator);
    return std::nullopt;
  }
  int64_t index = *designator->constant;
  if (index < 0) {
    diags_.error(designator->begin, "array designator value '" + std::to_string(index) +
                                        "' is negative", designator->length);
    return std::nullopt;
  }
  if (array->length >= 0 && index >= array->length) {
    diags_.error(designator->begin, "array designator index (" + std::to_string(index) +
                                        ") exceeds array bounds (" + std::to_string(array->length) +
                                        ")", designator->length);
    return std::nullopt;
  }
  return index;
}

// The subobject of `type` at `offset` that a designation's first step chose,
// and the steps after it: each picks a subobject of the one before, and the
// item's value initialises the last (C17 6.7.9p17-18). Items without a
// designation that follow go on with the next subobjects of each aggregate
// the designation entered, innermost first, braces left out: after
// ".a[1] = 5, 6", 6 initialises a[2].
void Sema::initializeDesignated(VarDecl* var, const Type* type, int64_t offset,
                                const std::vector<InitListExpr::Step>& rest, size_t step,
                                InitListExpr* list, size_t& next) {
  if (step == rest.size()) {
    initializeObject(var, type, offset, list, next);
    return;
  }
  const InitListExpr::Step& s = rest[step];
  auto more = [&]() { return next < list->items.size() && !list->items[next].designated(); };
  if (s.index) {
    if (!type->isArray()) {
      diags_.error(s.loc, "array designator cannot initialize non-array type '" + type->str() + "'");
      ++next;
      return;
    }
    auto index = designatorIndex(s.index, type);
    if (!index) {
      ++next;
      return;
    }
    const int64_t size = abi::sizeOf(type->base);
    initializeDesignated(var, type->base, offset + *index * size, rest, step + 1, list, next);
    for (int64_t i = *index + 1; i < type->length && more(); ++i)
      initializeObject(var, type->base, offset + i * size, list, next);
    return;
  }
  if (!type->isRecord()) {
    diags_.error(s.loc, "field designator cannot initialize a non-struct, non-union type '" +
                            type->str() + "'");
    ++next;
    return;
  }
  const Record& record = *type->record;
  size_t member = 0;
  while (member < record.members.size() && record.members[member].name != s.member) ++member;
  if (member == record.members.size()) {
    diags_.error(s.loc, "field designator '" + std::string(s.member) +
                            "' does not refer to any field in type '" + type->str() + "'");
    ++next;
    return;
  }
  const Member& m = record.members[member];
  initializeDesignated(var, m.type, offset + m.offset, rest, step + 1, list, next);
  if (record.isUnion) return;
  for (size_t i = member + 1; i < record.members.size() && more(); ++i)
    initializeObject(var, record.members[i].type, offset + record.members[i].offset, list, next);
}

namespace {

// Designators may give the elements in any order, and name one subobject
// twice: the last one given wins (C17 6.7.9p19). Afterwards the elements
// run by offset without overlapping, as the object's bytes do.
void placeInOrder(std::vector<InitElement>& elements) {
  auto end = [](const InitElement& e) { return e.offset + abi::sizeOf(e.type); };
  bool ordered = true;
  for (size_t i = 1; i < elements.size() && ordered; ++i)
    ordered = elements[i].offset >= end(elements[i - 1]);
  if (ordered) return;
  std::vector<size_t> order(elements.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return elements[a].offset < elements[b].offset;
  });
  std::vector<size_t> kept;  // indexes into `elements`, by offset
  for (size_t i : order) {
    bool dropped = false;
    while (!kept.empty() && end(elements[kept.back()]) > elements[i].offset) {
      if (kept.back() > i) {  // the one kept was given later: it wins
        dropped = true;
        break;
      }
      kept.pop_back();
    }
    if (!dropped) kept.push_back(i);
  }
  std::vector<InitElement> placed;
  for (size_t i : kept) placed.push_back(elements[i]);
  elements = std::move(placed);
}

}  // namespace

void Sema::checkInitializer(VarDecl* var, bool staticStorage) {
  Expr* init = var->init;
  const Type* type = var->type;
  var->initElements.clear();
  if (type->isArray()) {
    int64_t length = -1;  // what the initialiser gives, for "int a[]"
    if (init->kind == ExprKind::InitList) {
      length = initializeFromList(var, type, 0, static_cast<InitListExpr*>(init));
    } else if (!initializeCharArray(var, type, 0, init)) {
      diags_.error(init->begin, isCharType(type->base)
                                    ? "array initializer must be an initializer list or string literal"
                                    : "array initializer must be an initializer list",
                   init->length);
      return;
    }
    if (type->length < 0) {  // "int a[] = {1, 2, 3}": the initialiser completes the type
      if (length < 0) {  // a string
        const InitElement& first = var->initElements.front();
        length = static_cast<int64_t>(static_cast<const StringLiteralExpr*>(first.value)->bytes.size()) + 1;
        var->initElements.front().type = types_.arrayOf(type->base, length);
      }
      var->type = types_.arrayOf(type->base, length);
    }
  } else if (init->kind == ExprKind::InitList) {
    initializeFromList(var, type, 0, static_cast<InitListExpr*>(init));
  } else {
    initializeScalar(var, type, 0, init);
  }
  placeInOrder(var->initElements);
  if (staticStorage) foldStaticInitializer(var);
}

// The constant an element of a static object's initialiser folds to: an
// integer constant expression, an arithmetic one of floating type (its
// bits), or an address constant (C17 6.6p9).
std::optional<StaticValue> Sema::staticValue(const Expr* e) const {
  if (e->constant) return StaticValue{*e->constant};
  if (auto v = floatingValue(e)) return StaticValue{floatingBits(*v, e->type)};
  auto isStatic = [](const VarDecl* v) {
    return v && (v->place == VarPlace::Global || v->place == VarPlace::StaticLocal);
  };
  // The address of what `lvalue` designates.
  auto addressOf = [&](const Expr* lvalue) -> std::optional<StaticValue> {
    if (lvalue->kind == ExprKind::StringLiteral) {
      StaticValue v;
      v.string = static_cast<const StringLiteralExpr*>(lvalue);
      return v;
    }
    if (lvalue->kind == ExprKind::VarRef) {
      auto* ref = static_cast<const VarRefExpr*>(lvalue);
      StaticValue v;
      if (ref->function) v.symbol = ref->function;
      else if (isStatic(ref->decl)) v.symbol = ref->decl->canonical;
      else return std::nullopt;
      return v;
    }
    if (lvalue->kind == ExprKind::Subscript) {
      auto* sub = static_cast<const SubscriptExpr*>(lvalue);
      if (!sub->pointer || !sub->offset->constant) return std::nullopt;
      auto base = staticValue(sub->pointer);
      if (!base) return std::nullopt;
      base->value += *sub->offset->constant * abi::sizeOf(sub->type);
      return base;
    }
    return std::nullopt;
  };
  switch (e->kind) {
    case ExprKind::Cast: {
      auto* c = static_cast<const CastExpr*>(e);
      switch (c->castKind) {
        case CastKind::ArrayToPointer:
        case CastKind::FunctionToPointer:
          return addressOf(c->operand);
        case CastKind::PointerToPointer:
        case CastKind::IntegerToPointer:
        case CastKind::NullToPointer:
          return staticValue(c->operand);
        default:
          return std::nullopt;
      }
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op == UnaryOp::AddressOf) return addressOf(u->operand);
      return std::nullopt;
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      if (!e->type->isPointer() || (b->op != BinaryOp::Add && b->op != BinaryOp::Sub))
        return std::nullopt;
      const Expr* pointer = b->lhs->type->isPointer() ? b->lhs : b->rhs;
      const Expr* index = b->lhs->type->isPointer() ? b->rhs : b->lhs;
      auto base = staticValue(pointer);
      if (!base || !index->constant || base->stringBytes) return std::nullopt;
      int64_t step = *index->constant * abi::sizeOf(pointer->type->base);
      base->value += b->op == BinaryOp::Add ? step : -step;
      return base;
    }
    default:
      return std::nullopt;
  }
}

void Sema::foldStaticInitializer(VarDecl* var) {
  var->staticValues.clear();
  for (const InitElement& element : var->initElements) {
    if (element.type->isArray()) {  // a char array's string
      StaticValue v;
      v.string = static_cast<const StringLiteralExpr*>(element.value);
      v.stringBytes = true;
      var->staticValues.push_back(v);
      continue;
    }
    std::optional<StaticValue> v = staticValue(element.value);
    if (!v) {
      diags_.error(element.value->begin, "initializer element is not a compile-time constant",
                   element.value->length);
      v = StaticValue{};
    }
    var->staticValues.push_back(*v);
  }
}

}  // namespace sema_detail
}  // namespace minicc
