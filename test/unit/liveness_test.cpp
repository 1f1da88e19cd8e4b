// The -O passes' liveness (codegen/optimize/liveness.h) on instructions
// that read the flags or write a register only sometimes.
#include <gtest/gtest.h>

#include <vector>

#include "codegen/machine.h"
#include "codegen/optimize/liveness.h"
#include "machine_builders.h"

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Reg;
using mach::Width;
using optimize::bit;
using testing_support::make;

Inst cmovl(Reg from, Reg to) {
  Inst inst = make(Opcode::Cmov, Width::L, {mach::reg(from, Width::L), mach::reg(to, Width::L)});
  inst.cond = mach::Cond::L;
  return inst;
}

// Where the condition fails the destination keeps its value: cmov reads it.
TEST(Liveness, CmovReadsItsDestination) {
  const optimize::RegisterEffect e = optimize::effectOf(cmovl(Reg::CX, Reg::AX));
  EXPECT_EQ(e.uses, bit(Reg::CX) | bit(Reg::AX));
  EXPECT_EQ(e.defs, bit(Reg::AX));
}

// So the test before it must stay, and nothing between may set the flags.
TEST(Liveness, CmovReadsTheFlags) {
  const std::vector<Inst> insts = {
      make(Opcode::Lea, Width::L, {mach::mem(Reg::AX, 7), mach::reg(Reg::CX, Width::L)}),
      make(Opcode::Test, Width::L, {mach::reg(Reg::AX, Width::L), mach::reg(Reg::AX, Width::L)}),
      cmovl(Reg::CX, Reg::AX),
      make(Opcode::Sar, Width::L, {mach::imm(3), mach::reg(Reg::AX, Width::L)})};
  EXPECT_TRUE(optimize::flagsReadAfter(insts, 1));   // the test's flags, by cmovl
  EXPECT_FALSE(optimize::flagsReadAfter(insts, 2));  // sarl's are read by nothing
}

}  // namespace
}  // namespace minicc
