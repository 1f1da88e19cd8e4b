// The three printers on hand-built machine code: each instruction as AT&T,
// Intel and Plan 9 spell it, and the passes between selection and printing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "codegen/float_spelling.h"
#include "codegen/frame_layout.h"
#include "codegen/machine.h"
#include "codegen/passes.h"
#include "codegen/printer.h"
#include "machine_builders.h"

namespace minicc {
namespace {

using mach::Cond;
using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;
using testing_support::conditional;
using testing_support::converted;
using testing_support::make;




mach::Symbol cSymbol(std::string_view name, bool fileLocal = false) {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::C;
  s.name = name;
  s.fileLocal = fileLocal;
  return s;
}

mach::Symbol stringSymbol(int index) {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::StringLiteral;
  s.index = index;
  return s;
}

// The body lines (those starting with a tab) of a one-function file whose
// entry block holds `insts`, printed in `notation`, without CFI.
std::vector<std::string> printed(Notation notation, const std::vector<Inst>& insts,
                                 Target target = Target::LinuxElf, bool verbose = false) {
  CodegenOptions options;
  options.notation = notation;
  options.verboseAsm = verbose;
  options.unwindTables = false;
  mach::MachineFunction f;
  f.name = "f";
  f.blocks.push_back({0, false, insts});
  std::unique_ptr<Printer> printer = notation == Notation::Plan9
                                         ? makePlan9Printer(options)
                                         : makeGasPrinter(targetInfo(target),
                                                          notation == Notation::Intel, options);
  printer->function(f);
  std::string text = printer->endFile();
  std::vector<std::string> lines;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    std::string line = text.substr(at, end - at);
    at = end + 1;
    bool directive = line.rfind("\t.", 0) == 0;
    if (!line.empty() && line[0] == '\t' && !directive) lines.push_back(line.substr(1));
  }
  return lines;
}

struct Spelled {
  Inst inst;
  const char* att;
  const char* intel;
  const char* plan9;
};

TEST(Printers, EveryNotationSpellsTheSameInstructions) {
  const Operand eax = mach::reg(Reg::AX, Width::L);
  const Operand rax = mach::reg(Reg::AX, Width::Q);
  const Operand al = mach::reg(Reg::AX, Width::B);
  const Operand ecx = mach::reg(Reg::CX, Width::L);
  const Operand rcx = mach::reg(Reg::CX, Width::Q);
  const Operand slot = mach::mem(Reg::BP, -12);
  const std::vector<Spelled> cases = {
      {make(Opcode::Mov, Width::L, {mach::reg(Reg::DI, Width::L), mach::mem(Reg::BP, -4)}),
       "movl\t%edi, -4(%rbp)", "mov\tdword ptr [rbp - 4], edi", "MOVL\tDI, -4(BP)"},
      {make(Opcode::Mov, Width::B, {mach::reg(Reg::DI, Width::B), mach::mem(Reg::BP, -1)}),
       "movb\t%dil, -1(%rbp)", "mov\tbyte ptr [rbp - 1], dil", "MOVB\tDIB, -1(BP)"},
      {make(Opcode::Mov, Width::Q, {mach::reg(Reg::R9, Width::Q), mach::mem(Reg::BP, 16)}),
       "movq\t%r9, 16(%rbp)", "mov\tqword ptr [rbp + 16], r9", "MOVQ\tR9, 16(BP)"},
      {make(Opcode::Mov, Width::L, {mach::imm(-7), eax}), "movl\t$-7, %eax", "mov\teax, -7",
       "MOVL\t$-7, AX"},
      {make(Opcode::Mov, Width::B, {mach::imm(0), al}), "movb\t$0, %al", "mov\tal, 0",
       "MOVB\t$0, AL"},
      {converted(Opcode::Movsx, Width::L, Width::B, slot, eax), "movsbl\t-12(%rbp), %eax",
       "movsx\teax, byte ptr [rbp - 12]", "MOVBLSX\t-12(BP), AX"},
      {converted(Opcode::Movzx, Width::L, Width::B, al, eax), "movzbl\t%al, %eax",
       "movzx\teax, al", "MOVBLZX\tAL, AX"},
      {converted(Opcode::Movsx, Width::Q, Width::L, mach::memIndexed(Reg::CX, Reg::AX, 4), rax),
       "movslq\t(%rcx,%rax,4), %rax", "movsxd\trax, dword ptr [rcx + 4*rax]",
       "MOVLQSX\t(CX)(AX*4), AX"},
      {make(Opcode::Lea, Width::Q, {mach::ripRelative(stringSymbol(1)), mach::reg(Reg::DI, Width::Q)}),
       "leaq\t.L.str.1(%rip), %rdi", "lea\trdi, [rip + .L.str.1]", "LEAQ\tstr·1<>(SB), DI"},
      {make(Opcode::Mov, Width::L, {mach::ripRelative(cSymbol("counter")), eax}),
       "movl\tcounter(%rip), %eax", "mov\teax, dword ptr [rip + counter]",
       "MOVL\t·counter(SB), AX"},
      {make(Opcode::Mov, Width::L, {mach::ripRelative(cSymbol("f.n", true)), eax}),
       "movl\tf.n(%rip), %eax", "mov\teax, dword ptr [rip + f.n]", "MOVL\tf·n<>(SB), AX"},
      {make(Opcode::Add, Width::L, {mach::mem(Reg::BP, -8), eax}), "addl\t-8(%rbp), %eax",
       "add\teax, dword ptr [rbp - 8]", "ADDL\t-8(BP), AX"},
      {make(Opcode::Sub, Width::Q, {mach::imm(16), mach::reg(Reg::SP, Width::Q)}),
       "subq\t$16, %rsp", "sub\trsp, 16", "ADJSP\t$16"},
      {make(Opcode::Imul, Width::L, {mach::imm(10), eax, eax}), "imull\t$10, %eax, %eax",
       "imul\teax, eax, 10", "IMUL3L\t$10, AX, AX"},
      {make(Opcode::Imul, Width::L, {ecx, eax}), "imull\t%ecx, %eax", "imul\teax, ecx",
       "IMULL\tCX, AX"},
      {make(Opcode::SignExtendAx, Width::L, {}), "cltd", "cdq", "CDQ"},
      {make(Opcode::SignExtendAx, Width::Q, {}), "cqto", "cqo", "CQO"},
      {make(Opcode::Idiv, Width::L, {ecx}), "idivl\t%ecx", "idiv\tecx", "IDIVL\tCX"},
      {make(Opcode::Sar, Width::L, {mach::reg(Reg::CX, Width::B), eax}), "sarl\t%cl, %eax",
       "sar\teax, cl", "SARL\tCL, AX"},
      {make(Opcode::Cmp, Width::L, {mach::imm(10), eax}), "cmpl\t$10, %eax", "cmp\teax, 10",
       "CMPL\tAX, $10"},
      {conditional(Opcode::Setcc, Cond::LE, al), "setle\t%al", "setle\tal", "SETLE\tAL"},
      {[&] {
         Inst cmov = make(Opcode::Cmov, Width::L, {ecx, eax});
         cmov.cond = Cond::L;
         return cmov;
       }(),
       "cmovll\t%ecx, %eax", "cmovl\teax, ecx", "CMOVLLT\tCX, AX"},
      {conditional(Opcode::Jcc, Cond::L, mach::block(3)), "jl\t.LBB0_3", "jl\t.LBB0_3",
       "JLT\tLBB0_3"},
      {conditional(Opcode::Jcc, Cond::A, mach::block(2)), "ja\t.LBB0_2", "ja\t.LBB0_2",
       "JHI\tLBB0_2"},
      {make(Opcode::Jmp, Width::Q, {mach::block(4)}), "jmp\t.LBB0_4", "jmp\t.LBB0_4",
       "JMP\tLBB0_4"},
      {make(Opcode::JmpIndirect, Width::Q, {rax}), "jmpq\t*%rax", "jmp\trax", "JMP\tAX"},
      {make(Opcode::Push, Width::Q, {rax}), "pushq\t%rax", "push\trax", "PUSHQ\tAX"},
      {make(Opcode::Pop, Width::Q, {rcx}), "popq\t%rcx", "pop\trcx", "POPQ\tCX"},
      {make(Opcode::Call, Width::Q, {mach::target(cSymbol("printf"))}), "callq\tprintf",
       "call\tprintf", "CALL\t·printf(SB)"},
      {make(Opcode::Ret, Width::Q, {}), "retq", "ret", "RET"},
  };
  for (const Spelled& c : cases) {
    EXPECT_EQ(printed(Notation::Att, {c.inst}), std::vector<std::string>{c.att});
    EXPECT_EQ(printed(Notation::Intel, {c.inst}), std::vector<std::string>{c.intel});
    EXPECT_EQ(printed(Notation::Plan9, {c.inst}), std::vector<std::string>{c.plan9});
  }
}

// ------------------------------------------------------------- SSE

mach::Symbol constantSymbol(int index) {
  mach::Symbol s;
  s.kind = mach::Symbol::Kind::Constant;
  s.index = index;
  return s;
}

// Every SSE opcode at both precisions, and the parity conditions. The
// encodings behind these spellings are checked against the assemblers by
// test/lit/plan9/sse-encodings.test.
TEST(Printers, EveryNotationSpellsTheSseInstructions) {
  const Operand xmm0 = mach::reg(Reg::XMM0, Width::Q);
  const Operand xmm1 = mach::reg(Reg::XMM1, Width::Q);
  const Operand xmm0f = mach::reg(Reg::XMM0, Width::L);  // a float in it: the same name
  const Operand xmm1f = mach::reg(Reg::XMM1, Width::L);
  const Operand xmm15 = mach::reg(mach::xmm(15), Width::Q);
  const Operand eax = mach::reg(Reg::AX, Width::L);
  const Operand rax = mach::reg(Reg::AX, Width::Q);
  const Operand al = mach::reg(Reg::AX, Width::B);
  const Operand slot8 = mach::mem(Reg::BP, -8);
  const Operand slot4 = mach::mem(Reg::BP, -4);
  const std::vector<Spelled> cases = {
      {make(Opcode::MovS, Width::Q, {slot8, xmm0}), "movsd\t-8(%rbp), %xmm0",
       "movsd\txmm0, qword ptr [rbp - 8]", "MOVSD\t-8(BP), X0"},
      {make(Opcode::MovS, Width::L, {xmm0f, slot4}), "movss\t%xmm0, -4(%rbp)",
       "movss\tdword ptr [rbp - 4], xmm0", "MOVSS\tX0, -4(BP)"},
      {make(Opcode::MovS, Width::Q, {xmm1, xmm0}), "movsd\t%xmm1, %xmm0", "movsd\txmm0, xmm1",
       "MOVSD\tX1, X0"},
      {make(Opcode::MovS, Width::Q, {mach::ripRelative(constantSymbol(0)), xmm0}),
       "movsd\t.LCPI0_0(%rip), %xmm0", "movsd\txmm0, qword ptr [rip + .LCPI0_0]",
       "MOVSD\tlcpi0·0<>(SB), X0"},
      {make(Opcode::AddS, Width::Q, {xmm1, xmm0}), "addsd\t%xmm1, %xmm0", "addsd\txmm0, xmm1",
       "ADDSD\tX1, X0"},
      {make(Opcode::AddS, Width::L, {slot4, xmm0f}), "addss\t-4(%rbp), %xmm0",
       "addss\txmm0, dword ptr [rbp - 4]", "ADDSS\t-4(BP), X0"},
      {make(Opcode::SubS, Width::Q, {slot8, xmm0}), "subsd\t-8(%rbp), %xmm0",
       "subsd\txmm0, qword ptr [rbp - 8]", "SUBSD\t-8(BP), X0"},
      {make(Opcode::SubS, Width::L, {xmm1f, xmm0f}), "subss\t%xmm1, %xmm0", "subss\txmm0, xmm1",
       "SUBSS\tX1, X0"},
      {make(Opcode::MulS, Width::Q, {xmm1, xmm0}), "mulsd\t%xmm1, %xmm0", "mulsd\txmm0, xmm1",
       "MULSD\tX1, X0"},
      {make(Opcode::MulS, Width::L, {xmm1f, xmm0f}), "mulss\t%xmm1, %xmm0", "mulss\txmm0, xmm1",
       "MULSS\tX1, X0"},
      {make(Opcode::DivS, Width::Q, {slot8, xmm15}), "divsd\t-8(%rbp), %xmm15",
       "divsd\txmm15, qword ptr [rbp - 8]", "DIVSD\t-8(BP), X15"},
      {make(Opcode::DivS, Width::L, {xmm1f, xmm0f}), "divss\t%xmm1, %xmm0", "divss\txmm0, xmm1",
       "DIVSS\tX1, X0"},
      {make(Opcode::SqrtS, Width::Q, {xmm1, xmm0}), "sqrtsd\t%xmm1, %xmm0", "sqrtsd\txmm0, xmm1",
       "SQRTSD\tX1, X0"},
      {make(Opcode::SqrtS, Width::L, {slot4, xmm0f}), "sqrtss\t-4(%rbp), %xmm0",
       "sqrtss\txmm0, dword ptr [rbp - 4]", "SQRTSS\t-4(BP), X0"},
      // compares %xmm0 with %xmm1, like cmp; Go does not reverse it
      {make(Opcode::UcomiS, Width::Q, {xmm1, xmm0}), "ucomisd\t%xmm1, %xmm0",
       "ucomisd\txmm0, xmm1", "UCOMISD\tX1, X0"},
      {make(Opcode::UcomiS, Width::L, {slot4, xmm0f}), "ucomiss\t-4(%rbp), %xmm0",
       "ucomiss\txmm0, dword ptr [rbp - 4]", "UCOMISS\t-4(BP), X0"},
      {converted(Opcode::CvtSi2S, Width::Q, Width::L, eax, xmm0), "cvtsi2sdl\t%eax, %xmm0",
       "cvtsi2sd\txmm0, eax", "CVTSL2SD\tAX, X0"},
      {converted(Opcode::CvtSi2S, Width::Q, Width::Q, slot8, xmm0), "cvtsi2sdq\t-8(%rbp), %xmm0",
       "cvtsi2sd\txmm0, qword ptr [rbp - 8]", "CVTSQ2SD\t-8(BP), X0"},
      {converted(Opcode::CvtSi2S, Width::L, Width::L, slot4, xmm0f), "cvtsi2ssl\t-4(%rbp), %xmm0",
       "cvtsi2ss\txmm0, dword ptr [rbp - 4]", "CVTSL2SS\t-4(BP), X0"},
      {converted(Opcode::CvtSi2S, Width::L, Width::Q, rax, mach::reg(mach::xmm(15), Width::L)),
       "cvtsi2ssq\t%rax, %xmm15", "cvtsi2ss\txmm15, rax", "CVTSQ2SS\tAX, X15"},
      {converted(Opcode::CvttS2Si, Width::L, Width::Q, xmm0, eax), "cvttsd2si\t%xmm0, %eax",
       "cvttsd2si\teax, xmm0", "CVTTSD2SL\tX0, AX"},
      {converted(Opcode::CvttS2Si, Width::Q, Width::Q, slot8, rax), "cvttsd2si\t-8(%rbp), %rax",
       "cvttsd2si\trax, qword ptr [rbp - 8]", "CVTTSD2SQ\t-8(BP), AX"},
      {converted(Opcode::CvttS2Si, Width::L, Width::L, xmm1f, mach::reg(Reg::CX, Width::L)),
       "cvttss2si\t%xmm1, %ecx", "cvttss2si\tecx, xmm1", "CVTTSS2SL\tX1, CX"},
      {converted(Opcode::CvttS2Si, Width::Q, Width::L, slot4, mach::reg(Reg::R9, Width::Q)),
       "cvttss2si\t-4(%rbp), %r9", "cvttss2si\tr9, dword ptr [rbp - 4]",
       "CVTTSS2SQ\t-4(BP), R9"},
      {make(Opcode::CvtS2S, Width::Q, {xmm0f, xmm1}), "cvtss2sd\t%xmm0, %xmm1",
       "cvtss2sd\txmm1, xmm0", "CVTSS2SD\tX0, X1"},
      {make(Opcode::CvtS2S, Width::Q, {slot4, xmm0}), "cvtss2sd\t-4(%rbp), %xmm0",
       "cvtss2sd\txmm0, dword ptr [rbp - 4]", "CVTSS2SD\t-4(BP), X0"},
      {make(Opcode::CvtS2S, Width::L, {xmm0, xmm1f}), "cvtsd2ss\t%xmm0, %xmm1",
       "cvtsd2ss\txmm1, xmm0", "CVTSD2SS\tX0, X1"},
      {make(Opcode::CvtS2S, Width::L, {slot8, xmm0f}), "cvtsd2ss\t-8(%rbp), %xmm0",
       "cvtsd2ss\txmm0, qword ptr [rbp - 8]", "CVTSD2SS\t-8(BP), X0"},
      {make(Opcode::MovGV, Width::Q, {rax, xmm0}), "movq\t%rax, %xmm0", "movq\txmm0, rax",
       "MOVQ\tAX, X0"},
      {make(Opcode::MovGV, Width::Q, {xmm0, rax}), "movq\t%xmm0, %rax", "movq\trax, xmm0",
       "MOVQ\tX0, AX"},
      {make(Opcode::MovGV, Width::L, {eax, xmm0f}), "movd\t%eax, %xmm0", "movd\txmm0, eax",
       "MOVL\tAX, X0"},
      {make(Opcode::MovGV, Width::L, {xmm0f, eax}), "movd\t%xmm0, %eax", "movd\teax, xmm0",
       "MOVL\tX0, AX"},
      {make(Opcode::Xorps, Width::Q, {xmm0, xmm0}), "xorps\t%xmm0, %xmm0", "xorps\txmm0, xmm0",
       "XORPS\tX0, X0"},
      {make(Opcode::Xorps, Width::Q, {mach::ripRelative(constantSymbol(1)), xmm0}),
       "xorps\t.LCPI0_1(%rip), %xmm0", "xorps\txmm0, xmmword ptr [rip + .LCPI0_1]",
       "XORPS\tlcpi0·1<>(SB), X0"},
      {make(Opcode::Andps, Width::Q, {xmm1, xmm0}), "andps\t%xmm1, %xmm0", "andps\txmm0, xmm1",
       "ANDPS\tX1, X0"},
      {make(Opcode::Movaps, Width::Q, {mach::reg(mach::xmm(7), Width::Q), mach::mem(Reg::BP, -176)}),
       "movaps\t%xmm7, -176(%rbp)", "movaps\txmmword ptr [rbp - 176], xmm7",
       "MOVAPS\tX7, -176(BP)"},
      {conditional(Opcode::Jcc, Cond::P, mach::block(1)), "jp\t.LBB0_1", "jp\t.LBB0_1",
       "JPS\tLBB0_1"},
      {conditional(Opcode::Jcc, Cond::NP, mach::block(1)), "jnp\t.LBB0_1", "jnp\t.LBB0_1",
       "JPC\tLBB0_1"},
      {conditional(Opcode::Setcc, Cond::P, al), "setp\t%al", "setp\tal", "SETPS\tAL"},
      {conditional(Opcode::Setcc, Cond::NP, al), "setnp\t%al", "setnp\tal", "SETPC\tAL"},
  };
  for (const Spelled& c : cases) {
    EXPECT_EQ(printed(Notation::Att, {c.inst}), std::vector<std::string>{c.att});
    EXPECT_EQ(printed(Notation::Intel, {c.inst}), std::vector<std::string>{c.intel});
    EXPECT_EQ(printed(Notation::Plan9, {c.inst}), std::vector<std::string>{c.plan9});
  }
}

TEST(Printers, ParityConditionsNegateEachOther) {
  EXPECT_EQ(mach::negate(Cond::P), Cond::NP);
  EXPECT_EQ(mach::negate(Cond::NP), Cond::P);
}

TEST(Printers, VectorRegistersComeAfterTheGeneralOnes) {
  EXPECT_EQ(static_cast<int>(Reg::IP), mach::kGeneralRegisterCount);  // existing numbers unchanged
  EXPECT_EQ(mach::xmm(0), Reg::XMM0);
  EXPECT_EQ(mach::xmm(15), Reg::XMM15);
  EXPECT_TRUE(mach::isVector(Reg::XMM3));
  EXPECT_FALSE(mach::isVector(Reg::R15));
  EXPECT_FALSE(mach::isVector(Reg::IP));
  EXPECT_FALSE(mach::isGeneral(Reg::XMM0));
  EXPECT_EQ(mach::encodingNumber(Reg::XMM9), 9);
}

// A whole file from one function (and data objects), printed in `notation`.
std::string wholeListing(Notation notation, const mach::MachineFunction& f,
                         const std::vector<mach::DataObject>& data = {},
                         Target target = Target::LinuxElf) {
  CodegenOptions options;
  options.notation = notation;
  options.unwindTables = false;
  std::unique_ptr<Printer> printer = notation == Notation::Plan9
                                         ? makePlan9Printer(options)
                                         : makeGasPrinter(targetInfo(target),
                                                          notation == Notation::Intel, options);
  printer->function(f);
  for (const mach::DataObject& object : data) printer->data(object);
  return printer->endFile();
}

mach::PoolConstant poolConstant(mach::PoolConstant::Kind kind, int size, uint64_t low,
                                uint64_t high = 0) {
  mach::PoolConstant c;
  c.kind = kind;
  c.size = size;
  c.low = low;
  c.high = high;
  return c;
}

// A double 1.5, a float 0.1 and a 16-byte sign mask, read by the code.
mach::MachineFunction functionWithConstants() {
  using Kind = mach::PoolConstant::Kind;
  mach::MachineFunction f;
  f.name = "f";
  f.index = 2;
  f.constants = {poolConstant(Kind::Double, 8, 0x3ff8000000000000),
                 poolConstant(Kind::Float, 4, 0x3dcccccd),
                 poolConstant(Kind::Mask, 16, 0x8000000000000000, 0)};
  const Operand xmm0 = mach::reg(Reg::XMM0, Width::Q);
  f.blocks.push_back({0, false, {make(Opcode::MulS, Width::Q, {mach::ripRelative(constantSymbol(0)), xmm0}),
                                 make(Opcode::Xorps, Width::Q, {mach::ripRelative(constantSymbol(2)), xmm0}),
                                 make(Opcode::Ret, Width::Q, {})}});
  return f;
}

TEST(Printers, ElfConstantPoolComesBeforeTheFunctionInLiteralSections) {
  EXPECT_EQ(wholeListing(Notation::Att, functionWithConstants()),
            "\t.section\t.rodata.cst8,\"aM\",@progbits,8\n"
            "\t.p2align\t3\n"
            ".LCPI2_0:\n"
            "\t.quad\t0x3ff8000000000000\t# double 1.5\n"
            "\t.section\t.rodata.cst4,\"aM\",@progbits,4\n"
            "\t.p2align\t2\n"
            ".LCPI2_1:\n"
            "\t.long\t0x3dcccccd\t# float 0.100000001\n"
            "\t.section\t.rodata.cst16,\"aM\",@progbits,16\n"
            "\t.p2align\t4\n"
            ".LCPI2_2:\n"
            "\t.quad\t0x8000000000000000\t# mask\n"
            "\t.quad\t0x0000000000000000\t# mask\n"
            "\t.text\n"
            "\t.globl\tf\n"
            "\t.p2align\t4, 0x90\n"
            "\t.type\tf,@function\n"
            "f:\n"
            "\tmulsd\t.LCPI2_0(%rip), %xmm0\n"
            "\txorps\t.LCPI2_2(%rip), %xmm0\n"
            "\tretq\n"
            ".Lfunc_end2:\n"
            "\t.size\tf, .Lfunc_end2-f\n"
            "\n"
            "\t.section\t.note.GNU-stack,\"\",@progbits\n");
  std::string intel = wholeListing(Notation::Intel, functionWithConstants());
  EXPECT_NE(intel.find(".LCPI2_1:\n\t.long\t0x3dcccccd\t# float 0.100000001\n"), std::string::npos);
  EXPECT_NE(intel.find("\tmulsd\txmm0, qword ptr [rip + .LCPI2_0]\n"), std::string::npos);
}

TEST(Printers, MachOConstantPoolUsesLiteralSections) {
  const std::string text =
      wholeListing(Notation::Att, functionWithConstants(), {}, Target::DarwinMachO);
  EXPECT_EQ(text.substr(0, text.find("\t.globl")),
            "\t.section\t__TEXT,__literal8,8byte_literals\n"
            "\t.p2align\t3\n"
            "LCPI2_0:\n"
            "\t.quad\t0x3ff8000000000000\t# double 1.5\n"
            "\t.section\t__TEXT,__literal4,4byte_literals\n"
            "\t.p2align\t2\n"
            "LCPI2_1:\n"
            "\t.long\t0x3dcccccd\t# float 0.100000001\n"
            "\t.section\t__TEXT,__literal16,16byte_literals\n"
            "\t.p2align\t4\n"
            "LCPI2_2:\n"
            "\t.quad\t0x8000000000000000\t# mask\n"
            "\t.quad\t0x0000000000000000\t# mask\n"
            "\t.section\t__TEXT,__text,regular,pure_instructions\n");
  EXPECT_NE(text.find("\tmulsd\tLCPI2_0(%rip), %xmm0\n"), std::string::npos);
}

TEST(Printers, Plan9ConstantPoolIsReadOnlyDataOfTheFile) {
  const std::string text = wholeListing(Notation::Plan9, functionWithConstants());
  EXPECT_EQ(text.substr(0, text.find("TEXT")),
            "DATA lcpi2·0<>+0(SB)/8, $0x3ff8000000000000\t// double 1.5\n"
            "GLOBL lcpi2·0<>(SB), RODATA|NOPTR, $8\n"
            "DATA lcpi2·1<>+0(SB)/4, $0x3dcccccd\t// float 0.100000001\n"
            "GLOBL lcpi2·1<>(SB), RODATA|NOPTR, $4\n"
            "DATA lcpi2·2<>+0(SB)/8, $0x8000000000000000\t// mask\n"
            "DATA lcpi2·2<>+8(SB)/8, $0x0000000000000000\t// mask\n"
            "GLOBL lcpi2·2<>(SB), RODATA|NOPTR, $16\n"
            "\n");
  EXPECT_NE(text.find("\tMULSD\tlcpi2·0<>(SB), X0\n"), std::string::npos);
  EXPECT_NE(text.find("\tXORPS\tlcpi2·2<>(SB), X0\n"), std::string::npos);
}

TEST(Printers, NoConstantsNoPool) {
  mach::MachineFunction f;
  f.name = "f";
  f.blocks.push_back({0, false, {make(Opcode::Ret, Width::Q, {})}});
  EXPECT_EQ(wholeListing(Notation::Att, f).find(".section\t.rodata.cst"), std::string::npos);
}

mach::DataObject floatingGlobals() {
  mach::DataObject object;
  object.symbol = cSymbol("g");
  object.size = 16;
  object.align = 8;
  mach::DataPiece d;
  d.kind = mach::DataPiece::Kind::Double;
  d.size = 8;
  d.value = 0x3fb999999999999a;  // 0.1
  mach::DataPiece f;
  f.kind = mach::DataPiece::Kind::Float;
  f.size = 4;
  f.value = 0xc0200000;  // -2.5f
  mach::DataPiece zero;
  zero.size = 4;
  object.pieces = {d, f, zero};
  return object;
}

TEST(Printers, FloatingDataIsItsBitsWithTheValueInAComment) {
  mach::MachineFunction none;
  none.name = "f";
  const std::string att = wholeListing(Notation::Att, none, {floatingGlobals()});
  EXPECT_NE(att.find("g:\n"
                     "\t.quad\t0x3fb999999999999a\t# double 0.10000000000000001\n"
                     "\t.long\t0xc0200000\t# float -2.5\n"
                     "\t.zero\t4\n"),
            std::string::npos)
      << att;
  const std::string plan9 = wholeListing(Notation::Plan9, none, {floatingGlobals()});
  EXPECT_NE(plan9.find("DATA ·g+0(SB)/8, $0x3fb999999999999a\t// double 0.10000000000000001\n"
                       "DATA ·g+8(SB)/4, $0xc0200000\t// float -2.5\n"
                       "GLOBL ·g(SB), NOPTR, $16\n"),
            std::string::npos)
      << plan9;
}

// clang's way with a value: enough digits to give the bits back, no
// trailing zeros, and E-notation once the padding would pass three zeros.
TEST(Printers, FloatingValuesAreSpelledAsClangSpellsThem) {
  EXPECT_EQ(floatValueText(1.5, 17), "1.5");
  EXPECT_EQ(floatValueText(0.1, 17), "0.10000000000000001");
  EXPECT_EQ(floatValueText(0.1f, 9), "0.100000001");
  EXPECT_EQ(floatValueText(100, 17), "100");
  EXPECT_EQ(floatValueText(1e4, 17), "1.0E+4");
  EXPECT_EQ(floatValueText(0.001, 17), "0.001");
  EXPECT_EQ(floatValueText(0.0001, 17), "1.0E-4");
  EXPECT_EQ(floatValueText(123456789.f, 9), "123456792");
  EXPECT_EQ(floatValueText(12345678901234567e3, 17), "1.2345678901234567E+19");
  EXPECT_EQ(floatValueText(0.0015, 17), "0.0015");
  EXPECT_EQ(floatValueText(123.25, 17), "123.25");
  EXPECT_EQ(floatValueText(1e-300, 17), "1.0E-300");
  EXPECT_EQ(floatValueText(5e-324, 17), "4.9406564584124654E-324");
  EXPECT_EQ(floatValueText(1e-45f, 9), "1.40129846E-45");
  EXPECT_EQ(floatValueText(-0.0, 17), "-0");
  EXPECT_EQ(floatValueText(0.0, 17), "0");
  EXPECT_EQ(floatValueText(1.0 / 0.0, 17), "+Inf");
  EXPECT_EQ(floatValueText(-1.0 / 0.0, 17), "-Inf");
  EXPECT_EQ(floatValueText(0.0 / 0.0, 17), "NaN");
  EXPECT_EQ(describeDoubleBits(0x3ff8000000000000), "double 1.5");
  EXPECT_EQ(describeFloatBits(0x3fc00000), "float 1.5");
}

TEST(Printers, VerboseNotesDoNotStumbleOnSseOperands) {
  Operand slot = mach::mem(Reg::BP, -8);
  slot.name = "x";
  Inst load = make(Opcode::MovS, Width::Q, {slot, mach::reg(Reg::XMM0, Width::Q)});
  load.note = "why";
  Inst pool = make(Opcode::MulS, Width::Q,
                   {mach::ripRelative(constantSymbol(0)), mach::reg(Reg::XMM0, Width::Q)});
  EXPECT_EQ(printed(Notation::Att, {load, pool}, Target::LinuxElf, true),
            (std::vector<std::string>{"movsd\t-8(%rbp), %xmm0\t# x; why", "mulsd\t.LCPI0_0(%rip), %xmm0"}));
  EXPECT_EQ(printed(Notation::Intel, {load}, Target::LinuxElf, true),
            std::vector<std::string>{"movsd\txmm0, qword ptr [rbp - 8]\t# x; why"});
  EXPECT_EQ(printed(Notation::Plan9, {load, pool}, Target::LinuxElf, true),
            (std::vector<std::string>{"MOVSD\t-8(BP), X0\t// x; why", "MULSD\tlcpi0·0<>(SB), X0"}));
}

TEST(Printers, DarwinPrefixesSymbolsAndLabels) {
  Inst call = make(Opcode::Call, Width::Q, {mach::target(cSymbol("printf"))});
  Inst lea = make(Opcode::Lea, Width::Q,
                  {mach::ripRelative(stringSymbol(0)), mach::reg(Reg::DI, Width::Q)});
  Inst jump = make(Opcode::Jmp, Width::Q, {mach::block(1)});
  EXPECT_EQ(printed(Notation::Att, {call, lea, jump}, Target::DarwinMachO),
            (std::vector<std::string>{"callq\t_printf", "leaq\tL_.str(%rip), %rdi", "jmp\tLBB0_1"}));
}

TEST(Printers, Plan9NamesTheVariableOfAFrameSlot) {
  Operand slot = mach::mem(Reg::BP, -4);
  slot.name = "a";
  Inst store = make(Opcode::Mov, Width::L, {mach::reg(Reg::DI, Width::L), slot});
  EXPECT_EQ(printed(Notation::Plan9, {store}), std::vector<std::string>{"MOVL\tDI, -4(BP)\t// a"});
  EXPECT_EQ(printed(Notation::Att, {store}), std::vector<std::string>{"movl\t%edi, -4(%rbp)"});
}

// -fverbose-asm's words end the instruction's line, after the notation's
// marker: the variables, the note, the source line. Without the flag: none.
TEST(Printers, CommentsEndTheLineInTheNotationsMarker) {
  Operand slot = mach::mem(Reg::BP, -4);
  slot.name = "a";
  Inst store = make(Opcode::Mov, Width::L, {mach::reg(Reg::DI, Width::L), slot});
  store.note = "why";
  store.sourceLine = "t.c:3: return a;";
  EXPECT_EQ(printed(Notation::Att, {store}, Target::LinuxElf, true),
            std::vector<std::string>{"movl\t%edi, -4(%rbp)\t# t.c:3: return a; | a; why"});
  EXPECT_EQ(printed(Notation::Intel, {store}, Target::LinuxElf, true),
            std::vector<std::string>{"mov\tdword ptr [rbp - 4], edi\t# t.c:3: return a; | a; why"});
  EXPECT_EQ(printed(Notation::Plan9, {store}, Target::LinuxElf, true),
            std::vector<std::string>{"MOVL\tDI, -4(BP)\t// t.c:3: return a; | a; why"});
  EXPECT_EQ(printed(Notation::Att, {store}), std::vector<std::string>{"movl\t%edi, -4(%rbp)"});
}

// ------------------------------------------------------------- passes

mach::MachineFunction threeBlocks() {
  mach::MachineFunction f;
  f.blocks.push_back({0, false, {make(Opcode::Jmp, Width::Q, {mach::block(1)})}});
  f.blocks.push_back({1, false, {make(Opcode::Jmp, Width::Q, {mach::block(1)})}});
  f.blocks.push_back({2, false, {}});
  return f;
}

TEST(Passes, AJumpToTheNextBlockIsDropped) {
  mach::MachineFunction f = threeBlocks();
  removeJumpsToNextBlock(f);
  EXPECT_TRUE(f.blocks[0].insts.empty());
  ASSERT_EQ(f.blocks[1].insts.size(), 1u);  // a loop to itself stays
}

TEST(Passes, OnlyBlocksSomethingJumpsToAreReferenced) {
  mach::MachineFunction f = threeBlocks();
  runPasses(f);
  EXPECT_FALSE(f.blocks[0].referenced);
  EXPECT_TRUE(f.blocks[1].referenced);
  EXPECT_FALSE(f.blocks[2].referenced);
  mach::JumpTable table;
  table.targets = {2};
  f.jumpTables.push_back(table);
  markReferencedBlocks(f);
  EXPECT_TRUE(f.blocks[2].referenced);
}

}  // namespace
}  // namespace minicc
