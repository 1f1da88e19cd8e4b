// Instruction selection for statements: control flow as labels and jumps, and
// switch as a jump table or a chain of compares.
#include "codegen/function_codegen_internal.h"
#include "codegen/why_notes.h"

#include <algorithm>
#include <cstdint>

namespace minicc {
namespace codegen_detail {

// ------------------------------------------------------------ statements

FunctionCodegen::Label FunctionCodegen::userLabel(const LabelStmt* label) {
  auto [it, inserted] = userLabels_.emplace(label, 0);
  if (inserted) it->second = newLabel();
  return it->second;
}

void FunctionCodegen::genLocalDeclaration(const DeclStmt* s) {
  for (const Decl* d : s->decls) {
    if (d->kind != DeclKind::Variable) continue;
    const auto* var = static_cast<const VarDecl*>(d);
    declareInScope(var);
    if (var->place == VarPlace::Local && !var->initElements.empty()) genLocalInitializer(var);
  }
}

// A local's initialiser: a scalar is one assignment; of an array or a
// structure, the bytes no element gives are zeroed (C17 6.7.9p21), padding
// included, and then each element given is stored, a string's bytes eight
// at a time, a structure member copied.
void FunctionCodegen::genLocalInitializer(const VarDecl* var) {
  if (!var->type->isAggregate()) {
    assignValue(address(var), var->type, var->initElements.front().value);
    return;
  }
  Operand object = address(var);
  const int64_t size = abi::sizeOf(var->type);
  std::vector<bool> given(static_cast<size_t>(size), false);
  for (const InitElement& element : var->initElements) {
    // A zero is left to the zeroing, which then covers it with its neighbours.
    if (!element.type->isAggregate() && element.value->constant && *element.value->constant == 0)
      continue;
    int64_t end = std::min(size, element.offset + abi::sizeOf(element.type));
    if (element.type->isArray())  // a string gives its bytes; its NUL and the rest are zeroed
      end = std::min(end, element.offset + static_cast<int64_t>(static_cast<const StringLiteralExpr*>(
                                                                    element.value)->bytes.size()));
    for (int64_t i = element.offset; i < end; ++i) given[static_cast<size_t>(i)] = true;
  }
  for (int64_t start = 0; start < size;) {
    if (given[static_cast<size_t>(start)]) {
      ++start;
      continue;
    }
    int64_t end = start;
    while (end < size && !given[static_cast<size_t>(end)]) ++end;
    Operand gap = object;
    gap.value += start;
    zeroFill(gap, end - start);
    start = end;
  }
  for (const InitElement& element : var->initElements) {
    Operand at = object;
    at.value += element.offset;
    if (element.type->isArray()) {  // a char array's string
      std::string_view bytes = static_cast<const StringLiteralExpr*>(element.value)->bytes;
      bytes = bytes.substr(0, std::min<size_t>(bytes.size(), abi::sizeOf(element.type)));
      for (size_t i = 0; i < bytes.size();) {
        size_t chunk = bytes.size() - i >= 8 ? 8 : bytes.size() - i >= 4 ? 4 : bytes.size() - i >= 2 ? 2 : 1;
        uint64_t value = 0;
        for (size_t k = 0; k < chunk; ++k)
          value |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i + k])) << (8 * k);
        Operand piece = at;
        piece.value += static_cast<int64_t>(i);
        storeConstant(static_cast<int64_t>(value), static_cast<int64_t>(chunk), piece);
        i += chunk;
      }
      continue;
    }
    if (element.type->isRecord()) {
      // A call's result can go straight into the new object.
      const int64_t size = abi::sizeOf(element.type);
      if (element.value->kind != ExprKind::Call)
        copyObject(genAggregate(element.value), at, size);
      else if (!genCall(static_cast<const CallExpr*>(element.value), &at, true))
        copyObject(mach::mem(kAccumulator), at, size);  // from the call's own slot
      continue;
    }
    if (element.value->constant) {
      if (*element.value->constant != 0)  // zero is there already
        storeConstant(*element.value->constant, abi::sizeOf(element.type), at);
      continue;
    }
    genExpr(element.value);
    storeValue(element.type->isFloating() ? kFloatingAccumulator : kAccumulator, element.type, at);
  }
}

