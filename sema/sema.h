// Semantic analysis: resolves every name, gives every expression its type,
// folds constant expressions and checks the rules of C that the grammar
// cannot. It knows no target: frames and sizes are codegen's. It hands back the same tree, complete
// for codegen (see the "sema:" fields in parser/ast.h).
#pragma once

#include <memory>

#include "parser/ast.h"
#include "support/diagnostics.h"

namespace minicc {

void analyze(TranslationUnit& unit, AstContext& ast, Diagnostics& diags);

namespace sema_detail {
class Sema;
}

// The same a declaration at a time, as the parser makes them: a function
// can go on to codegen as soon as it is checked.
class SemanticChecker {
 public:
  SemanticChecker(TranslationUnit& unit, AstContext& ast, Diagnostics& diags);
  ~SemanticChecker();
  // One file-scope declaration; every earlier one was checked before.
  void check(Decl* decl);
  // After a function definition: whether something that lasts the whole
  // file (a static local, a declaration with linkage) points into its body,
  // which must then be kept.
  bool bodyOutlivesFunction() const;
  // The checks that need the whole file (tentative definitions, static
  // functions never defined).
  void finish();

 private:
  std::unique_ptr<sema_detail::Sema> sema_;
};

}  // namespace minicc
