#include "preprocessor/predefined_macros.h"

namespace minicc {

std::string predefinedMacrosText(Target target) {
  std::string text =
      "#define __minicc__ 1\n"
      "#define __STDC__ 1\n"
      "#define __STDC_HOSTED__ 1\n"
      "#define __STDC_VERSION__ 201112L\n"
      "#define __x86_64__ 1\n"
      "#define __x86_64 1\n"
      "#define __amd64__ 1\n"
      "#define __amd64 1\n"
      "#define __CHAR_BIT__ 8\n"
      "#define __SIZEOF_INT__ 4\n"
      "#define __SIZEOF_POINTER__ 8\n"
      "#define __INT_MAX__ 2147483647\n";
  switch (target) {
    case Target::LinuxElf:
      text +=
          "#define __linux__ 1\n"
          "#define __linux 1\n"
          "#define __gnu_linux__ 1\n"
          "#define __unix__ 1\n"
          "#define __unix 1\n"
          "#define __ELF__ 1\n";
      break;
    case Target::DarwinMachO:
      text +=
          "#define __APPLE__ 1\n"
          "#define __MACH__ 1\n";
      break;
  }
  return text;
}

std::string commandLineMacrosText(const std::vector<MacroDefinitionOption>& options) {
  std::string text;
  for (const MacroDefinitionOption& option : options) {
    if (option.undefine) {
      text += "#undef " + option.name + "\n";
      continue;
    }
    // -D'F(x)=x' keeps its parameter list: the name part is written as is.
    std::string value = option.value ? *option.value : "1";
    for (char& c : value)
      if (c == '\n' || c == '\r') c = ' ';
    text += "#define " + option.name + " " + value + "\n";
  }
  return text;
}

}  // namespace minicc
