#include "driver/compile.h"

#include <filesystem>
#include <sstream>
#include <system_error>

#include "codegen/codegen.h"
#include "lexer/token_dump.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "sema/sema.h"
#include "support/large_stack.h"

namespace minicc {

CompileResult compile(const std::string& fileName, std::string source,
                      const CompileOptions& options, std::ostream& diagnosticsOut,
                      std::ostream* assemblyOut) {
  CompileResult result;
  DiagnosticOptions diagnosticOptions = options.diagnostics;
  diagnosticOptions.sortBySource = true;
  Diagnostics diags(diagnosticsOut, diagnosticOptions);
  // The sources outlive the pipeline: diags.flush() below sorts the held
  // diagnostics by their files, which the SourceManager owns.
  SourceManager sources;
  runWithLargeStack([&] {
    try {
      const SourceFile* file = sources.add(fileName, std::move(source));
      if (options.preprocessOnly || options.dump == DumpStage::Tokens) {
        std::vector<Token> tokens = preprocess(*file, sources, options.preprocessor, diags);
        if (diags.hasErrors()) return;
        std::ostringstream text;
        if (options.preprocessOnly)
          printPreprocessed(tokens, text);
        else
          dumpTokens(tokens, text);
        result.output = text.str();
        return;
      }
      AstContext ast;
      TranslationUnit unit;
      if (options.dump == DumpStage::Ast) {
        {
          PreprocessedTokens tokens(*file, sources, options.preprocessor, diags);
          unit = parse(tokens, ast, diags);
        }
        // Sema runs even after syntax errors, to report the independent ones too.
        analyze(unit, ast, diags);
        if (diags.hasErrors()) return;
        std::ostringstream text;
        FrameSlots slots = frameSlots(unit, options.codegen);
        dumpAst(unit, text, &slots);
        result.output = text.str();
        return;
      }
      CodegenOptions codegen = options.codegen;
      codegen.sourceBytes = file->text().size();
      if (codegen.debugInfo) {  // the unit's name and directory, as clang records them
        codegen.mainFileName = fileName;
        if (codegen.compilationDirectory.empty()) {
          std::error_code error;
          codegen.compilationDirectory = std::filesystem::current_path(error).string();
        }
      }
      // One declaration at a time through every stage: the parser hands
      // each to sema as soon as it is read (sema checks every one, even
      // after syntax errors, to report the independent errors too), a
      // function goes on to codegen while the file has no errors, and its
      // body's nodes go once its code is printed. So memory holds one
      // function's tree, not the file's.
      AssemblyGenerator generator(options.target, codegen, assemblyOut);
      SemanticChecker checker(unit, ast, diags);
      {
        PreprocessedTokens tokens(*file, sources, options.preprocessor, diags);
        parse(tokens, ast, diags, unit, [&](size_t first) {
          for (size_t i = first; i < unit.decls.size(); ++i) {
            Decl* decl = unit.decls[i];
            checker.check(decl);
            if (decl->kind != DeclKind::Function) continue;
            auto* fn = static_cast<FunctionDecl*>(decl);
            if (!fn->body) continue;
            if (!diags.hasErrors()) generator.function(*fn, unit);
            if (!checker.bodyOutlivesFunction()) releaseBody(*fn, ast);
          }
        });
      }
      checker.finish();
      if (diags.hasErrors()) return;
      result.output = generator.finish(unit);
    } catch (const FatalError&) {
      // Reported already (error limit, nesting, expansion size); stop here.
    }
  });
  diags.flush();
  result.errors = diags.errorCount();
  result.warnings = diags.warningCount();
  result.success = diags.errorCount() == 0;
  if (!result.success) result.output.clear();
  return result;
}

}  // namespace minicc
