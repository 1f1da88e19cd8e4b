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
      {
        // The parser reads the tokens as the preprocessor makes them and
        // keeps only those of the declaration it is in: the tree points into
        // the source files, not at tokens.
        PreprocessedTokens tokens(*file, sources, options.preprocessor, diags);
        unit = parse([&] { return tokens.next(); }, ast, diags);
      }
      // Sema runs even after syntax errors, to report the independent ones too.
      analyze(unit, ast, diags);
      if (diags.hasErrors()) return;
      if (options.dump == DumpStage::Ast) {
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
      if (assemblyOut)
        generateAssembly(unit, options.target, codegen, *assemblyOut);
      else
        result.output = generateAssembly(unit, options.target, codegen);
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