// Zeroes `size` bytes at `object`: a few stores, or memset for a large object.
void FunctionCodegen::zeroFill(const Operand& object, int64_t size) {
  constexpr int64_t kLargestUnrolled = 128;
  if (size > kLargestUnrolled) {
    const Reg* args = abi::kIntegerArgumentRegisters;
    emit(Opcode::Lea, Width::Q, object, mach::reg(args[0], Width::Q));
    emit(Opcode::Xor, Width::L, mach::reg(args[1], Width::L), mach::reg(args[1], Width::L));
    emit(Opcode::Mov, Width::Q, mach::imm(size), mach::reg(args[2], Width::Q));
    callLibrary("memset");
    return;
  }
  for (int64_t done = 0; done < size;) {
    int64_t chunk = size - done >= 8 ? 8 : size - done >= 4 ? 4 : size - done >= 2 ? 2 : 1;
    Operand piece = object;
    piece.value += done;
    storeConstant(0, chunk, piece);
    done += chunk;
  }
}

// switch (C17 6.8.4.2): the body is generated once, with each case as a
// label; the dispatch before it is a jump table when the cases are dense
// enough, and otherwise a chain of compares.
void FunctionCodegen::genSwitch(const SwitchStmt* s) {
  Label end = newLabel();
  genExpr(s->cond);
  for (const CaseStmt* c : s->cases) caseLabels_[c] = newLabel();
  Label otherwise = end;
  if (s->defaultStmt) otherwise = caseLabels_[s->defaultStmt] = newLabel();

  if (!genSwitchTable(s, otherwise)) {
    const Width width = registerWidth(s->cond->type);
    for (const CaseStmt* c : s->cases) {
      Operand value = mach::imm(c->caseValue);
      if (!fitsInImmediate(c->caseValue)) {
        emit(Opcode::Movabs, Width::Q, value, mach::reg(kScratch, Width::Q));
        value = mach::reg(kScratch, Width::Q);
      }
      emit(Opcode::Cmp, width, value, mach::reg(kAccumulator, width));
      jumpIf(Cond::E, caseLabels_[c]);
    }
    jump(otherwise);
  }
  breakLabels_[s] = end;
  genStmt(s->body);
  placeLabel(end);
}

// Tables pay off from about four cases, and only while at least a third of
// the entries between the lowest and highest case are real cases.
bool FunctionCodegen::genSwitchTable(const SwitchStmt* s, Label otherwise) {
  constexpr size_t kMinCases = 4;
  constexpr int64_t kMaxEntries = 4096;
  if (!options_.jumpTables || s->cases.size() < kMinCases) return false;
  if (registerWidth(s->cond->type) != Width::L) return false;  // a 64-bit switch compares
  int64_t low = INT64_MAX, high = INT64_MIN;
  for (const CaseStmt* c : s->cases) {
    low = std::min<int64_t>(low, c->caseValue);
    high = std::max<int64_t>(high, c->caseValue);
  }
  int64_t entries = high - low + 1;
  if (entries > kMaxEntries || entries > 3 * static_cast<int64_t>(s->cases.size())) return false;

  mach::JumpTable table;
  table.symbol.kind = mach::Symbol::Kind::JumpTable;
  table.symbol.index = static_cast<int>(out_.jumpTables.size());
  table.targets.assign(entries, otherwise);
  for (const CaseStmt* c : s->cases) table.targets[c->caseValue - low] = caseLabels_.at(c);

  // Values below `low` wrap around to large unsigned numbers, so one
  // unsigned compare ("ja") catches both ends of the range.
  const Operand value = mach::reg(kAccumulator, Width::L);
  if (low != 0) emit(Opcode::Sub, Width::L, mach::imm(low), value).note = why::kTableBase;
  emit(Opcode::Cmp, Width::L, mach::imm(entries - 1), value).note = why::kTableRange;
  jumpIf(Cond::A, otherwise);
  current().insts.back().note = why::kTableOutside;
  // Each entry holds its target's distance from the table, so the code
  // needs no absolute addresses (position-independent, as cc links it).
  const Operand tableAddress = mach::reg(kScratch, Width::Q);
  const Operand entry = mach::reg(kAccumulator, Width::Q);
  emit(Opcode::Lea, Width::Q, mach::ripRelative(table.symbol), tableAddress).note = why::kTableAddress;
  emitExtend(Opcode::Movsx, Width::L, Width::Q, mach::memIndexed(kScratch, kAccumulator, 4), entry);
  current().insts.back().note = why::kTableEntry;
  emit(Opcode::Add, Width::Q, tableAddress, entry).note = why::kTableTarget;
  emit(Opcode::JmpIndirect, Width::Q, entry).note = why::kTableJump;
  out_.jumpTables.push_back(std::move(table));
  return true;
}

