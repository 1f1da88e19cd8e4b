// Prints one listing of every SSE instruction minicc's machine layer has,
// at both precisions, with register and memory operands, high registers
// (which need a REX prefix) and constants from the pool, in the notation
// asked for:
//
//   minicc_sse_listing att|intel|plan9|att-darwin > sse.s
//
// test/tools/sse_encoding_check.py assembles the three with GNU as and Go's
// assembler and compares the bytes: the printers' spellings (unit-tested in
// test/unit/printer_test.cpp) must also be the same machine instructions.
#include <cstring>
#include <iostream>
#include <vector>

#include "codegen/machine.h"
#include "codegen/passes.h"
#include "codegen/printer.h"
#include "test/unit/machine_builders.h"

namespace minicc {
namespace {

using mach::Cond;
using mach::Inst;
using mach::Opcode;
using mach::Operand;
using mach::Reg;
using mach::Width;
using testing_support::conditional;
using testing_support::constant;
using testing_support::converted;
using testing_support::make;
using testing_support::xmm;






// Each operation with its operand forms: register, frame memory, an
// indexed address, a constant; low and high registers on either side.
std::vector<Inst> everySseInstruction() {
  std::vector<Inst> insts;
  const Operand slot8 = mach::mem(Reg::BP, -8), slot4 = mach::mem(Reg::BP, -4);
  const Operand indexed = mach::memIndexed(Reg::R12, Reg::CX, 8, 16);
  for (Width p : {Width::Q, Width::L}) {  // double, float
    const Operand slot = p == Width::Q ? slot8 : slot4;
    const Operand pool = constant(p == Width::Q ? 0 : 1);
    insts.push_back(make(Opcode::MovS, p, {slot, xmm(0, p)}));
    insts.push_back(make(Opcode::MovS, p, {xmm(9, p), slot}));
    insts.push_back(make(Opcode::MovS, p, {xmm(1, p), xmm(0, p)}));
    insts.push_back(make(Opcode::MovS, p, {xmm(0, p), xmm(14, p)}));
    insts.push_back(make(Opcode::MovS, p, {pool, xmm(2, p)}));
    insts.push_back(make(Opcode::MovS, p, {indexed, xmm(3, p)}));
    for (Opcode op : {Opcode::AddS, Opcode::SubS, Opcode::MulS, Opcode::DivS, Opcode::SqrtS,
                      Opcode::UcomiS}) {
      insts.push_back(make(op, p, {xmm(1, p), xmm(0, p)}));
      insts.push_back(make(op, p, {xmm(8, p), xmm(0, p)}));
      insts.push_back(make(op, p, {slot, xmm(15, p)}));
      insts.push_back(make(op, p, {pool, xmm(0, p)}));
    }
    for (Width integer : {Width::L, Width::Q}) {
      const Operand ax = mach::reg(Reg::AX, integer), r10 = mach::reg(Reg::R10, integer);
      const Operand islot = integer == Width::Q ? slot8 : slot4;
      insts.push_back(converted(Opcode::CvtSi2S, p, integer, ax, xmm(0, p)));
      insts.push_back(converted(Opcode::CvtSi2S, p, integer, r10, xmm(11, p)));
      insts.push_back(converted(Opcode::CvtSi2S, p, integer, islot, xmm(1, p)));
      insts.push_back(converted(Opcode::CvttS2Si, integer, p, xmm(0, p), ax));
      insts.push_back(converted(Opcode::CvttS2Si, integer, p, xmm(13, p), r10));
      insts.push_back(converted(Opcode::CvttS2Si, integer, p, slot, ax));
      insts.push_back(converted(Opcode::CvttS2Si, integer, p, pool, r10));
    }
    const Width other = p == Width::Q ? Width::L : Width::Q;
    insts.push_back(make(Opcode::CvtS2S, p, {xmm(0, other), xmm(1, p)}));
    insts.push_back(make(Opcode::CvtS2S, p, {xmm(12, other), xmm(0, p)}));
    insts.push_back(make(Opcode::CvtS2S, p, {other == Width::Q ? slot8 : slot4, xmm(0, p)}));
    // bits across: movq (Q) and movd (L), both ways
    const Operand ax = mach::reg(Reg::AX, p), r11 = mach::reg(Reg::R11, p);
    insts.push_back(make(Opcode::MovGV, p, {ax, xmm(0, p)}));
    insts.push_back(make(Opcode::MovGV, p, {xmm(0, p), ax}));
    insts.push_back(make(Opcode::MovGV, p, {r11, xmm(10, p)}));
    insts.push_back(make(Opcode::MovGV, p, {xmm(10, p), r11}));
  }
  for (Opcode op : {Opcode::Xorps, Opcode::Andps}) {
    insts.push_back(make(op, Width::Q, {xmm(0), xmm(0)}));
    insts.push_back(make(op, Width::Q, {xmm(9), xmm(1)}));
    insts.push_back(make(op, Width::Q, {constant(2), xmm(0)}));
  }
  insts.push_back(make(Opcode::Movaps, Width::Q, {xmm(0), mach::mem(Reg::BP, -176)}));
  insts.push_back(make(Opcode::Movaps, Width::Q, {xmm(15), mach::mem(Reg::BP, -64)}));
  insts.push_back(make(Opcode::Movaps, Width::Q, {constant(2), xmm(7)}));
  insts.push_back(make(Opcode::Movaps, Width::Q, {xmm(1), xmm(2)}));
  insts.push_back(conditional(Opcode::Jcc, Cond::P, mach::block(1)));
  insts.push_back(conditional(Opcode::Jcc, Cond::NP, mach::block(1)));
  return insts;
}

mach::MachineFunction sseFunction() {
  using Kind = mach::PoolConstant::Kind;
  mach::MachineFunction f;
  f.name = "sse";
  f.signature = "void sse(void)";
  mach::PoolConstant d{0x3ff8000000000000, 0, 8, Kind::Double};
  mach::PoolConstant s{0x3fc00000, 0, 4, Kind::Float};
  mach::PoolConstant mask{0x8000000000000000, 0, 16, Kind::Mask};
  f.constants = {d, s, mask};
  f.blocks.push_back({0, false, everySseInstruction()});
  const Operand al = mach::reg(Reg::AX, Width::B);
  f.blocks.push_back({1, false,
                      {conditional(Opcode::Setcc, Cond::P, al), conditional(Opcode::Setcc, Cond::NP, al),
                       make(Opcode::Ret, Width::Q, {})}});
  markReferencedBlocks(f);
  return f;
}

// double g = 1.5; float h = -2.5f;: the data pieces, which must assemble too.
std::vector<mach::DataObject> floatingData() {
  std::vector<mach::DataObject> objects(2);
  const char* names[] = {"g", "h"};
  const int64_t bits[] = {0x3ff8000000000000, 0xc0200000};
  for (int i = 0; i < 2; ++i) {
    mach::DataObject& o = objects[i];
    o.symbol.kind = mach::Symbol::Kind::C;
    o.symbol.name = names[i];
    o.size = o.align = i == 0 ? 8 : 4;
    mach::DataPiece piece;
    piece.kind = i == 0 ? mach::DataPiece::Kind::Double : mach::DataPiece::Kind::Float;
    piece.size = o.size;
    piece.value = bits[i];
    o.pieces.push_back(piece);
  }
  return objects;
}

}  // namespace
}  // namespace minicc

int main(int argc, char** argv) {
  using namespace minicc;
  const char* notation = argc == 2 ? argv[1] : "";
  CodegenOptions options;
  options.unwindTables = false;
  std::unique_ptr<Printer> printer;
  if (!std::strcmp(notation, "att") || !std::strcmp(notation, "intel")) {
    options.notation = !std::strcmp(notation, "att") ? Notation::Att : Notation::Intel;
    printer = makeGasPrinter(targetInfo(Target::LinuxElf), options.notation == Notation::Intel, options);
  } else if (!std::strcmp(notation, "att-darwin")) {  // Mach-O: the pool's other sections
    options.notation = Notation::Att;
    printer = makeGasPrinter(targetInfo(Target::DarwinMachO), false, options);
  } else if (!std::strcmp(notation, "plan9")) {
    options.notation = Notation::Plan9;
    printer = makePlan9Printer(options);
  } else {
    std::cerr << "usage: minicc_sse_listing att|intel|plan9|att-darwin\n";
    return 2;
  }
  printer->beginFile();
  printer->function(sseFunction());
  for (const mach::DataObject& object : floatingData()) printer->data(object);
  std::cout << printer->endFile();
  return 0;
}
