#!/usr/bin/env bash
# Builds minicc and runs the whole test suite: GoogleTest units and the lit
# FileCheck tests (assembly, program output, diagnostics, CLI), through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake -S . -B build -G Ninja >/dev/null
ninja -C build
ctest --test-dir build --output-on-failure -j2
