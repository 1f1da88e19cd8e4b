#!/usr/bin/env python3
"""Differential testing of minicc against the system C compiler.

For each seed: generate a program (gen_program.py), build the reference with
`cc -w -O0`, build minicc's (`minicc prog.c -o prog.s && cc prog.s -o got`),
run both and compare stdout and exit code.

    run_difftest.py --minicc build/driver/minicc --seeds 1-300
    run_difftest.py --minicc build/driver/minicc --time-budget 3600 --jobs 2
    run_difftest.py --gcc-only --ub-check --seeds 1-2000   # validate the generator
    run_difftest.py --validate --features types --seeds 1-3000  # gcc -O0/-O2, clang -O2, clang+sanitizers
    run_difftest.py --test-cc 'clang-14 -O1' --features structs --seeds 1-100  # another compiler under test

Ends with the line `difftest: N passed, M failed`; exits 1 if anything failed
(a mismatch, a minicc crash, compile error or timeout), 2 on usage errors.
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, FIRST_COMPLETED, wait

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_program  # noqa: E402

UBSAN = ['-fsanitize=undefined', '-fno-sanitize-recover=all']
# --validate: every build must print what `cc -O0` prints, and the sanitizers
# must stay silent.  The last build reports every implicit integer conversion
# that changes a value; those to unsigned types are well-defined (they wrap),
# those to signed types implementation-defined: the generator must make none
# (see signed_conversion_reports).
VALIDATE = ['cc -O2', 'clang-14 -O2',
            'clang-14 -fsanitize=undefined,address -fno-sanitize-recover=all',
            'clang-14 -fsanitize=implicit-conversion -fsanitize-recover=implicit-conversion']
IMPLICIT = re.compile(r"runtime error: implicit conversion from type .* to type '([^']*)'(?: \(aka '([^']*)'\))?")
SANITIZER_MARKS = (b'runtime error', b'AddressSanitizer', b'LeakSanitizer', b'SUMMARY: ')


class Result:
    def __init__(self, seed, ok, kind='', detail='', files=None):
        self.seed, self.ok, self.kind, self.detail = seed, ok, kind, detail
        self.files = files or {}   # name -> text, saved for failures


def run(cmd, timeout, **kw):
    """Run cmd; returns (returncode, stdout, stderr) with returncode None on timeout."""
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, **kw)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b'', e.stderr or b''


def text(b):
    return b.decode('utf-8', 'replace') if isinstance(b, bytes) else b


def check_seed(seed, opts):
    """seed is a generator seed, or the path of an existing C file (--files)."""
    if isinstance(seed, str):
        with open(seed) as f:
            src = f.read()
    else:
        try:
            src = gen_program.Generator(seed, opts.feats, include_stdio=not opts.no_include).program()
        except Exception as e:  # a generator bug must not stop the run
            return Result(seed, False, 'generator crashed', '%s: %s' % (type(e).__name__, e))
    return check_source(seed, src, opts)


def check_source(seed, src, opts):
    files = {'prog.c': src}
    link = opts.link_flags
    with tempfile.TemporaryDirectory(prefix='difftest-') as tmp:
        prog_c = os.path.join(tmp, 'prog.c')
        with open(prog_c, 'w') as f:
            f.write(src)
        ref = os.path.join(tmp, 'ref')
        ref_flags = ['-w', '-O0'] + (UBSAN if opts.ub_check else []) + opts.fp_flags
        rc, out, err = run([opts.cc] + ref_flags + [prog_c, '-o', ref] + link, opts.timeout * 6)
        if rc != 0:
            return Result(seed, False, 'reference compile failed', text(err)[-2000:], files)
        rrc, rout, rerr = run([ref], opts.timeout)
        if rrc is None:
            return Result(seed, False, 'reference timed out', '', files)
        if opts.ub_check and (b'runtime error' in rerr or rrc < 0):
            return Result(seed, False, 'undefined behaviour in generated program', text(rerr)[-2000:], files)
        files['expected.out'] = text(rout) + '\nexit code %d\n' % rrc

        if opts.also:
            # generator self-check with several builds, each compared with the reference
            for i, cmd in enumerate(opts.also):
                got = os.path.join(tmp, 'also%d' % i)
                argv = shlex.split(cmd)
                rc, out, err = run(argv[:1] + ['-w'] + argv[1:] + opts.fp_flags + [prog_c, '-o', got] + link,
                                   opts.timeout * 6)
                if rc != 0:
                    return Result(seed, False, '%s: compile failed' % cmd, text(err)[-2000:], files)
                grc, gout, gerr = run([got], opts.timeout * 3)
                if grc is None:
                    return Result(seed, False, '%s: timed out' % cmd, '', files)
                if 'implicit-conversion' in cmd:
                    bad = signed_conversion_reports(text(gerr))
                    if bad:
                        return Result(seed, False, '%s: conversion to a signed type changed a value' % cmd,
                                      '\n'.join(bad[:20]), files)
                elif any(m in gerr for m in SANITIZER_MARKS):
                    return Result(seed, False, '%s: sanitizer report' % cmd, text(gerr)[-2000:], files)
                if gout != rout or grc != rrc:
                    files['actual.out'] = text(gout) + '\nexit code %d\n' % grc
                    detail = first_difference(text(rout), text(gout))
                    if grc != rrc:
                        detail += '; exit code %d, expected %d' % (grc, rrc)
                    return Result(seed, False, '%s: output mismatch' % cmd, detail, files)
            return Result(seed, True)
        if opts.gcc_only:
            # generator self-check: an optimised build (by another compiler, if given,
            # which may order evaluation differently) must agree with the -O0 one
            got = os.path.join(tmp, 'got')
            rc, out, err = run([opts.other_cc or opts.cc, '-w', '-O2'] + opts.fp_flags + [prog_c, '-o', got] + link,
                               opts.timeout * 6)
            if rc != 0:
                return Result(seed, False, 'cc -O2 compile failed', text(err)[-2000:], files)
        else:
            asm = os.path.join(tmp, 'prog.o' if opts.test_cc else 'prog.s')
            rc, out, err = run(opts.under_test + [prog_c, '-o', asm], opts.timeout * 6)
            if rc is None:
                return Result(seed, False, 'minicc timed out', '', files)
            if rc != 0:
                kind = 'minicc crashed' if rc < 0 or rc > 2 else 'minicc rejected a valid program'
                return Result(seed, False, kind, text(err)[-3000:], files)
            if not opts.test_cc:   # an object file when --test-cc made it
                with open(asm) as f:
                    files['prog.s'] = f.read()
            got = os.path.join(tmp, 'got')
            rc, out, err = run([opts.cc, asm, '-o', got] + link, opts.timeout * 6)
            if rc != 0:
                return Result(seed, False, 'assembling minicc output failed', text(err)[-3000:], files)
        grc, gout, gerr = run([got], opts.timeout)
        if grc is None:
            return Result(seed, False, 'minicc-built program timed out', '', files)
        files['actual.out'] = text(gout) + '\nexit code %d\n' % grc
        if gout != rout or grc != rrc:
            detail = first_difference(text(rout), text(gout))
            if grc != rrc:
                detail += '; exit code %d, expected %d' % (grc, rrc)
            return Result(seed, False, 'output mismatch', detail, files)
    return Result(seed, True)


def signed_conversion_reports(err):
    """The implicit-conversion reports whose destination type is signed
    (plain char is signed on x86-64)."""
    bad = []
    for line in err.splitlines():
        m = IMPLICIT.search(line)
        if 'runtime error' in line and not m:
            bad.append(line)             # some other report: not expected either
        elif m and not (m.group(2) or m.group(1)).startswith('unsigned'):
            bad.append(line)
    return bad


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return 'line %d: expected %r, got %r' % (i + 1, x, y)
    if len(al) != len(bl):
        return 'expected %d lines, got %d' % (len(al), len(bl))
    return 'stdout identical'


def save_failure(res, dest):
    if isinstance(res.seed, str):
        d = os.path.join(dest, os.path.splitext(os.path.basename(res.seed))[0])
    else:
        d = os.path.join(dest, 'seed-%d' % res.seed)
    os.makedirs(d, exist_ok=True)
    for name, body in res.files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(body)
    with open(os.path.join(d, 'reason.txt'), 'w') as f:
        f.write('%s\n%s\n' % (res.kind, res.detail))
    return d


def parse_seeds(spec):
    if '-' in spec:
        a, b = spec.split('-', 1)
        return range(int(a), int(b) + 1)
    return range(int(spec), int(spec) + 1)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--minicc', help='path to the minicc binary')
    ap.add_argument('--minicc-flag', action='append', default=[], metavar='FLAG',
                    help='pass FLAG to minicc, e.g. --minicc-flag=-masm=intel (repeatable)')
    ap.add_argument('--test-cc', metavar='CMD',
                    help='test this compiler instead of minicc, e.g. "clang-14 -O1": it is run as '
                         'CMD -c prog.c -o prog.o and linked by --cc '
                         '(to prove a test harness passes, and fails when the compiler is wrong)')
    ap.add_argument('--cc', default='cc', help='reference compiler and assembler driver (default: cc)')
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument('--seeds', help='A-B (inclusive) or a single seed')
    g.add_argument('--time-budget', type=float, metavar='SECONDS',
                   help='run consecutive seeds from --start until the time is up')
    g.add_argument('--files', nargs='+', metavar='FILE.c',
                   help='check these C programs (or the .c files in these directories) '
                        'instead of generated ones, e.g. the regressions')
    ap.add_argument('--start', type=int, default=1, help='first seed for --time-budget (default 1)')
    ap.add_argument('--jobs', type=int, default=1, help='parallel seeds (the machine has 2 cores)')
    ap.add_argument('--features', default='full', help='generator features: basic, full, types, structs, floats (not for minicc yet), or a list')
    ap.add_argument('--link-math', action='store_true',
                    help='link with -lm and build without FP contraction (implied by --features floats; '
                         'for --files with floating programs)')
    ap.add_argument('--no-include', action='store_true', help='declare printf instead of #include <stdio.h>')
    ap.add_argument('--keep-failures', metavar='DIR', default='difftest-failures',
                    help='where failing programs and outputs are saved (default ./difftest-failures)')
    ap.add_argument('--timeout', type=float, default=10.0, help='seconds per program run')
    ap.add_argument('--ub-check', action='store_true',
                    help='build the reference with -fsanitize=undefined and fail on any report')
    ap.add_argument('--gcc-only', action='store_true',
                    help='no minicc: compare cc -O0 against cc -O2 (checks the generator itself)')
    ap.add_argument('--other-cc', metavar='CC',
                    help='with --gcc-only: build the -O2 side with this compiler (e.g. clang)')
    ap.add_argument('--also', action='append', default=[], metavar='CMD',
                    help='no minicc: build with CMD (e.g. "clang-14 -O2 -fsanitize=address") too and '
                         'require the same output as cc -O0 and no sanitizer report (repeatable)')
    ap.add_argument('--validate', action='store_true',
                    help='no minicc: --also %s' % ' --also '.join(repr(c) for c in VALIDATE))
    ap.add_argument('--quiet', '-q', action='store_true', help='only failures and the summary')
    ap.add_argument('--stop-after', type=int, default=0, help='stop after this many failures (0: never)')
    opts = ap.parse_args(argv)
    if opts.validate:
        opts.also += VALIDATE
    if opts.also:
        opts.gcc_only = True
    if opts.test_cc:
        if opts.gcc_only or opts.minicc:
            ap.error('--test-cc replaces --minicc and does not go with --gcc-only, --also or --validate')
        opts.under_test = shlex.split(opts.test_cc) + ['-c']
        if shutil.which(opts.under_test[0]) is None:
            ap.error('compiler under test not found: %s' % opts.under_test[0])
    elif not opts.gcc_only:
        if not opts.minicc:
            ap.error('--minicc is required (or --test-cc, or --gcc-only)')
        if not os.access(opts.minicc, os.X_OK):
            ap.error('minicc not executable: %s' % opts.minicc)
        opts.minicc = os.path.abspath(opts.minicc)
        opts.under_test = [opts.minicc] + opts.minicc_flag
    if shutil.which(opts.cc) is None:
        ap.error('reference compiler not found: %s' % opts.cc)
    try:
        opts.feats = gen_program.parse_features(opts.features)
    except ValueError as e:
        ap.error(str(e))
    # Floating programs call <math.h> (libm), and the builds that check them
    # must not contract a*b+c into an fma: gcc would do that only with an FMA
    # target (-march=...), never passed here, and -ffp-contract=off makes
    # sure of it for gcc and clang alike.  Other programs are built as before.
    floats = 'floats' in opts.feats or opts.link_math
    opts.link_flags = ['-lm'] if floats else []
    opts.fp_flags = ['-ffp-contract=off'] if floats else []

    start = time.time()
    if opts.files:
        files = []
        for path in opts.files:  # a directory stands for the .c files in it
            if os.path.isdir(path):
                files += sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith('.c'))
            else:
                files.append(path)
        seeds = iter(files)
        deadline = None
    elif opts.seeds:
        seeds = iter(parse_seeds(opts.seeds))
        deadline = None
    else:
        seeds = iter(range(opts.start, 2 ** 62))
        deadline = start + opts.time_budget

    passed = failed = 0
    lock = threading.Lock()
    with ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        pending = set()

        def submit():
            if deadline is not None and time.time() >= deadline:
                return False
            if opts.stop_after and failed >= opts.stop_after:
                return False
            seed = next(seeds, None)
            if seed is None:
                return False
            pending.add(pool.submit(check_seed, seed, opts))
            return True

        for _ in range(max(1, opts.jobs)):
            if not submit():
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                pending.discard(fut)
                res = fut.result()
                with lock:
                    if res.ok:
                        passed += 1
                    else:
                        failed += 1
                        where = save_failure(res, opts.keep_failures)
                        name = res.seed if isinstance(res.seed, str) else 'seed %d' % res.seed
                        first = (res.detail.strip().splitlines() or [''])[0]
                        print('FAIL %s: %s: %s (saved in %s)' % (name, res.kind, first, where), flush=True)
                    n = passed + failed
                    if not opts.quiet and n % 50 == 0:
                        print('... %d seeds, %d failed, %.0fs' % (n, failed, time.time() - start), flush=True)
                submit()
    print('difftest: %d passed, %d failed' % (passed, failed), flush=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
