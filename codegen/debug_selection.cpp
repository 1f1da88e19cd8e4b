// -g during instruction selection: where each statement's code begins (Loc
// pseudo-instructions, which the GNU printer writes as .loc lines for the
// assembler's line table, DWARF 5 section 6.2) and which nested block
// declares which variable (LexicalScopes between two DebugLabels, from which
// codegen/debug_info.cpp makes DW_TAG_lexical_block entries).
//
// All of it reads the tree as it is selected; sema records nothing extra.
#include "codegen/function_codegen_internal.h"

namespace minicc {
namespace codegen_detail {

// A Loc for the instructions that follow, or the one just made when no code
// came after it (two positions at one address: the later wins; a scope's
// label between them has that address too). The function's start and the
// body's first position stay two even then: frame layout puts the prologue
// between them.
mach::Inst& FunctionCodegen::position(SourceLoc loc, uint32_t column) {
  std::vector<mach::Inst>& insts = current().insts;
  auto last = insts.rbegin();
  while (last != insts.rend() && last->op == Opcode::DebugLabel) ++last;
  const bool reuse = prologueEnded_ && last != insts.rend() && last->op == Opcode::Loc;
  mach::Inst& inst = reuse ? *last : emit(Opcode::Loc, Width::L);
  inst.operandCount = 2;
  inst.operands[0] = mach::imm(loc.line);
  inst.operands[1] = mach::imm(column);
  inst.text = loc.file->name();
  return inst;
}

// The function's first line, column 0, as clang marks it: the prologue
// (which frame layout puts after this) belongs to it.
void FunctionCodegen::markFunctionStart() {
  if (options_.debugInfo && fn_.loc.valid()) position(fn_.loc, 0);
}

void FunctionCodegen::markPosition(SourceLoc loc) {
  if (!options_.debugInfo || !loc.valid()) return;
  mach::Inst& inst = position(loc, loc.col);
  // The first position in the body ends the prologue: gdb puts a breakpoint
  // on a function there (DWARF 5 section 6.2.5.1, prologue_end).
  if (!prologueEnded_) {
    inst.locFlags |= mach::kLocPrologueEnd;
    prologueEnded_ = true;
  }
}

// Statements that make code get a position; a block, a case label or a
// user label leaves it to the statement inside.
void FunctionCodegen::markStatement(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Compound:
    case StmtKind::Case:
    case StmtKind::Default:
    case StmtKind::Label:
      return;
    default:
      markPosition(s->loc);
  }
}

// A block opens a scope, and so does a for loop that declares its counter
// (C17 6.8.5p5). The function's body is scope 0, opened by run().
void FunctionCodegen::openScope(const Stmt* s) {
  if (!options_.debugInfo || s == fn_.body) return;
  mach::LexicalScope scope;
  scope.parent = scope_;
  scope.beginLabel = out_.debugLabels++;
  emit(Opcode::DebugLabel, Width::L, mach::imm(scope.beginLabel));
  scope_ = static_cast<int>(out_.scopes.size());
  out_.scopes.push_back(std::move(scope));
}

void FunctionCodegen::closeScope(const Stmt* s) {
  if (!options_.debugInfo || s == fn_.body) return;
  mach::LexicalScope& scope = out_.scopes[scope_];
  scope.endLabel = out_.debugLabels++;
  emit(Opcode::DebugLabel, Width::L, mach::imm(scope.endLabel));
  scope_ = scope.parent;
}

void FunctionCodegen::declareInScope(const VarDecl* var) {
  if (!options_.debugInfo) return;
  if (var->place == VarPlace::Local || var->place == VarPlace::StaticLocal)
    out_.scopes[scope_].variables.push_back(var);
}

}  // namespace codegen_detail
}  // namespace minicc
