// An expression with 300,000 operands (1+1+...+1) is not deep nesting for
// the programmer, so it must compile, and correctly: the program returns
// 300000 % 256 = 224 as its exit status.
// Measured (RelWithDebInfo): 0.8 s, 197 MB peak RSS (1,000,000 operands: 3.0 s, 646 MB).
// Under clang's ASan this once overflowed the 1 GiB stack (Sema::checkExpr's
// frame was ~5 KB); fine since sema was split into smaller functions.
// RUN: python3 -c "n = 300000; print('int main(void) { return (' + '+'.join(['1'] * n) + ') % 256; }')" > %t.c
// RUN: timeout 60 %minicc %t.c -o %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe; test $? -eq 224
//
// Mixed operators with the same count, left-associated: 1-1+1-1... = 0 (+ 1).
// RUN: python3 -c "n = 150000; print('int main(void) { return 1 + ' + '+'.join(['1-1'] * n) + '; }')" > %t.mixed.c
// RUN: timeout 60 %minicc %t.mixed.c -o %t.mixed.s
// RUN: %cc %t.mixed.s -o %t.mixed.exe
// RUN: %t.mixed.exe; test $? -eq 1
