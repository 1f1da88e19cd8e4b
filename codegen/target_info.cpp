#include "codegen/target_info.h"

namespace minicc {

const TargetInfo& targetInfo(Target target) {
  static const TargetInfo kLinuxElf = {
      "", ".L", ".L.str", ".text",
      ".section\t.rodata.str1.1,\"aMS\",@progbits,1",
      ".data", ".bss", ".section\t.rodata,\"a\",@progbits", true, ".section\t.rodata,\"a\",@progbits",
      // Tells the linker this code needs no executable stack.
      ".section\t.note.GNU-stack,\"\",@progbits", false, true,
      // "aM": allocated and mergeable, in entries of the size that ends the line.
      ".section\t.rodata.cst4,\"aM\",@progbits,4", ".section\t.rodata.cst8,\"aM\",@progbits,8",
      ".section\t.rodata.cst16,\"aM\",@progbits,16",
  };
  static const TargetInfo kDarwinMachO = {
      "_", "L", "L_.str", ".section\t__TEXT,__text,regular,pure_instructions",
      ".section\t__TEXT,__cstring,cstring_literals",
      ".section\t__DATA,__data", "", ".section\t__TEXT,__const", false, "",
      // Lets the linker dead-strip each function separately.
      ".subsections_via_symbols", true, false,
      ".section\t__TEXT,__literal4,4byte_literals", ".section\t__TEXT,__literal8,8byte_literals",
      ".section\t__TEXT,__literal16,16byte_literals",
  };
  return target == Target::DarwinMachO ? kDarwinMachO : kLinuxElf;
}

}  // namespace minicc
