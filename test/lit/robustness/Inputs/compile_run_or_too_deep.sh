#!/usr/bin/env bash
# compile_run_or_too_deep.sh MINICC CC SOURCE EXPECTED_STATUS
#
# The contract for deeply nested input: minicc either compiles SOURCE
# correctly (the program, assembled by CC and run, exits with
# EXPECTED_STATUS) or refuses it with "error: nesting too deep" and exit 1.
# Anything else fails: a crash (exit > 1 or a signal), a hang (60 s), a
# wrong result, or exit 1 for some other reason.
set -u
minicc=$1 cc=$2 source=$3 expected=$4
asm=$source.s err=$source.err prog=$source.exe

timeout 60 "$minicc" "$source" -o "$asm" 2>"$err"
status=$?
case $status in
  0)
    "$cc" "$asm" -o "$prog" || { echo "FAIL: the assembly does not assemble"; exit 1; }
    timeout 60 "$prog"
    got=$?
    if [[ $got -ne $expected ]]; then
      echo "FAIL: compiled, but the program exited $got, expected $expected"
      exit 1
    fi
    echo "OK: compiled and ran correctly"
    ;;
  1)
    if ! grep -q 'error: nesting too deep' "$err"; then
      echo "FAIL: exit 1 without 'error: nesting too deep':"
      head -c 2000 "$err"
      exit 1
    fi
    echo "OK: nesting too deep"
    ;;
  124) echo "FAIL: minicc hung (killed after 60 s)"; exit 1 ;;
  *) echo "FAIL: minicc crashed or failed with exit status $status"; head -c 2000 "$err"; exit 1 ;;
esac
