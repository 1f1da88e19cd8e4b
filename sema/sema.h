// Semantic analysis: resolves every name, gives every expression its type,
// folds constant expressions, checks the rules of C that the grammar cannot,
// and lays out each function's frame. It hands back the same tree, complete
// for codegen (see the "sema:" fields in parser/ast.h).
#pragma once

#include "parser/ast.h"
#include "support/diagnostics.h"

namespace minicc {

void analyze(TranslationUnit& unit, AstContext& ast, Diagnostics& diags);

}  // namespace minicc
