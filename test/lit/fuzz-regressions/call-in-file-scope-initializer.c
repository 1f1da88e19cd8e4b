// Fuzzer finding (sema): a function call in a file-scope initializer made
// Sema::checkCall dereference the current function, which is null outside a
// function body: SEGV (UBSan: member access within null pointer of type
// 'minicc::FunctionDecl' at sema.cpp checkCall). Now: a diagnostic, exit 1.
//
// RUN: %minicc %s > /dev/null 2> %t.err; test $? -eq 1
// RUN: FileCheck %s --input-file %t.err
// CHECK: error: initializer element is not a compile-time constant
//
// The same with an undeclared function:
// RUN: printf 'int y = g(2);\n' > %t.undeclared.c
// RUN: %minicc %t.undeclared.c > /dev/null 2> %t.err2; test $? -eq 1
// RUN: FileCheck %s --check-prefix=UNDECLARED --input-file %t.err2
// UNDECLARED: error: call to undeclared function 'g'
//
// The fuzzer's original input: whatever it says, it must not crash (exit 0 or 1).
// RUN: %minicc %S/Inputs/crash-fcae165b-call-in-global-init.input > /dev/null 2>&1; test $? -le 1
int f(int);
int x = f(1);
