#!/usr/bin/env bash
# Runs minicc's libFuzzer target for a given time.
#
#   test/fuzz/run_fuzz.sh SECONDS [JOBS]
#
# Configures and builds the fuzz build in build-fuzz/ (clang-14, ASan+UBSan,
# libFuzzer) when needed, gathers a seed corpus from the tests, fuzzes for
# SECONDS with JOBS parallel processes (default 1), and exits non-zero if the
# fuzzer found a crash, a sanitizer report, a timeout, a leak or ran out of
# memory. Findings are written to build-fuzz/fuzz-artifacts/, the full log to
# build-fuzz/fuzz-logs/. The corpus grows in build-fuzz/fuzz-corpus/ and is
# kept between runs (it is a cache: delete it at will).
#
# A finding is reproduced by running the fuzzer on it alone, and minimised with
# -minimize_crash=1:
#   build-fuzz/test/fuzz/fuzz_compile build-fuzz/fuzz-artifacts/crash-...
#   build-fuzz/test/fuzz/fuzz_compile -minimize_crash=1 -runs=20000 crash-...
# (a first byte 0x00..0x07 selects options, see fuzz_compile.cpp). Save each
# as a test in test/lit/fuzz-regressions/.
#
# Environment: CC/CXX (default clang-14/clang++-14), MINICC_FUZZ_BUILD_DIR
# (default <repo>/build-fuzz). Needs: clang-14, libclang-rt-14-dev, cmake,
# ninja-build (or make), re2c.
set -euo pipefail

usage() { echo "usage: $0 SECONDS [JOBS]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
seconds=$1
jobs=${2:-1}
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || usage
[[ $jobs =~ ^[0-9]+$ && $jobs -gt 0 ]] || usage

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MINICC_FUZZ_BUILD_DIR:-$root/build-fuzz}

# --- build (configure only the first time; ninja/make are no-ops when up to date)
if [[ ! -f $build/CMakeCache.txt ]]; then
  generator=()
  if command -v ninja >/dev/null; then generator=(-G Ninja); fi
  CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S "$root" -B "$build" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINICC_FUZZ=ON -DMINICC_SANITIZE=ON -DMINICC_TESTS=OFF \
    >/dev/null
fi
cmake --build "$build" --target fuzz_compile -- -j"$(nproc)" >"$build/fuzz-build.log" 2>&1 || {
  tail -n 40 "$build/fuzz-build.log" >&2
  echo "fuzz: build failed (log: $build/fuzz-build.log)" >&2
  exit 1
}
fuzzer=$build/test/fuzz/fuzz_compile

# --- seeds: every C file of the tests and examples, plus the hand-picked ones.
# Rebuilt on every run so that new tests become seeds; the fuzzer's own corpus
# (fuzz-corpus/) is where it writes what it finds.
seeds=$build/fuzz-seeds
corpus=$build/fuzz-corpus
artifacts=$build/fuzz-artifacts
logs=$build/fuzz-logs
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts" "$logs"
n=0
while IFS= read -r -d '' file; do
  # Flatten the path into a unique name: test/lit/a/b.c -> test_lit_a_b.c
  rel=${file#"$root"/}
  cp "$file" "$seeds/${rel//\//_}"
  n=$((n + 1))
done < <(find "$root/test/lit" "$root/examples" -name '*.c' -type f -print0 2>/dev/null)
for file in "$here"/seeds/*; do
  [[ -f $file ]] || continue
  name=$(basename "$file")
  cp "$file" "$seeds/seed_$name"
  # The same program with each option byte (see fuzz_compile.cpp): Darwin, -E,
  # strict, so those paths start with real programs too.
  for bits in 1 2 4; do
    { printf "\\x0$bits"; cat "$file"; } >"$seeds/seed_${bits}_$name"
  done
  n=$((n + 4))
done

# --- fuzz
log=$logs/fuzz-$(date +%Y%m%d-%H%M%S).log
find "$artifacts" -type f | sort >"$logs/artifacts-before"
before=$(wc -l <"$logs/artifacts-before")
args=(
  -max_total_time="$seconds"
  -max_len=4096
  -timeout=10
  -rss_limit_mb=4096
  -dict="$here/c.dict"
  -artifact_prefix="$artifacts/"
  -print_final_stats=1
)
if [[ $jobs -gt 1 ]]; then
  # Fork mode: JOBS worker processes that share the corpus; stops at the first crash.
  args+=(-fork="$jobs")
fi
echo "fuzz: $n seed files, corpus $corpus, ${seconds}s, $jobs job(s), log $log"
start=$(date +%s)
set +e
# halt_on_error: the first report ends the input (libFuzzer records it);
# UBSan's reports are fatal already (-fno-sanitize-recover=all).
ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:allocator_may_return_null=0} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  "$fuzzer" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1
status=$?
set -e
elapsed=$(($(date +%s) - start))

# --- summary. Single process: "stat::number_of_executed_units: N".
# Fork mode: the progress lines "#N: cov: ..." count all workers' executions.
executions=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || true)
if [[ -z $executions ]]; then
  executions=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#' || true)
fi
after=$(find "$artifacts" -type f | wc -l)
found=$((after - before))
if [[ $status -ne 0 && $found -eq 0 ]]; then found=1; fi  # e.g. a crash with no artifact written

if [[ $status -ne 0 || $found -ne 0 ]]; then
  # Show the report: from the first sanitizer/libFuzzer error line on.
  grep -n -m 1 -E '^==[0-9]+==ERROR|runtime error:|ERROR: libFuzzer|^SUMMARY' "$log" >/dev/null &&
    sed -n "$(grep -n -m 1 -E '^==[0-9]+==ERROR|runtime error:|ERROR: libFuzzer' "$log" | cut -d: -f1),+60p" "$log" >&2
  echo "fuzz: findings in $artifacts:" >&2
  find "$artifacts" -type f | sort | comm -13 "$logs/artifacts-before" - | sed 's/^/  /' >&2 || true
fi
echo "fuzz: ${executions:-0} executions in $elapsed seconds, $found crashes"
[[ $status -eq 0 && $found -eq 0 ]]
