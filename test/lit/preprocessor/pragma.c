// #pragma and _Pragma("..."): `once` is honoured, everything else is
// silently ignored.
// RUN: %minicc -E -Werror %s 2>&1 | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="error:" --implicit-check-not=_Pragma

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused"
#pragma clang diagnostic ignored "-Weverything"
#pragma pack(1)
#pragma STDC FP_CONTRACT ON
#pragma something_unknown
#pragma
#pragma GCC diagnostic pop
// CHECK: after_pragmas
after_pragmas
#define DO_PRAGMA(x) _Pragma(#x)
DO_PRAGMA(GCC diagnostic push) int after_operator;
_Pragma("clang diagnostic pop")
// CHECK: int after_operator;
