#!/usr/bin/env python3
"""Checks that the Plan 9 and AT&T listings of a C file are the same machine code.

    plan9_compare.py --minicc build/driver/minicc [--cc cc] file.c...

For each file it builds
  (a) minicc -masm=plan9, assembled by `go tool asm`, disassembled by
      `go tool objdump`, and
  (b) minicc -fno-jump-tables -fno-asynchronous-unwind-tables (AT&T: Plan 9
      has no jump tables and no CFI), assembled by `cc -c`, disassembled by
      GNU `objdump -dr`,
and compares them function by function, instruction by instruction, by
their encodings. Ignored on purpose: GNU's alignment padding after a
function (cut at the function's .size), the package prefix Go gives names,
and the bytes a relocation fills in (both assemblers leave zeros there; the
summary says whether they did). Jumps are compared by target instruction.
An accepted difference (encoding_pairs.ACCEPTED_PAIRS) is printed by name; any
other difference prints both disassemblies side by side and makes the exit
status 1. Without go on PATH it says so and exits 0.

--plan9-listing FILE.s uses that listing for (a) instead of minicc's (one C
file only): the lit tests use it to show that a wrong listing is caught.
"""
import argparse
import itertools
import os
import subprocess
import sys
import tempfile

from disassembly import gnu_function_sizes, parse_go_objdump, parse_gnu_objdump
from encoding_pairs import Side, accepted_pair, comparable
from go_toolchain import find_go
from run_line_flags import minicc_flags


class Tally:
    def __init__(self):
        self.programs = self.functions = self.instructions = 0
        self.accepted = self.mismatches = self.nonzero_relocated = 0


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError('%s failed:\n%s' % (' '.join(command), (done.stdout + done.stderr).strip()))
    return done.stdout


def go_functions(go, minicc, c_file, listing, scratch):
    if listing is None:
        listing = os.path.join(scratch, 'plan9.s')
        run([minicc, '-masm=plan9', *minicc_flags(c_file), c_file, '-o', listing])
    obj = os.path.join(scratch, 'plan9.o')
    complaint = go.assemble(listing, obj)
    if complaint:
        raise RuntimeError('go tool asm refused the Plan 9 listing:\n' + complaint)
    return parse_go_objdump(go.objdump(obj))


def gnu_functions(minicc, cc, c_file, scratch):
    listing, obj = os.path.join(scratch, 'att.s'), os.path.join(scratch, 'att.o')
    run([minicc, '-fno-jump-tables', '-fno-asynchronous-unwind-tables', *minicc_flags(c_file),
         c_file, '-o', listing])
    run([cc, '-c', listing, '-o', obj])
    sizes = gnu_function_sizes(run(['objdump', '-t', obj]))
    return parse_gnu_objdump(run(['objdump', '-dr', '--insn-width=16', obj]), sizes)


def side_by_side(go, gnu, differing):
    """Both disassemblies, one instruction a row, differing rows marked '!'."""
    rows = ['  %3s  %-24s %-30s | %-24s %s' % ('#', 'go tool asm', '', 'GNU as', '')]
    for i, (a, b) in enumerate(itertools.zip_longest(go.instructions, gnu.instructions)):
        rows.append('%s %3d  %-24s %-30s | %-24s %s' % (
            '!' if i in differing else ' ', i,
            a.hex() if a else '', a.text if a else '', b.hex() if b else '', b.text if b else ''))
    return '\n'.join(rows)


def compare_function(c_file, go, gnu, tally):
    go_side, gnu_side = Side(go), Side(gnu)
    differing = set()
    for i, (a, b) in enumerate(itertools.zip_longest(go.instructions, gnu.instructions)):
        if a is None or b is None:
            differing.add(i)
        elif comparable(a, go_side) != comparable(b, gnu_side):
            pair = accepted_pair(a, b, go_side, gnu_side)
            if pair is None:
                differing.add(i)
                continue
            tally.accepted += 1
            print('accepted: %s: %s #%d: %s: go %s (%s) vs GNU %s (%s)'
                  % (c_file, go.name, i, pair, a.text, a.hex(), b.text, b.hex()))
    tally.functions += 1
    tally.instructions += len(gnu.instructions)
    tally.nonzero_relocated += sum(i.nonzero_relocated_bytes()
                                   for i in go.instructions + gnu.instructions)
    if differing:
        tally.mismatches += 1
        print('MISMATCH: %s: function %s: %d instruction(s) differ\n%s'
              % (c_file, go.name, len(differing), side_by_side(go, gnu, differing)))


def compare_file(go, args, c_file, scratch, tally):
    tally.programs += 1
    try:
        plan9 = go_functions(go, args.minicc, c_file, args.plan9_listing, scratch)
        att = gnu_functions(args.minicc, args.cc, c_file, scratch)
    except (RuntimeError, ValueError) as error:
        tally.mismatches += 1
        print('FAIL: %s: %s' % (c_file, error))
        return
    att_by_name = {f.name: f for f in att}
    plan9_names = {f.name for f in plan9}
    for function in plan9:
        if function.name in att_by_name:
            compare_function(c_file, function, att_by_name[function.name], tally)
        else:
            tally.mismatches += 1
            print('MISMATCH: %s: function %s is only in the Plan 9 object' % (c_file, function.name))
    for function in att:
        if function.name not in plan9_names:
            tally.mismatches += 1
            print('MISMATCH: %s: function %s is only in the AT&T object' % (c_file, function.name))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--minicc', required=True)
    parser.add_argument('--cc', default='cc')
    parser.add_argument('--plan9-listing', help='use this Plan 9 listing (one C file only)')
    parser.add_argument('files', nargs='+')
    args = parser.parse_args()
    if args.plan9_listing and len(args.files) != 1:
        parser.error('--plan9-listing goes with exactly one C file')
    go = find_go()
    if go is None:
        return 0
    tally = Tally()
    with tempfile.TemporaryDirectory() as scratch:
        for c_file in args.files:
            compare_file(go, args, c_file, scratch, tally)
    print('plan9-compare: %d programs, %d functions, %d instructions: %s; %d accepted differences; '
          'relocated bytes %s'
          % (tally.programs, tally.functions, tally.instructions,
             'all identical' if not tally.mismatches else '%d mismatches' % tally.mismatches,
             tally.accepted,
             'all zero' if not tally.nonzero_relocated
             else 'masked (%d were not zero)' % tally.nonzero_relocated))
    return 1 if tally.mismatches else 0


if __name__ == '__main__':
    sys.exit(main())
