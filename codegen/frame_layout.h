// The frame: where each parameter and local lives, how much stack the
// function takes, and the prologue and epilogue around its body. Runs after
// instruction selection, so that it sees what the body needs (calls, pushes).
//
//   16(%rbp), 24(%rbp), ...   the 7th, 8th, ... arguments, pushed by the caller
//    8(%rbp)                  the return address
//    0(%rbp)                  the caller's %rbp
//   -8(%rbp), ...             -O: the callee-saved registers the body uses
//   below those               register parameters (stored on entry), then
//                             locals, in order of appearance, each aligned to its size
#pragma once

#include "codegen/machine.h"

namespace minicc {

struct FrameOptions {
  bool unwindTables = true;  // .cfi_* call-frame information around the prologue and epilogue
  bool frameNotes = false;   // -fverbose-asm: the frame table, as words on the prologue's lines
  // Call-frame information after the epilogue's "popq %rbp" too, as clang
  // writes it for ELF; for Mach-O it leaves it out (the compact unwind
  // information describes the epilogue there).
  bool epilogueCfi = true;
  // -O: a leaf that keeps nothing in memory and pushes nothing needs no
  // frame at all; the return address stays where the call put it.
  bool omitLeafFrame = false;
  // -O without -g: a test of the parameters at the entry and the return it
  // may lead to come before the prologue (codegen/optimize/quick_return.cpp).
  bool quickReturn = false;
};

// Fills in every slot's offset and f.frame, turns frame-slot operands into
// %rbp-relative memory, and adds the prologue to the entry block and the
// epilogue to the last block.
void layoutFrame(mach::MachineFunction& f, const FrameOptions& options);

}  // namespace minicc
