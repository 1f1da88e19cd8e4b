#include "codegen/gas_names.h"

namespace minicc {

void GasNames::symbol(const mach::Symbol& s, AsmWriter& out) const {
  switch (s.kind) {
    case mach::Symbol::Kind::None:
      return;
    case mach::Symbol::Kind::C:
      out.put(target.symbolPrefix);
      out.put(s.name);
      return;
    case mach::Symbol::Kind::StringLiteral:
      // clang's names: the first is ".L.str", then ".L.str.1", ".L.str.2", ...
      out.put(target.stringLabelBase);
      if (s.index) {
        out.put('.');
        out.putInt(s.index);
      }
      return;
    case mach::Symbol::Kind::JumpTable:
      out.put(target.localLabelPrefix);
      out.put("JTI");
      out.putInt(functionIndex);
      out.put('_');
      out.putInt(s.index);
      return;
    case mach::Symbol::Kind::Constant:  // clang's "constant pool index": .LCPI0_1
      out.put(target.localLabelPrefix);
      out.put("CPI");
      out.putInt(functionIndex);
      out.put('_');
      out.putInt(s.index);
      return;
  }
}

void GasNames::block(int label, AsmWriter& out) const {
  out.put(target.localLabelPrefix);
  out.put("BB");
  out.putInt(functionIndex);
  out.put('_');
  out.putInt(label);
}

}  // namespace minicc
