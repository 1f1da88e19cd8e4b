#include "sema/frame_layout.h"

namespace minicc {
namespace {

int alignUp(int value, int alignment) { return (value + alignment - 1) / alignment * alignment; }

}  // namespace

void layoutFrame(FunctionDecl& fn) {
  int used = 0;  // bytes taken below %rbp so far
  auto place = [&](VarDecl* var) {
    int size = var->type->size();
    used = alignUp(used + size, size);
    var->frameOffset = -used;
  };
  for (size_t i = 0; i < fn.params.size(); ++i) {
    VarDecl* param = fn.params[i];
    if (static_cast<int>(i) < kRegisterArgumentCount)
      place(param);
    else  // the caller pushed it: each stack argument takes an eightbyte
      param->frameOffset = 16 + 8 * static_cast<int>(i - kRegisterArgumentCount);
  }
  for (VarDecl* local : fn.locals) place(local);
  fn.frame.localsSize = alignUp(used, 16);
}

}  // namespace minicc
