#include "codegen/target_info.h"

namespace minicc {

const TargetInfo& targetInfo(Target target) {
  static const TargetInfo kLinuxElf = {
      "", ".L", ".L.str", ".text",
      ".section\t.rodata.str1.1,\"aMS\",@progbits,1",
      ".data", ".bss", ".section\t.rodata,\"a\",@progbits", true, ".section\t.rodata,\"a\",@progbits",
      // Tells the linker this code needs no executable stack.
      ".section\t.note.GNU-stack,\"\",@progbits", false, true,
  };
  static const TargetInfo kDarwinMachO = {
      "_", "L", "L_.str", ".section\t__TEXT,__text,regular,pure_instructions",
      ".section\t__TEXT,__cstring,cstring_literals",
      ".section\t__DATA,__data", "", ".section\t__TEXT,__const", false, "",
      // Lets the linker dead-strip each function separately.
      ".subsections_via_symbols", true, false,
  };
  return target == Target::DarwinMachO ? kDarwinMachO : kLinuxElf;
}

}  // namespace minicc
