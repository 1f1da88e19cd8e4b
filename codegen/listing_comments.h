// -fverbose-asm: the words at the end of a line, in every notation:
//
//   movl	%edi, -4(%rbp)	# a
//   movl	counter.n(%rip), %eax	# fun.c:9: return n; | n (static)
//   subq	$8, %rsp	# padding: %rsp 16-byte aligned at the call
//   pushq	%rbp	# frame of fun1: ...; param a: int, 4 bytes at -4(%rbp)
//
// First the source line the instruction begins (so a statement's start
// stands out in the comment column), then the variables the operands touch,
// then why the instruction is there (Inst::note), then the frame-table rows
// the line carries; "; " between them, and " | " after the source line. Every comment ends a line
// that has code or a directive on it: Compiler Explorer hides lines that are
// only a comment.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "codegen/asm_writer.h"
#include "codegen/machine.h"

namespace minicc {

// `address` writes a slot's address as the printer's notation spells it.
using AddressSpeller = std::function<void(const mach::Operand&, AsmWriter&)>;

// Empty when there is nothing to say.
std::string lineComment(const mach::Inst& inst, const mach::MachineFunction& f,
                        const AddressSpeller& address);

// Each structure's or union's layout, once in a function, as a note on the
// first instruction that touches a variable of its type (or a pointer to
// one, or an array of them), with the records nested in it by value:
//   movl	$1, -8(%rbp)	# p; struct point (8 bytes): x at 0 (4), y at 4 (4)
// A local is known by its slot; a variable with static storage, one of
// `statics`, by its symbol.
void noteRecordLayouts(mach::MachineFunction& f, const std::vector<VarDecl*>& statics);

}  // namespace minicc
