// #if arithmetic: 64-bit intmax_t/uintmax_t, every operator, precedence,
// short-circuiting, ?:, character constants.
// RUN: %minicc -E %s 2>&1 | FileCheck %s --implicit-check-not=error --implicit-check-not=wrong

#define CHECK_TRUE(name) name
#if 2 + 3 * 4 == 14 && (2 + 3) * 4 == 20 && 17 / 5 == 3 && 17 % 5 == 2 && -17 / 5 == -3
// CHECK: arith
arith
#endif
#if (1 << 40) == 1099511627776 && (-16 >> 2) == -4 && (0xff & 0x0f) == 15 && (8 | 1) == 9 && (6 ^ 3) == 5
// CHECK: bits64
bits64
#endif
#if ~0 == -1 && !0 == 1 && !5 == 0 && -(-3) == 3 && +4 == 4
// CHECK: unary
unary
#endif
#if 1 < 2 && 2 > 1 && 2 <= 2 && 3 >= 3 && 1 != 2 && !(1 == 2)
// CHECK: compare
compare
#endif
// -1 converts to uintmax_t when compared with an unsigned value.
#if -1 > 0u && -1 < 0
// CHECK: unsigned_conversion
unsigned_conversion
#endif
#if 18446744073709551615u == -1 && 9223372036854775807 > 0 && 0x7fffffffffffffff + 1 < 0
// CHECK: limits
limits
#endif
#if (1 ? 2 : 3) == 2 && (0 ? 2 : 3) == 3 && (1 ? 0 : 1/0) == 0
// CHECK: conditional
conditional
#endif
#if (0 && 1/0) == 0 && (1 || 1/0) == 1 && (0 || 5) == 1
// CHECK: short_circuit
short_circuit
#endif
#if 'a' == 97 && '\n' == 10 && '\377' < 0 && '\x41' == 65
// CHECK: chars
chars
#endif
#if (1, 2) == 2 && 010 == 8 && 0x10 == 16 && 10L == 10 && 10ull == 10
// CHECK: literals
literals
#endif
#if 1 - 1 - 1 == -1 && 2 * 3 % 4 == 2 && 1 + 2 << 1 == 6 && (1 | 2 ^ 3 & 4) == 3
// CHECK: precedence
precedence
#endif
