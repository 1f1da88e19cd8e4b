// The two instruction syntaxes of GNU-assembler listings: AT&T (the
// default, the notes' style) and Intel (as clang -masm=intel prints it).
// Each writes one real instruction, leaving the line open for a comment;
// pseudo-operations are the file printer's (codegen/gas_printer.cpp).
#pragma once

#include "codegen/asm_writer.h"
#include "codegen/gas_names.h"
#include "codegen/machine.h"

namespace minicc {

void printAttInstruction(const mach::Inst& inst, const GasNames& names, AsmWriter& out);
void printIntelInstruction(const mach::Inst& inst, const GasNames& names, AsmWriter& out);

// One operand of `inst`, as the syntax writes it.
void printAttOperand(const mach::Inst& inst, const mach::Operand& o, const GasNames& names,
                     AsmWriter& out);
void printIntelOperand(const mach::Inst& inst, const mach::Operand& o, const GasNames& names,
                       AsmWriter& out);

// A register as the syntax writes it in directives (.cfi_offset %rbp, -16).
void printAttRegister(mach::Reg r, mach::Width w, AsmWriter& out);
void printIntelRegister(mach::Reg r, mach::Width w, AsmWriter& out);

}  // namespace minicc
