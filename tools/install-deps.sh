#!/usr/bin/env bash
# Installs the Debian packages minicc needs to build and test, if missing.
set -euo pipefail

packages=()
need() {  # need PACKAGE TEST...: install PACKAGE unless the test passes
  local package=$1; shift
  if ! "$@" >/dev/null 2>&1; then packages+=("$package"); fi
}
need re2c command -v re2c
need cmake command -v cmake
need ninja-build command -v ninja
need g++ command -v c++
need python3 command -v python3
need llvm-14-tools test -x /usr/lib/llvm-14/bin/FileCheck -a -f /usr/lib/llvm-14/build/utils/lit/lit.py
need llvm-14 command -v llvm-mc-14
need libgtest-dev test -f /usr/include/gtest/gtest.h
need googletest test -d /usr/src/googletest
need clang-14 command -v clang++-14
need golang-go command -v go  # Go's assembler, for the Plan 9 checks (test/lit/plan9)
need gdb command -v gdb  # the -g tests (test/lit/debug) debug minicc's programs with it
need libclang-rt-14-dev bash -c 'ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a'
# bench/run_bench.py times with hyperfine, measures memory with GNU time and
# compares against tcc.
need hyperfine command -v hyperfine
need tcc command -v tcc
need time test -x /usr/bin/time

if [ ${#packages[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi
echo "install-deps: installing ${packages[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
