#!/usr/bin/env bash
# From a fresh clone: install what is missing, build minicc, and compile a
# shipped example end to end: C -> assembly (shown) -> cc -> run.
set -euo pipefail
cd "$(dirname "$0")/.."
example=${1:-examples/function-call1.c}

tools/install-deps.sh
cmake -S . -B build -G Ninja >/dev/null
ninja -C build minicc

mkdir -p build/examples
name=$(basename "$example" .c)
echo "== minicc $example -o build/examples/$name.s"
build/driver/minicc "$example" -o "build/examples/$name.s"
cat "build/examples/$name.s"
echo "== cc build/examples/$name.s -o build/examples/$name && ./build/examples/$name"
cc "build/examples/$name.s" -o "build/examples/$name"
"./build/examples/$name"
