#!/usr/bin/env bash
# expect_bounded_errors.sh MINICC SOURCE [MAX_ERRORS]
#
# The contract for garbage input: minicc exits 1 (never crashes, never hangs),
# writes nothing to standard output, reports at least one error, and no more
# than MAX_ERRORS (default 21: the default -ferror-limit of 20 plus the
# closing "too many errors" line), whatever the size of the input.
set -u
minicc=$1 source=$2 max=${3:-21}
out=$source.out err=$source.err

timeout 60 "$minicc" "$source" -o - >"$out" 2>"$err"
status=$?
errors=$(grep -a -c 'error:' "$err")
if [[ $status -eq 124 ]]; then echo "FAIL: minicc hung (killed after 60 s)"; exit 1; fi
if [[ $status -ne 1 ]]; then
  echo "FAIL: exit status $status, expected 1"; head -c 2000 "$err"; exit 1
fi
if [[ -s $out ]]; then echo "FAIL: output written despite errors"; exit 1; fi
if [[ $errors -lt 1 || $errors -gt $max ]]; then
  echo "FAIL: $errors error lines, expected 1..$max"; exit 1
fi
echo "OK: exit 1, $errors error lines, $(wc -c <"$err") bytes of diagnostics"
