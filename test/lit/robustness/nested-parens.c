// 200,000 nested parentheses: compiled correctly or "nesting too deep",
// never a stack overflow or a hang.
// Measured (RelWithDebInfo): 0.2 s, 66 MB peak RSS; minicc says nesting too deep (limit 1024).
// RUN: python3 -c "n = 200000; print('int main(void) { return ' + '(' * n + '1' + ')' * n + '; }')" > %t.c
// RUN: bash %S/Inputs/compile_run_or_too_deep.sh %minicc %cc %t.c 1
