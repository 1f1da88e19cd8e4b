#!/usr/bin/env python3
"""Checks that Go's assembler accepts minicc's Plan 9 listing of each C file.

    plan9_assemble_check.py --minicc build/driver/minicc test/lit/run/*.c examples/*.c

Each file is compiled with -masm=plan9 (and the -I/-D/-U of its RUN line),
then assembled by `go tool asm`. Every refusal is reported with the file's
name and Go's error; the exit status is 1 if there was any. Without go on
PATH it says so and exits 0 (lit skips the test first: REQUIRES: go).
"""
import argparse
import os
import subprocess
import sys
import tempfile

from go_toolchain import find_go
from run_line_flags import minicc_flags


def check(go, minicc, c_file, scratch):
    """Go's complaint about c_file's listing, or '' when it assembled."""
    listing = os.path.join(scratch, 'plan9.s')
    compiled = subprocess.run([minicc, '-masm=plan9', *minicc_flags(c_file), c_file,
                               '-o', listing], capture_output=True, text=True)
    if compiled.returncode != 0:
        return 'minicc failed:\n' + compiled.stderr.strip()
    return go.assemble(listing, os.path.join(scratch, 'plan9.o'))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--minicc', required=True)
    parser.add_argument('files', nargs='+')
    args = parser.parse_args()
    go = find_go()
    if go is None:
        return 0
    refused = 0
    with tempfile.TemporaryDirectory() as scratch:
        for c_file in args.files:
            complaint = check(go, args.minicc, c_file, scratch)
            if complaint:
                refused += 1
                print('FAIL: %s: go tool asm refused the Plan 9 listing:' % c_file)
                print('    ' + complaint.replace('\n', '\n    '))
    print('plan9-assemble: %d of %d listings accepted by go tool asm'
          % (len(args.files) - refused, len(args.files)))
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main())
