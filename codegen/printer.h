// A printer renders machine code in one notation. Code generation hands it
// the file piece by piece — each function as soon as it is selected and laid
// out (and then frees it), then the data, then the string literals — and
// the printer decides every spelling: mnemonics, registers, addresses,
// directives, sections and comments.
#pragma once

#include <memory>
#include <string>

#include "codegen/codegen.h"
#include "codegen/debug_info.h"
#include "codegen/machine.h"
#include "codegen/string_table.h"
#include "codegen/target_info.h"

namespace minicc {

class Printer {
 public:
  virtual ~Printer() = default;
  virtual void beginFile() = 0;
  virtual void function(const mach::MachineFunction& f) = 0;
  virtual void data(const mach::DataObject& object) = 0;
  virtual void strings(const StringTable& table) = 0;
  virtual void debugInfo(const debug::Unit& unit) = 0;  // -g: after everything else
  virtual std::string endFile() = 0;  // the whole listing, or what drainInto has not had
  // Hands the listing so far to `out` in pieces of some tens of kilobytes,
  // so that a large one is never held whole.
  virtual void drainInto(std::ostream& out) = 0;
};

std::unique_ptr<Printer> makeGasPrinter(const TargetInfo& target, bool intelSyntax,
                                        const CodegenOptions& options);
std::unique_ptr<Printer> makePlan9Printer(const CodegenOptions& options);

}  // namespace minicc
