#!/usr/bin/env bash
# Measures minicc's two ways of compiling a switch: a jump table (default)
# against a chain of compares (-fno-jump-tables), on a dense 32-case switch
# in a hot loop. Prints the best of N runs of each; it asserts nothing.
#   usage: tools/bench_switch.sh [path/to/minicc] [runs]
set -euo pipefail
minicc=${1:-build/driver/minicc}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
  echo 'int printf(const char *fmt, ...);'
  echo 'int classify(int x) {'
  echo '  switch (x) {'
  for i in $(seq 0 31); do echo "    case $i: return $(( (i * 7919) % 101 ));"; done
  echo '    default: return 0;'
  echo '  }'
  echo '}'
  echo 'int main(void) {'
  echo '  int sum = 0;'
  echo '  for (int i = 0; i < 50000000; i++) sum = (sum + classify(i & 31)) & 65535;'
  echo '  printf("%d\n", sum);'
  echo '  return 0;'
  echo '}'
} > "$work/switch.c"

best_of() {  # best wall time in seconds of running $1, $runs times
  python3 - "$1" "$runs" <<'PY'
import subprocess, sys, time
best = min(
    (lambda t0: (subprocess.run([sys.argv[1]], stdout=subprocess.DEVNULL, check=True), time.perf_counter() - t0)[1])(time.perf_counter())
    for _ in range(int(sys.argv[2])))
print(f"{best:.3f}")
PY
}

for mode in table chain; do
  flags=""; [ $mode = chain ] && flags="-fno-jump-tables"
  "$minicc" $flags "$work/switch.c" -o "$work/$mode.s"
  cc "$work/$mode.s" -o "$work/$mode"
  echo "$mode: $(best_of "$work/$mode") s for 50M dispatches over 32 cases (best of $runs)"
done
