#include "codegen/gas_names.h"

#include <algorithm>
#include <cstring>

namespace minicc {

GasNames::GasNames(const TargetInfo& target, int functionIndex)
    : target_(target), functionIndex_(functionIndex) {
  const std::string prefix = std::string(target.localLabelPrefix) + "BB" + std::to_string(functionIndex) + "_";
  blockPrefixSize_ = std::min(prefix.size(), kLongestBlockPrefix);
  std::memcpy(blockPrefix_, prefix.data(), blockPrefixSize_);
}

void GasNames::symbol(const mach::Symbol& s, AsmWriter& out) const {
  switch (s.kind) {
    case mach::Symbol::Kind::None:
      return;
    case mach::Symbol::Kind::C:
      out.put(target_.symbolPrefix);
      out.put(s.name);
      return;
    case mach::Symbol::Kind::StringLiteral:
      // clang's names: the first is ".L.str", then ".L.str.1", ".L.str.2", ...
      out.put(target_.stringLabelBase);
      if (s.index) {
        out.put('.');
        out.putInt(s.index);
      }
      return;
    case mach::Symbol::Kind::JumpTable:
      out.put(target_.localLabelPrefix);
      out.put("JTI");
      out.putInt(functionIndex_);
      out.put('_');
      out.putInt(s.index);
      return;
    case mach::Symbol::Kind::Constant:  // clang's "constant pool index": .LCPI0_1
      out.put(target_.localLabelPrefix);
      out.put("CPI");
      out.putInt(functionIndex_);
      out.put('_');
      out.putInt(s.index);
      return;
  }
}

void GasNames::block(int label, AsmWriter& out) const {
  char* at = out.open(kLongestBlockPrefix + AsmWriter::kLongestInt);
  std::memcpy(at, blockPrefix_, kLongestBlockPrefix);
  out.close(AsmWriter::writeInt(at + blockPrefixSize_, label));
}

}  // namespace minicc
