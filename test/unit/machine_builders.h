// Hand-built machine instructions for the tests of the back end's layers
// below selection (printers, passes, the SSE listing tool): one way to spell
// an instruction, a conversion, a conditional one, a pool constant.
#pragma once

#include <initializer_list>

#include "codegen/machine.h"

namespace minicc {
namespace testing_support {

inline mach::Inst make(mach::Opcode op, mach::Width width,
                       std::initializer_list<mach::Operand> operands) {
  return mach::makeInst(op, width, operands);
}

// movsx/movzx and the conversions: the destination's width `to`, the
// source's `from`.
inline mach::Inst converted(mach::Opcode op, mach::Width to, mach::Width from,
                            mach::Operand source, mach::Operand dest) {
  mach::Inst inst = make(op, to, {source, dest});
  inst.fromWidth = from;
  return inst;
}

// jcc or setcc on `cond`.
inline mach::Inst conditional(mach::Opcode op, mach::Cond cond, mach::Operand o) {
  mach::Inst inst = make(op, op == mach::Opcode::Setcc ? mach::Width::B : mach::Width::Q, {o});
  inst.cond = cond;
  return inst;
}

// The function's pool constant number `index`, read %rip-relative.
inline mach::Operand constant(int index) {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::Constant;
  s.index = index;
  return mach::ripRelative(s);
}

inline mach::Operand xmm(int n, mach::Width w = mach::Width::Q) {
  return mach::reg(mach::xmm(n), w);
}

}  // namespace testing_support
}  // namespace minicc
