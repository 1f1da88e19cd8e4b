// The diagnostics engine: the one place that formats, counts and limits
// errors, warnings and notes. Stages report here; they never print or exit.
//
//   fun.c:3:12: error: use of undeclared identifier 'b'
//       return b;
//              ^
#pragma once

#include <exception>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace minicc {

enum class Severity { Note, Warning, Error };

struct DiagnosticOptions {
  bool color = false;             // ANSI colours, as clang on a terminal
  bool warningsAsErrors = false;  // -Werror
  bool suppressWarnings = false;  // -w
  unsigned errorLimit = 20;       // -ferror-limit=N; 0 means no limit
  std::set<std::string> disabledWarnings;  // -Wno-NAME
  // Hold diagnostics until flush() and print them in source order. The stages
  // run one after another, so without this a syntax error on line 9 would be
  // printed before a semantic error on line 2.
  bool sortBySource = false;
  // Count diagnostics without formatting or printing them (a dry run that
  // only asks "any problems?", cheap even for a million of them).
  bool countOnly = false;
};

// Thrown after a diagnostic that ends the compilation: the error limit was
// reached, nesting is too deep, a macro expansion is too large. The driver
// catches it and stops; what was reported stands.
struct FatalError : std::exception {
  const char* what() const noexcept override { return "compilation stopped"; }
};

class Diagnostics {
 public:
  Diagnostics(std::ostream& out, DiagnosticOptions options);

  // `length` is how many columns the offending text spans (underlined ~~~).
  void error(SourceLoc loc, std::string_view message, unsigned length = 1);
  // `flag` names the warning as in -Wflag (e.g. "unused-variable").
  void warning(SourceLoc loc, std::string_view message, std::string_view flag,
               unsigned length = 1);
  // A note belongs to the error or warning before it and is shown only if that was.
  void note(SourceLoc loc, std::string_view message, unsigned length = 1);
  // An error that belongs to no place in the source (bad option, missing file).
  void errorNoLoc(std::string_view message);

  // Prints what sortBySource held back, in order of file, line and column.
  void flush();

  unsigned errorCount() const { return errors_; }
  unsigned warningCount() const { return warnings_; }
  bool hasErrors() const { return errors_ > 0; }
  const DiagnosticOptions& options() const { return options_; }

 private:
  void emit(Severity severity, SourceLoc loc, std::string_view message,
            std::string_view flag, unsigned length);
  void printSnippet(std::ostream& out, SourceLoc loc, unsigned length);

  // A diagnostic held back for sorting, with the notes that belong to it.
  struct Held {
    SourceLoc loc;
    std::string text;
  };

  std::ostream& out_;
  std::vector<Held> held_;
  DiagnosticOptions options_;
  unsigned errors_ = 0;
  unsigned warnings_ = 0;
  bool lastShown_ = false;  // whether the last error or warning was printed
};

}  // namespace minicc
