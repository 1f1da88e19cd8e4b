#!/bin/sh
# Compares the listings of two minicc binaries over every C file of the
# bench programs, the examples and the lit tests, at each flag set that
# changes the printed output. A performance change must leave them equal.
#
# Usage: test/tools/compare_listings_back.sh <reference-minicc> <new-minicc>
# Exits 1 and names each differing file and flag set; 0 when all agree.
set -u
ref=$1
new=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/compared"
: >"$work/differences"
# The benchmark's generated program too: the most code of any input.
python3 "$root/bench/gen_large_program.py" --lines 3000 >"$work/generated.c"

flag_sets='
-O
-g
-masm=intel
-fverbose-asm
--target=x86_64-apple-darwin
-masm=plan9
-O -g
-O -fverbose-asm
-O -masm=intel
-O -masm=plan9
-O --target=x86_64-apple-darwin
-g -masm=intel
-fverbose-asm -masm=intel
-fverbose-asm -masm=plan9
-fno-asynchronous-unwind-tables
-fno-jump-tables
'

for file in "$work/generated.c" $(find "$root/bench/programs" "$root/examples" "$root/test/lit" -name '*.c' | sort); do
  # The empty line first: no flags at all.
  printf '\n%s' "$flag_sets" | while IFS= read -r flags; do
    # shellcheck disable=SC2086  # the flags are words
    "$ref" $flags "$file" -o "$work/ref.s" >"$work/ref.out" 2>&1
    ref_status=$?
    "$new" $flags "$file" -o "$work/new.s" >"$work/new.out" 2>&1
    new_status=$?
    [ $ref_status -eq 0 ] || rm -f "$work/ref.s"
    [ $new_status -eq 0 ] || rm -f "$work/new.s"
    if [ $ref_status -ne $new_status ] ||
       ! cmp -s "$work/ref.out" "$work/new.out" ||
       { [ $ref_status -eq 0 ] && ! cmp -s "$work/ref.s" "$work/new.s"; }; then
      echo "DIFFERS: $file [$flags]"
      echo x >>"$work/differences"
    fi
    echo x >>"$work/compared"
  done
done
compared=$(wc -l <"$work/compared")
differ=$(wc -l <"$work/differences")
echo "compared $compared compilations, $differ differ"
[ "$differ" -eq 0 ]