// -fverbose-asm: "fun.c:4: return a + b + c;" at the end of the line of a
// statement's first instruction (emit() puts it there).
void FunctionCodegen::annotateSource(const Stmt* s) {
  if (!options_.verboseAsm || s->kind == StmtKind::Compound || !s->loc.valid() ||
      s->loc.line == annotatedLine_)
    return;
  annotatedLine_ = s->loc.line;
  std::string_view text = s->loc.file->lineText(s->loc.line);
  size_t first = text.find_first_not_of(" \t");
  text = first == std::string_view::npos ? std::string_view() : text.substr(first);
  pendingSource_ = out_.keepText(s->loc.file->name() + ":" + std::to_string(s->loc.line) + ": " +
                                 std::string(text));
}

void FunctionCodegen::genStmt(const Stmt* s) {
  annotateSource(s);
  markStatement(s);
  switch (s->kind) {
    case StmtKind::Compound:
      openScope(s);
      for (const Stmt* c : static_cast<const CompoundStmt*>(s)->body) genStmt(c);
      closeScope(s);
      return;
    case StmtKind::Decl:
      genLocalDeclaration(static_cast<const DeclStmt*>(s));
      return;
    case StmtKind::Expr:
      if (const Expr* e = static_cast<const ExprStmt*>(s)->expr) genEffect(e);
      return;
    case StmtKind::If: {
      const auto* i = static_cast<const IfStmt*>(s);
      Label elseLabel = newLabel();
      genCondJump(i->cond, false, elseLabel);
      genStmt(i->thenStmt);
      if (i->elseStmt) {
        Label end = newLabel();
        jump(end);
        placeLabel(elseLabel);
        genStmt(i->elseStmt);
        placeLabel(end);
      } else {
        placeLabel(elseLabel);
      }
      return;
    }
    case StmtKind::While: {
      const auto* w = static_cast<const WhileStmt*>(s);
      Label head = newLabel();
      Label end = newLabel();
      breakLabels_[s] = end;
      continueLabels_[s] = head;
      placeLabel(head);
      markPosition(w->cond->begin);
      genCondJump(w->cond, false, end);
      genStmt(w->body);
      jump(head);
      placeLabel(end);
      return;
    }
    case StmtKind::DoWhile: {
      const auto* d = static_cast<const DoWhileStmt*>(s);
      Label top = newLabel();
      Label next = newLabel();
      Label end = newLabel();
      breakLabels_[s] = end;
      continueLabels_[s] = next;
      placeLabel(top);
      genStmt(d->body);
      placeLabel(next);
      markPosition(d->cond->begin);
      genCondJump(d->cond, true, top);
      placeLabel(end);
      return;
    }
    case StmtKind::For: {
      const auto* f = static_cast<const ForStmt*>(s);
      const bool declares = f->init && f->init->kind == StmtKind::Decl;
      if (declares) openScope(s);
      if (f->init) genStmt(f->init);
      Label head = newLabel();
      Label next = newLabel();
      Label end = newLabel();
      breakLabels_[s] = end;
      continueLabels_[s] = next;
      placeLabel(head);
      if (f->cond) {  // the condition and the step have positions of their own, as in clang
        markPosition(f->cond->begin);
        genCondJump(f->cond, false, end);
      }
      genStmt(f->body);
      placeLabel(next);
      if (f->step) {
        markPosition(f->step->begin);
        genEffect(f->step);
      }
      jump(head);
      placeLabel(end);
      if (declares) closeScope(s);
      return;
    }
    case StmtKind::Return: {
      const auto* r = static_cast<const ReturnStmt*>(s);
      if (r->value) {
        if (fn_.type->base->isVoid())
          genEffect(r->value);
        else if (fn_.type->base->isRecord())
          genRecordReturn(r->value);
        else
          genExpr(r->value);
      }
      jump(returnLabel_);
      return;
    }
    case StmtKind::Break:
      jump(breakLabels_.at(static_cast<const JumpStmt*>(s)->target));
      return;
    case StmtKind::Continue:
      jump(continueLabels_.at(static_cast<const JumpStmt*>(s)->target));
      return;
    case StmtKind::Switch:
      genSwitch(static_cast<const SwitchStmt*>(s));
      return;
    case StmtKind::Case:
    case StmtKind::Default: {
      const auto* c = static_cast<const CaseStmt*>(s);
      auto it = caseLabels_.find(c);
      if (it != caseLabels_.end()) placeLabel(it->second);
      genStmt(c->body);
      return;
    }
    case StmtKind::Label: {
      const auto* l = static_cast<const LabelStmt*>(s);
      placeLabel(userLabel(l));
      genStmt(l->body);
      return;
    }
    case StmtKind::Goto:
      jump(userLabel(static_cast<const GotoStmt*>(s)->target));
      return;
  }
}

}  // namespace codegen_detail
}  // namespace minicc
