// --dump-ast: the tree after sema as indented text, one node per line, for
// people learning how C is represented and for tests. Frame slots belong to
// code generation: the caller may hand them in (codegen's frameSlots) to be
// shown on each parameter and local.
#pragma once

#include <ostream>
#include <unordered_map>

#include "parser/ast.h"

namespace minicc {

// Each line is a node: its kind (the struct's name in ast.h), where it was
// written, then what sema resolved — its type in quotes, a variable's place
// and storage, what a name refers to, a folded constant. Children follow,
// indented two spaces deeper:
//
//   FunctionDecl t.c:1:5 main 'int (void)' definition
//     CompoundStmt t.c:1:16
//       ReturnStmt t.c:1:18
//         IntLiteralExpr t.c:1:25 0 'int' constant=0
// Where each parameter and local lives: its offset from %rbp.
using FrameSlots = std::unordered_map<const VarDecl*, int>;

void dumpAst(const TranslationUnit& unit, std::ostream& out, const FrameSlots* slots = nullptr);

}  // namespace minicc
