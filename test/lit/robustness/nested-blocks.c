// 100,000 nested blocks { { { ... } } }: compiled correctly or "nesting too
// deep", never a stack overflow or a hang.
// Measured (RelWithDebInfo): 0.1 s, 35 MB peak RSS; minicc says nesting too deep (limit 1024).
// RUN: python3 -c "n = 100000; print('int main(void) ' + '{' * n + 'return 7;' + '}' * n)" > %t.c
// RUN: bash %S/Inputs/compile_run_or_too_deep.sh %minicc %cc %t.c 7
