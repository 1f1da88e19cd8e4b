#!/usr/bin/env python3
"""Compare two minicc binaries' output over the repository's C files.

A speed change must not change what the compiler writes: for every .c file
under bench/programs, examples and test/lit (and a generated program), and
every flag set below, both binaries' standard output, standard error and
exit status must be byte-identical. Prints each difference; exits 1 if there was any.

usage: compare_listings.py REFERENCE_MINICC NEW_MINICC [EXTRA_FILE.c ...]
"""
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE_DIRS = ["bench/programs", "examples", "test/lit"]
# Every flag that changes the listing, alone and in the pairs that meet in
# the code (-O with each notation and with -g), and the front end's dumps.
FLAG_SETS = [[], ["-O"], ["-g"], ["-masm=intel"], ["-masm=plan9"], ["-fverbose-asm"],
             ["--target=x86_64-apple-darwin"], ["-O", "-g"], ["-O", "-fverbose-asm"],
             ["-O", "-masm=intel"], ["-O", "-masm=plan9"], ["-O", "--target=x86_64-apple-darwin"],
             ["-g", "-masm=intel"], ["-fverbose-asm", "-masm=intel"], ["-fverbose-asm", "-masm=plan9"],
             ["-fno-asynchronous-unwind-tables"], ["-fno-jump-tables"],
             ["-E"], ["--dump-tokens"], ["--dump-ast"]]
GENERATED_LINES = 3000  # the benchmark's generated program too: the most code of any input


def c_files():
    for top in SOURCE_DIRS:
        for directory, _, names in os.walk(os.path.join(ROOT, top)):
            for name in sorted(names):
                if name.endswith(".c"):
                    yield os.path.relpath(os.path.join(directory, name), ROOT)


def run(binary, path, flags):
    try:
        done = subprocess.run([binary, *flags, path, "-o", "-"], cwd=ROOT,
                              capture_output=True, timeout=60)
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""


def compare(job):
    reference, new, path, flags = job
    before = run(reference, path, flags)
    after = run(new, path, flags)
    if before == after:
        return None
    parts = [name for name, x, y in zip(("status", "stdout", "stderr"), before, after) if x != y]
    return f"{path} {' '.join(flags) or '(no flags)'}: {', '.join(parts)} differ"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    reference, new = (os.path.abspath(b) for b in sys.argv[1:3])
    files = list(c_files()) + [os.path.abspath(f) for f in sys.argv[3:]]
    with tempfile.TemporaryDirectory() as work:
        generated = os.path.join(work, "generated.c")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_large_program.py"),
                        "--lines", str(GENERATED_LINES), "-o", generated], check=True)
        compare_all(reference, new, files + [generated])


def compare_all(reference, new, files):
    jobs = [(reference, new, f, flags) for f in files for flags in FLAG_SETS]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        differences = [d for d in pool.map(compare, jobs) if d]
    for d in differences:
        print(d)
    print(f"{len(files)} files x {len(FLAG_SETS)} flag sets: {len(differences)} differences")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
