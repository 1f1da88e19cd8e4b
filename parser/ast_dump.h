// --dump-ast: the tree after sema as indented text, one node per line, for
// people learning how C is represented and for tests. Frame offsets are left
// out on purpose: they belong to code generation, not to the tree.
#pragma once

#include <ostream>

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
void dumpAst(const TranslationUnit& unit, std::ostream& out);

}  // namespace minicc
