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
    "put aside in the frame: a call, or the work that follows, may change every scratch register";
constexpr std::string_view kQuickReturn =  // -O
    "the quick return needs no frame: it is set up only where this jumps";
constexpr std::string_view kHeldAcrossCall =  // -O
    "kept in a callee-saved register: the call that follows may change every scratch register";

// arithmetic
constexpr std::string_view kMultiplyByShift = "times 2^k: shifted left by k, one cycle where imul takes three";
constexpr std::string_view kMultiplyByLea =
    "times 3, 5 or 9: x + x * 2, 4 or 8, which lea's address arithmetic adds in one step";

// floating point (psABI 3.1.2, IEEE 754)
constexpr std::string_view kUnordered =
    "parity set: the comparison was unordered, a NaN, which is equal to nothing";
constexpr std::string_view kComparedBackwards =
    "a < b is asked as b > a: 'above' is false when a NaN makes the pair unordered";
constexpr std::string_view kSignMask = "flips the sign bit: -x of 0.0 is -0.0, as C requires";
constexpr std::string_view kFloatingWaits =
    "the double waits as its bits: a call would change every vector register";
constexpr std::string_view kUnsignedToFloating =
    "2^63 or more: halved (its low bit kept, so it rounds the same), converted, doubled";
constexpr std::string_view kFloatingToUnsigned =
    "2^63 or more: 2^63 taken off before the signed conversion, the top bit set after";

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
