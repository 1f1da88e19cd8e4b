// Code generation: the checked tree in, x86-64 assembly text out (System V
// AMD64 ABI), by way of machine instructions (codegen/machine.h) that one of
// three printers renders: AT&T (the default, clang's layout), Intel, or the
// Plan 9 notation of Go's assembler.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>

#include "parser/ast.h"
#include "support/target.h"

namespace minicc {

enum class Notation { Att, Intel, Plan9 };

struct CodegenOptions {
  Notation notation = Notation::Att;
  // A dense switch of 4 or more cases jumps through a table rather than a
  // chain of compares (-fno-jump-tables turns this off, as in clang). Go's
  // assembler cannot write a table of label differences, so Plan 9 listings
  // never use one.
  bool jumpTables = true;
  // -fverbose-asm: comments that tie the assembly to the C source — each
  // statement's line before its code, and where each variable lives.
  bool verboseAsm = false;
  // .cfi_* call-frame information, for debuggers and unwinders
  // (-fno-asynchronous-unwind-tables leaves it out, as in gcc and clang).
  bool unwindTables = true;
  // -g: line tables (.file/.loc) and DWARF 5 debug information for gdb.
  // GNU listings only: Plan 9 listings leave it out (Go's assembler writes
  // its own), and so do Mach-O ones (DWARF goes into __DWARF there; not yet).
  bool debugInfo = false;
  // -O (also -O1, -O2 ...): variables in registers, fewer moves and jumps,
  // leaf functions without a frame (codegen/optimize/optimize.h).
  bool optimize = false;
  std::string compilationDirectory;  // -g: DW_AT_comp_dir, where relative file names start
  std::string mainFileName;          // -g: DW_AT_name, the file the unit was compiled from
  // The C source's size in bytes, from which the printers guess the
  // listing's (0: no guess).
  size_t sourceBytes = 0;
};

// The guess: plain listings take about seven bytes for each byte of C.
inline size_t expectedListingBytes(const CodegenOptions& options) {
  return options.sourceBytes * 8;
}

std::string generateAssembly(const TranslationUnit& unit, Target target,
                             const CodegenOptions& options = {});
// The same written to `out` as it is made, a function at a time.
void generateAssembly(const TranslationUnit& unit, Target target, const CodegenOptions& options,
                      std::ostream& out);

// The same a function at a time, as sema finishes them: each is printed
// (to `stream`, if given) before the next is read.
class AssemblyGenerator {
 public:
  AssemblyGenerator(Target target, const CodegenOptions& options, std::ostream* stream);
  ~AssemblyGenerator();
  // A checked function definition; `unit` holds the declarations before it.
  void function(const FunctionDecl& fn, const TranslationUnit& unit);
  // The variables with static storage, the strings, the debug information
  // and the file's trailer: the rest of the text, or "" after a stream.
  std::string finish(const TranslationUnit& unit);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Where the back end puts each parameter and local of every function
// definition: its offset from %rbp (for --dump-ast).
std::unordered_map<const VarDecl*, int> frameSlots(const TranslationUnit& unit,
                                                    const CodegenOptions& options = {});

}  // namespace minicc
