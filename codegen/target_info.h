// Everything that differs between the targets' assembly, in one table.
#pragma once

#include <string>
#include <string_view>

#include "support/target.h"

namespace minicc {

struct TargetInfo {
  std::string_view symbolPrefix;       // C names get this prefix: "" or "_"
  std::string_view localLabelPrefix;   // ".L" (ELF) or "L" (Mach-O)
  std::string_view stringLabelBase;    // ".L.str" or "L_.str"
  std::string_view textSection;        // the directive that opens code
  std::string_view cstringSection;     // where string literals go
  std::string_view dataSection;        // initialised globals
  std::string_view bssSection;         // zero globals (ELF; Mach-O uses .zerofill)
  std::string_view readOnlySection;    // const globals that need no relocation
  bool elfSymbolInfo;                  // .type/.size directives
  std::string_view jumpTableSection;   // where switch tables go; empty: in the code,
                                       // marked as data (.data_region jt32), as on Mach-O
  std::string_view trailer;            // the file's last line
  bool trailerInColumnZero;            // Mach-O's .subsections_via_symbols is, as clang writes it
  bool epilogueCfi;                    // .cfi_def_cfa after the epilogue's pop (clang: not on Mach-O)
  // A function's floating constants (its mach::PoolConstant), which go
  // before its code in sections of literals of one size, 4, 8 or 16 bytes,
  // that the linker may merge.
  std::string_view literal4Section, literal8Section, literal16Section;

  std::string_view literalSection(int bytes) const {
    return bytes == 4 ? literal4Section : bytes == 16 ? literal16Section : literal8Section;
  }
};

const TargetInfo& targetInfo(Target target);

}  // namespace minicc
