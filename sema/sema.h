// Semantic analysis: resolves every name, gives every expression its type,
// folds constant expressions and checks the rules of C that the grammar
// cannot. It knows no target: frames and sizes are codegen's. It hands back the same tree, complete
// for codegen (see the "sema:" fields in parser/ast.h).
#pragma once

#include "parser/ast.h"
#include "support/diagnostics.h"

namespace minicc {

void analyze(TranslationUnit& unit, AstContext& ast, Diagnostics& diags);

}  // namespace minicc
