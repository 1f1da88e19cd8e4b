// The three printers on hand-built machine code: each instruction as AT&T,
// Intel and Plan 9 spell it, and the passes between selection and printing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "codegen/frame_layout.h"
#include "codegen/machine.h"
#include "codegen/passes.h"
#include "codegen/printer.h"

namespace minicc {
namespace {

using mach::Cond;
using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;

Inst make(Opcode op, Width width, std::initializer_list<Operand> operands) {
  return mach::makeInst(op, width, operands);
}

Inst extend(Opcode op, Width from, Width to, Operand source, Operand dest) {
  Inst inst = make(op, to, {source, dest});
  inst.fromWidth = from;
  return inst;
}

Inst conditional(Opcode op, Cond cond, Operand o) {
  Inst inst = make(op, op == Opcode::Setcc ? Width::B : Width::Q, {o});
  inst.cond = cond;
  return inst;
}

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
      {extend(Opcode::Movsx, Width::B, Width::L, slot, eax), "movsbl\t-12(%rbp), %eax",
       "movsx\teax, byte ptr [rbp - 12]", "MOVBLSX\t-12(BP), AX"},
      {extend(Opcode::Movzx, Width::B, Width::L, al, eax), "movzbl\t%al, %eax",
       "movzx\teax, al", "MOVBLZX\tAL, AX"},
      {extend(Opcode::Movsx, Width::L, Width::Q, mach::memIndexed(Reg::CX, Reg::AX, 4), rax),
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
