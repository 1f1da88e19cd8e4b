// Structures and unions (C17 6.7.2.1, 6.5.2.3): their definitions are
// checked and laid out where they stand, members are found by name (also
// through anonymous members), and "." and "->" are typed.
#include <algorithm>

#include "codegen/abi.h"
#include "sema/sema_internal.h"

namespace minicc {
namespace sema_detail {

namespace {

// How many single-character edits turn `a` into `b` (Levenshtein), for
// "did you mean" suggestions.
size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Every member name reachable in `record`, anonymous members opened.
void memberNames(const Record& record, std::vector<const Member*>& out) {
  for (const Member& m : record.members) {
    if (m.name.empty() && m.type->isRecord())
      memberNames(*m.type->record, out);
    else
      out.push_back(&m);
  }
}

}  // namespace

std::optional<FoundMember> findMember(const Record& record, std::string_view name) {
  for (const Member& m : record.members) {
    if (m.name == name) return FoundMember{&m, m.type, m.offset};
    if (m.name.empty() && m.type->isRecord()) {
      if (auto inner = findMember(*m.type->record, name)) {
        inner->offset += m.offset;
        return inner;
      }
    }
  }
  return std::nullopt;
}

// A definition's members: each of a complete object type (the last of a
// struct may be a flexible array, "char data[];", C17 6.7.2.1p18), no name
// twice; then the layout.
void Sema::tagDefinition(TagDecl* tag) {
  Record& record = *tag->type->record;
  if (record.complete || layingOut_.count(&record)) return;
  layingOut_.insert(&record);
  std::vector<const Member*> seen;
  for (size_t i = 0; i < record.members.size(); ++i) {
    Member& m = record.members[i];
    m.type = resolveType(m.type, m.loc, m.name);  // lays out a record defined in a type name
    const bool last = i + 1 == record.members.size();
    if (m.type->isArray() && m.type->length < 0 && last && !record.isUnion && i > 0) {
      types_.setLength(m.type, 0);  // a flexible array member takes no room
    } else if (m.type->isArray() && m.type->length < 0) {
      diags_.error(m.loc, "flexible array member '" + std::string(m.name) + "' " +
                              (record.isUnion ? "in a union is not allowed"
                               : last         ? "not allowed in otherwise empty struct"
                                              : "with type " + quotedType(m.type) +
                                                    " is not at the end of struct"),
                   m.name.size());
      m.type = types_.arrayOf(m.type->base, 1);
    } else if (m.type->isIncomplete()) {
      diags_.error(m.loc, "field has incomplete type " + quotedType(m.type),
                   std::max<size_t>(m.name.size(), 1));
      if (m.type->isRecord()) diags_.note(m.type->record->loc, "forward declaration of " + quotedType(m.type));
      m.type = types_.intType();
    }
    std::vector<const Member*> names;
    if (m.name.empty()) {
      memberNames(*m.type->record, names);
    } else {
      names.push_back(&m);
    }
    for (const Member* named : names) {
      auto previous = std::find_if(seen.begin(), seen.end(),
                                   [&](const Member* p) { return p->name == named->name; });
      if (previous != seen.end()) {
        diags_.error(named->loc, "duplicate member '" + std::string(named->name) + "'",
                     named->name.size());
        diags_.note((*previous)->loc, "previous declaration is here",
                    static_cast<unsigned>(named->name.size()));
      } else {
        seen.push_back(named);
      }
    }
  }
  abi::layoutRecord(record);
  layingOut_.erase(&record);
}

// "s.m" and "p->m": the member's type, qualified as the object is (C17
// 6.5.2.3p3); an lvalue when the structure is one, or always through "->".
const Type* Sema::checkMember(MemberExpr* e) {
  const Type* recordType = nullptr;
  if (e->arrow) {
    e->base = value(e->base);
    const Type* t = e->base->type;
    if (t->isPointer() && t->base->isRecord()) {
      recordType = t->base;
    } else if (t->isRecord()) {
      diags_.error(e->loc, "member reference type " + quotedType(t) +
                               " is not a pointer; did you mean to use '.'?", 2);
      recordType = t;
    } else {
      diags_.error(e->loc, "member reference type " + quotedType(t) + " is not a pointer", 2);
      return types_.intType();
    }
  } else {
    const Type* t = checkExpr(e->base);
    if (t->isRecord()) {
      recordType = t;
    } else if (t->isPointer() && t->base->isRecord()) {
      diags_.error(e->loc, "member reference type " + quotedType(t) +
                               " is a pointer; did you mean to use '->'?");
      e->base = value(e->base);
      e->arrow = true;
      recordType = t->base;
    } else {
      diags_.error(e->loc, "member reference base type " + quotedType(t) +
                               " is not a structure or union");
      return types_.intType();
    }
  }
  const Record& record = *recordType->record;
  if (!record.complete) {
    diags_.error(e->loc, "incomplete definition of type " + quotedType(recordType), e->length);
    diags_.note(record.loc, "forward declaration of " + quotedType(recordType->unqualified),
                static_cast<unsigned>(std::max<size_t>(record.tag.size(), 1)));
    return types_.intType();
  }
  auto found = findMember(record, e->member);
  if (!found) {
    std::string message = "no member named '" + std::string(e->member) + "' in " +
                          quotedType(recordType->unqualified);
    // A suggestion only for a name within a third of its length in edits.
    std::vector<const Member*> names;
    memberNames(record, names);
    const Member* best = nullptr;
    size_t bestDistance = e->member.size() / 3 + 1;
    for (const Member* m : names) {
      size_t d = editDistance(e->member, m->name);
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    if (best) message += "; did you mean '" + std::string(best->name) + "'?";
    diags_.error(e->memberLoc, message, static_cast<unsigned>(e->member.size()));
    if (best) diags_.note(best->loc, "'" + std::string(best->name) + "' declared here",
                          static_cast<unsigned>(best->name.size()));
    return types_.intType();
  }
  e->offset = found->offset;
  e->isLvalue = e->arrow || e->base->isLvalue;
  return types_.qualified(found->type, recordType->isConst, recordType->isVolatile);
}

// __builtin_offsetof(type, a.b[2]) (C17 7.19p3): an integer constant, 0
// after an error (reported at the offsetof, as clang does), so that an
// initialiser using it does not fail a second time.
const Type* Sema::checkOffsetof(BuiltinExpr* e) {
  const Type* type = resolveType(e->typeOperand, e->typeLoc);
  int64_t offset = 0;
  auto fail = [&](SourceLoc at, const std::string& message) {
    diags_.error(at, message, e->length);
    e->constant = 0;
    return types_.sizeType();
  };
  for (const BuiltinExpr::Step& step : e->designator) {
    if (step.index) {
      Expr* index = value(step.index);
      if (!type->isArray() || !index->constant)
        return fail(step.loc, type->isArray() ? "expression is not an integer constant expression"
                                              : "subscripted value is not an array");
      type = type->base;
      offset += *index->constant * abi::sizeOf(type);
      continue;
    }
    if (!type->isRecord() || !type->record->complete)
      return fail(e->loc, type->isRecord() ? "offsetof of incomplete type " + quotedType(type)
                                           : "offsetof requires struct, union, or class type, " +
                                                 quotedType(type) + " invalid");
    auto found = findMember(*type->record, step.member);
    if (!found)
      return fail(e->loc, "no member named '" + std::string(step.member) + "' in " + quotedType(type));
    offset += found->offset;
    type = found->type;
  }
  e->constant = offset;
  return types_.sizeType();
}

}  // namespace sema_detail
}  // namespace minicc
