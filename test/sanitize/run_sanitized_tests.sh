#!/usr/bin/env bash
# Builds minicc with AddressSanitizer + UndefinedBehaviorSanitizer in
# build-asan/ and runs the whole test suite (ctest: unit tests and lit) on it.
# Fails if a test fails or if a sanitizer reported anything at all.
#
#   test/sanitize/run_sanitized_tests.sh
#
# Environment: CC/CXX pick the compiler (default: clang-14/clang++-14 when
# installed, else the system's cc/c++; both work), MINICC_ASAN_BUILD_DIR
# (default <repo>/build-asan). Needs cmake, re2c, libgtest-dev, llvm-14-tools
# (lit, FileCheck), python3; clang-14 and ninja-build preferred.
#
# Why the reports go to files: many lit tests expect minicc to fail ("exit 1
# with a diagnostic"), and a sanitizer report also ends the process with a
# non-zero status, so such a test could pass over a report. Every report is
# therefore also written to build-asan/sanitizer-reports/, and any file there
# fails the run, whatever the tests said. exitcode=99 sets reports apart from
# minicc's own exit codes (0, 1, 2), so tests that check the exit code fail too.
#
# Why clang when there is one: gcc 12's libubsan ignores log_path and prints
# to stderr. Those reports are still caught, by exitcode=99 and by searching
# lit's output directory for report text, but one in a test that throws
# stderr away and accepts any failure would slip through. With clang every
# report lands in the report directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MINICC_ASAN_BUILD_DIR:-$root/build-asan}
reports=$build/sanitizer-reports

if [[ -z ${CC:-} && -z ${CXX:-} ]] && command -v clang-14 >/dev/null && command -v clang++-14 >/dev/null; then
  export CC=clang-14 CXX=clang++-14
fi
export CC=${CC:-cc} CXX=${CXX:-c++}
# A build directory is tied to its compiler: start afresh if another was asked for.
if [[ -f $build/CMakeCache.txt && -n ${CXX:-} ]] &&
   ! grep -q "^CMAKE_CXX_COMPILER:[A-Z]*=.*$(basename "$CXX")\$" "$build/CMakeCache.txt"; then
  echo "sanitize: $build was configured with another compiler; reconfiguring from scratch"
  rm -rf "$build"
fi
generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi
echo "sanitize: configuring $build (${CXX:-c++})"
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMINICC_SANITIZE=ON -DMINICC_TESTS=ON -DMINICC_FUZZ=OFF >/dev/null
echo "sanitize: building"
cmake --build "$build" -- -j"$(nproc)"

# Fresh report and lit output directories, so nothing stale is counted.
rm -rf "$reports" "$build/lit-out"
mkdir -p "$reports"
# log_path sends each report to <reports>/report.<pid> instead of stderr;
# exitcode=99 makes a report stand out from minicc's own exit codes (0, 1, 2).
# Leak checking is on (LSan is part of ASan on Linux).
export ASAN_OPTIONS="log_path=$reports/report:exitcode=99:detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="log_path=$reports/report:exitcode=99:print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="log_path=$reports/report"

echo "sanitize: running the test suite under ASan+UBSan"
set +e
(cd "$build" && ctest --output-on-failure -j"$(nproc)")
status=$?
set -e

# Second net: reports that went to stderr and were captured by a test into a
# file under lit's output directory.
if [[ -d $build/lit-out ]]; then
  # (grep finds nothing in a clean run and exits 1: not an error here)
  { grep -r -l -a --exclude='*.script' -E 'runtime error: |ERROR: (Address|Leak|UndefinedBehavior)Sanitizer' \
      "$build/lit-out" 2>/dev/null || true; } |
    while IFS= read -r file; do cp "$file" "$reports/captured.$(basename "$file")"; done
fi

if compgen -G "$reports/*" >/dev/null; then
  echo "sanitize: sanitizer reports:" >&2
  for report in "$reports"/*; do
    echo "--- $report" >&2
    head -n 60 "$report" >&2
  done
  echo "sanitize: FAILED: $(ls "$reports" | wc -l) sanitizer report(s)" >&2
  exit 1
fi
if [[ $status -ne 0 ]]; then
  echo "sanitize: FAILED: ctest exited $status" >&2
  exit "$status"
fi
echo "sanitize: all tests passed under ASan+UBSan, no sanitizer reports"
