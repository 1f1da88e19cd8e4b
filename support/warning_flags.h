// The warnings minicc can give, by the name of their -W flag. Stages pass
// these names to Diagnostics::warning; the driver checks -Wno-NAME against them.
#pragma once

#include <string_view>

namespace minicc {

struct WarningFlag {
  std::string_view name;         // as in -Wname
  std::string_view description;  // what it warns about
};

// Every warning minicc emits, and the groups gcc and clang users pass
// (-Wall, -Wextra, ...), which minicc accepts: its warnings are all on.
const WarningFlag* findWarningFlag(std::string_view name);

}  // namespace minicc
