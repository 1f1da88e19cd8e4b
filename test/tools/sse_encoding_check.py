#!/usr/bin/env python3
"""Checks that the three notations' SSE instructions are the same machine code.

    sse_encoding_check.py --tool build/test/minicc_sse_listing [--cc cc]
                          [--compare intel,plan9] [--plan9-listing FILE.s]

minicc_sse_listing prints one function with every SSE instruction of the
machine layer (both precisions; registers, memory, the constant pool, the
parity jumps and sets) in AT&T, Intel or Plan 9. The AT&T listing, as GNU as
assembles it (cc -c), is the reference; each notation named by --compare is
assembled too (Intel by GNU as, Plan 9 by go tool asm) and disassembled, and
compared with it instruction by instruction, by encoding. As in
plan9_compare.py, the bytes a relocation fills in are masked and a jump is
compared by the instruction it lands on; the accepted differences of
encoding_pairs.py are printed by name. Any other difference shows both
disassemblies and makes the exit status 1. Without go on PATH the Plan 9
comparison is skipped with a message (lit skips its test first: REQUIRES: go).

--plan9-listing uses that Plan 9 listing instead of the tool's: the lit
tests use it to show that a wrong listing is caught.
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

FUNCTION = 'sse'


def run(command, stdout=None):
    done = subprocess.run(command, stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError('%s failed:\n%s' % (' '.join(command), done.stderr.strip()))
    return done.stdout


def listing(tool, notation, scratch):
    path = os.path.join(scratch, notation + '.s')
    with open(path, 'w') as out:
        run([tool, notation], stdout=out)
    return path


def the_function(functions, who):
    for function in functions:
        if function.name == FUNCTION:
            return function
    raise RuntimeError('%s: no function %s in the object' % (who, FUNCTION))


def gnu_assembled(cc, path, scratch):
    obj = path + '.o'
    run([cc, '-c', path, '-o', obj])
    sizes = gnu_function_sizes(run(['objdump', '-t', obj]))
    return the_function(parse_gnu_objdump(run(['objdump', '-dr', '--insn-width=16', obj]), sizes),
                        path)


def go_assembled(go, path):
    obj = path + '.o'
    complaint = go.assemble(path, obj)
    if complaint:
        raise RuntimeError('go tool asm refused %s:\n%s' % (path, complaint))
    return the_function(parse_go_objdump(go.objdump(obj)), path)


def side_by_side(name, other, reference, differing):
    rows = ['  %3s  %-30s %-34s | %-30s %s' % ('#', name, '', 'AT&T (GNU as)', '')]
    for i, (a, b) in enumerate(itertools.zip_longest(other.instructions, reference.instructions)):
        rows.append('%s %3d  %-30s %-34s | %-30s %s' % (
            '!' if i in differing else ' ', i,
            a.hex() if a else '', a.text if a else '', b.hex() if b else '', b.text if b else ''))
    return '\n'.join(rows)


def compare(name, other, reference):
    """The number of differing instructions; accepted pairs are printed, not counted."""
    other_side, reference_side = Side(other), Side(reference)
    differing = set()
    for i, (a, b) in enumerate(itertools.zip_longest(other.instructions, reference.instructions)):
        if a is None or b is None:
            differing.add(i)
        elif comparable(a, other_side) != comparable(b, reference_side):
            pair = accepted_pair(a, b, other_side, reference_side)
            if pair is None:
                differing.add(i)
            else:
                print('accepted: %s #%d: %s: %s (%s) vs %s (%s)'
                      % (name, i, pair, a.text, a.hex(), b.text, b.hex()))
    if differing:
        print('MISMATCH: %s: %d instruction(s) differ from AT&T\n%s'
              % (name, len(differing), side_by_side(name, other, reference, differing)))
    return len(differing)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--tool', required=True, help='minicc_sse_listing')
    parser.add_argument('--cc', default='cc')
    parser.add_argument('--compare', default='intel,plan9',
                        help='notations to set beside AT&T: intel, plan9 or both')
    parser.add_argument('--plan9-listing', help='use this Plan 9 listing instead of the tool\'s')
    args = parser.parse_args()
    notations = [n for n in args.compare.split(',') if n]
    mismatches = 0
    with tempfile.TemporaryDirectory() as scratch:
        try:
            reference = gnu_assembled(args.cc, listing(args.tool, 'att', scratch), scratch)
            summary = ['%d instructions' % len(reference.instructions)]
            for notation in notations:
                if notation == 'intel':
                    other = gnu_assembled(args.cc, listing(args.tool, 'intel', scratch), scratch)
                elif notation == 'plan9':
                    go = find_go()
                    if go is None:
                        summary.append('Plan 9 skipped')
                        continue
                    other = go_assembled(go, args.plan9_listing or listing(args.tool, 'plan9', scratch))
                else:
                    parser.error('no notation %r' % notation)
                differ = compare(notation, other, reference)
                mismatches += differ
                summary.append('%s %s' % (notation, 'identical' if not differ
                                          else '%d mismatches' % differ))
        except (RuntimeError, ValueError) as error:
            print('FAIL: %s' % error)
            return 1
    print('sse-encodings: ' + '; '.join(summary))
    return 1 if mismatches else 0


if __name__ == '__main__':
    sys.exit(main())
