// The -O passes on SSE instructions: which general registers each one
// reads and writes (liveness), and what the passes must leave alone.
#include <gtest/gtest.h>

#include <vector>

#include "codegen/machine.h"
#include "codegen/optimize/liveness.h"
#include "codegen/optimize/optimize.h"
#include "machine_builders.h"
#include "parser/ast.h"

namespace minicc {
namespace {

using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;
using optimize::bit;
using optimize::effectOf;
using optimize::RegisterSet;
using testing_support::converted;
using testing_support::make;



const Operand xmm0 = mach::reg(Reg::XMM0, Width::Q);
const Operand xmm1 = mach::reg(Reg::XMM1, Width::Q);
const Operand eax = mach::reg(Reg::AX, Width::L);
const Operand rax = mach::reg(Reg::AX, Width::Q);

struct Effect {
  Inst inst;
  RegisterSet uses, defs;
};

TEST(SseLiveness, EachInstructionTouchesTheGeneralRegistersItsOperandsName) {
  const std::vector<Effect> cases = {
      // integer to floating: reads its general source, writes no general register
      {converted(Opcode::CvtSi2S, Width::Q, Width::L, eax, xmm0), bit(Reg::AX), 0},
      {converted(Opcode::CvtSi2S, Width::L, Width::Q, mach::mem(Reg::CX, 8), xmm0), bit(Reg::CX), 0},
      // floating to integer: writes its general destination whole
      {converted(Opcode::CvttS2Si, Width::L, Width::Q, xmm0, eax), 0, bit(Reg::AX)},
      {converted(Opcode::CvttS2Si, Width::Q, Width::L, mach::memIndexed(Reg::SI, Reg::DI, 8), rax),
       bit(Reg::SI) | bit(Reg::DI), bit(Reg::AX)},
      // bits across, either way
      {make(Opcode::MovGV, Width::Q, {rax, xmm0}), bit(Reg::AX), 0},
      {make(Opcode::MovGV, Width::Q, {xmm0, mach::reg(Reg::R9, Width::Q)}), 0, bit(Reg::R9)},
      {make(Opcode::MovGV, Width::L, {mach::reg(Reg::DX, Width::L), xmm0}), bit(Reg::DX), 0},
      // the rest touch only the registers of their addresses
      {make(Opcode::MovS, Width::Q, {xmm0, mach::mem(Reg::DX, 8)}), bit(Reg::DX), 0},
      {make(Opcode::MovS, Width::L, {mach::mem(Reg::R8), xmm1}), bit(Reg::R8), 0},
      {make(Opcode::AddS, Width::Q, {xmm1, xmm0}), 0, 0},
      {make(Opcode::SubS, Width::Q, {mach::frameSlot(0, "x"), xmm0}), 0, 0},
      {make(Opcode::MulS, Width::L, {mach::mem(Reg::BX), xmm0}), bit(Reg::BX), 0},
      {make(Opcode::DivS, Width::Q, {xmm1, xmm0}), 0, 0},
      {make(Opcode::SqrtS, Width::Q, {xmm1, xmm0}), 0, 0},
      {make(Opcode::UcomiS, Width::Q, {mach::mem(Reg::CX), xmm0}), bit(Reg::CX), 0},
      {make(Opcode::CvtS2S, Width::Q, {xmm1, xmm0}), 0, 0},
      {make(Opcode::Xorps, Width::Q, {xmm0, xmm0}), 0, 0},
      {make(Opcode::Andps, Width::Q, {mach::ripRelative({}), xmm0}), 0, 0},
      {make(Opcode::Movaps, Width::Q, {mach::reg(mach::xmm(7), Width::Q), mach::mem(Reg::BP, -176)}),
       bit(Reg::BP), 0},
  };
  for (const Effect& c : cases) {
    const optimize::RegisterEffect e = effectOf(c.inst);
    EXPECT_EQ(e.uses, c.uses) << "uses of opcode " << static_cast<int>(c.inst.op);
    EXPECT_EQ(e.defs, c.defs) << "defs of opcode " << static_cast<int>(c.inst.op);
  }
}

TEST(SseLiveness, VectorRegistersAreInNoSet) {
  for (int n = 0; n < mach::kVectorRegisterCount; ++n) EXPECT_EQ(bit(mach::xmm(n)), 0u);
  EXPECT_EQ(bit(Reg::IP), 0u);
}

TEST(SseLiveness, UcomisdSetsTheFlags) {
  Inst jp = make(Opcode::Jcc, Width::Q, {mach::block(1)});
  jp.cond = mach::Cond::P;
  const std::vector<Inst> insts = {make(Opcode::Add, Width::L, {mach::imm(1), eax}),
                                   make(Opcode::UcomiS, Width::Q, {xmm1, xmm0}), jp};
  EXPECT_FALSE(optimize::flagsReadAfter(insts, 0));  // ucomisd set them again first
  EXPECT_TRUE(optimize::flagsReadAfter(insts, 1));
}

mach::MachineFunction oneBlock(std::vector<Inst> insts) {
  mach::MachineFunction f;
  f.name = "f";
  f.blocks.push_back({0, false, std::move(insts)});
  return f;
}

mach::Symbol printfSymbol() {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::C;
  s.name = "printf";
  return s;
}

// psABI 3.5.7: %al counts the vector registers of a variadic call. Setting
// it may come before the floating arguments' loads; it stays live into the
// call all the same, and so the write is kept.
TEST(SseLiveness, TheVectorCountIsLiveAcrossTheArgumentLoads) {
  mach::MachineFunction f = oneBlock({
      make(Opcode::Mov, Width::B, {mach::imm(1), mach::reg(Reg::AX, Width::B)}),
      make(Opcode::MovS, Width::Q, {mach::mem(Reg::BP, -8), xmm0}),
      make(Opcode::Call, Width::Q, {mach::target(printfSymbol())}),
  });
  const auto live = optimize::liveAfterEachInstruction(f);
  EXPECT_TRUE(live[0][0] & bit(Reg::AX));
  optimize::removeDeadRegisterWrites(f);
  ASSERT_EQ(f.blocks[0].insts.size(), 3u);
  EXPECT_EQ(f.blocks[0].insts[0].op, Opcode::Mov);
  optimize::shortenVectorCount(f);  // only a zero count becomes xorl
  EXPECT_EQ(f.blocks[0].insts[0].op, Opcode::Mov);
  EXPECT_EQ(f.blocks[0].insts[0].operand(0).value, 1);
}

// A write into an xmm register is not one into a general register: the
// SSE instructions are never dead writes.
TEST(SseOptimize, SseWritesAreNeverDropped) {
  mach::MachineFunction f = oneBlock({
      make(Opcode::MovS, Width::Q, {mach::mem(Reg::BP, -8), xmm0}),
      make(Opcode::Xorps, Width::Q, {xmm1, xmm1}),
      converted(Opcode::CvtSi2S, Width::Q, Width::L, mach::reg(Reg::CX, Width::L), xmm1),
  });
  optimize::removeDeadRegisterWrites(f);
  EXPECT_EQ(f.blocks[0].insts.size(), 3u);
}

// "movl $5, %ecx; cvtsi2sdl %ecx, %xmm0": cvtsi2sd takes no immediate.
TEST(SseOptimize, AKnownRegisterStaysARegisterForConversions) {
  mach::MachineFunction f = oneBlock({
      make(Opcode::Mov, Width::L, {mach::imm(5), mach::reg(Reg::CX, Width::L)}),
      converted(Opcode::CvtSi2S, Width::Q, Width::L, mach::reg(Reg::CX, Width::L), xmm0),
      make(Opcode::MovGV, Width::L, {mach::reg(Reg::CX, Width::L), xmm1}),
  });
  optimize::foldConstants(f);
  EXPECT_TRUE(f.blocks[0].insts[1].operand(0).isRegister(Reg::CX));
  EXPECT_TRUE(f.blocks[0].insts[2].operand(0).isRegister(Reg::CX));
}

// A variable an SSE instruction reads stays in its slot, even in a leaf
// whose parameter register is free to be its home.
TEST(SseOptimize, ASlotAnSseInstructionUsesIsNotPromoted) {
  Type type;  // int-like: a scalar, so promotion would take it but for movsd
  VarDecl var(SourceLoc{}, "x", &type);
  for (Opcode reader : {Opcode::MovS, Opcode::AddS, Opcode::UcomiS}) {
    mach::MachineFunction f = oneBlock({
        make(Opcode::Mov, Width::Q, {mach::reg(Reg::DI, Width::Q), mach::frameSlot(0, "x")}),
        make(reader, Width::Q, {mach::frameSlot(0, "x"), xmm0}),
    });
    mach::FrameSlot slot;
    slot.variable = &var;
    slot.name = "x";
    slot.size = 8;
    slot.align = 8;
    slot.parameter = true;
    f.slots.push_back(slot);
    optimize::promoteVariables(f, optimize::Homes::LiveRanges);
    EXPECT_FALSE(f.slots[0].home) << static_cast<int>(reader);
    EXPECT_TRUE(f.slots[0].inFrame());
    EXPECT_EQ(f.blocks[0].insts[1].operand(0).kind, Operand::Kind::FrameSlot);
  }
}

// The integer control: without the SSE reader, the same variable is promoted.
TEST(SseOptimize, TheSameSlotReadByAnIntegerMoveIsPromoted) {
  Type type;
  VarDecl var(SourceLoc{}, "x", &type);
  mach::MachineFunction f = oneBlock({
      make(Opcode::Mov, Width::Q, {mach::reg(Reg::DI, Width::Q), mach::frameSlot(0, "x")}),
      make(Opcode::Mov, Width::Q, {mach::frameSlot(0, "x"), rax}),
  });
  mach::FrameSlot slot;
  slot.variable = &var;
  slot.size = 8;
  slot.align = 8;
  slot.parameter = true;
  f.slots.push_back(slot);
  optimize::promoteVariables(f, optimize::Homes::LiveRanges);
  EXPECT_TRUE(f.slots[0].home);
}

TEST(SseOptimize, ConstantsAreNotPropagatedIntoSseSlots) {
  Type type;
  VarDecl var(SourceLoc{}, "x", &type);
  mach::MachineFunction f = oneBlock({
      make(Opcode::Mov, Width::Q, {mach::imm(0), mach::frameSlot(0, "x")}),
      make(Opcode::MovS, Width::Q, {mach::frameSlot(0, "x"), xmm0}),
  });
  mach::FrameSlot slot;
  slot.variable = &var;
  slot.size = 8;
  slot.align = 8;
  f.slots.push_back(slot);
  optimize::propagateConstants(f);
  EXPECT_FALSE(f.slots[0].constant);
  EXPECT_EQ(f.blocks[0].insts[1].operand(0).kind, Operand::Kind::FrameSlot);
}

// The whole -O pipeline on a function that names xmm registers (which
// index no table of general registers). Even the movq into %rax that
// nothing reads stays: SSE instructions are kept, conservatively.
TEST(SseOptimize, TheWholePipelineRunsOverSseCode) {
  mach::MachineFunction f = oneBlock({
      make(Opcode::MovS, Width::Q, {mach::mem(Reg::BP, -8), mach::reg(mach::xmm(15), Width::Q)}),
      make(Opcode::MovGV, Width::Q, {mach::reg(mach::xmm(15), Width::Q), rax}),
      make(Opcode::Mov, Width::L, {mach::imm(2), eax}),
      make(Opcode::Xorps, Width::Q, {mach::reg(mach::xmm(15), Width::Q), mach::reg(mach::xmm(15), Width::Q)}),
  });
  optimize::optimizeFunction(f, {});
  ASSERT_EQ(f.blocks[0].insts.size(), 4u);
  EXPECT_EQ(f.blocks[0].insts[0].op, Opcode::MovS);
  EXPECT_EQ(f.blocks[0].insts[1].op, Opcode::MovGV);
  EXPECT_EQ(f.blocks[0].insts[3].op, Opcode::Xorps);
}

}  // namespace
}  // namespace minicc
