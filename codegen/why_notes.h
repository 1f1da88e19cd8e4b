// -fverbose-asm: the short answers to a learner's "why is this here?", which
// instruction selection attaches to instructions (Inst::note) and the
// printers write at the end of their lines. One place for all of them, so
// they read alike. (No register names: those are the printers' to spell.)
#pragma once

#include <string_view>

namespace minicc {
namespace why {

// calls (psABI 3.2.2, 3.5.7)
constexpr std::string_view kCallPadding =
    "padding: the stack pointer must be 16-byte aligned at the call";
constexpr std::string_view kVectorCount =
    "variadic or unprototyped callee: the number of vector registers holding arguments";
constexpr std::string_view kHiddenResultPointer =
    "the result is over 16 bytes: the callee writes it here, through this hidden first argument";
constexpr std::string_view kSaveArgumentRegisters =
    "va_start: the argument registers, saved so that va_arg can read them in order";
constexpr std::string_view kKeptAcrossCall =
    "kept on the stack: the call that follows may change every scratch register";
constexpr std::string_view kHeldAcrossCall =  // -O
    "kept in a callee-saved register: the call that follows may change every scratch register";

// a switch's jump table
constexpr std::string_view kTableBase = "the lowest case is entry 0";
constexpr std::string_view kTableRange = "one unsigned compare checks both ends of the table";
constexpr std::string_view kTableOutside = "not a case in the table's range";
constexpr std::string_view kTableAddress =
    "the switch's jump table: one entry per value, each its target's distance from the table";
constexpr std::string_view kTableEntry = "this value's entry";
constexpr std::string_view kTableTarget = "the target's address";
constexpr std::string_view kTableJump = "to the case";

}  // namespace why
}  // namespace minicc
