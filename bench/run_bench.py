#!/usr/bin/env python3
"""minicc's benchmark: compile throughput and run time against gcc, clang and tcc.

    bench/run_bench.py [--minicc PATH] [--quick] [--sizes 10000,50000,...]
                       [--runs N] [--clock cpu|wall] [--programs fib,tak,...] [--out FILE]

Compile throughput: every compiler compiles the same generated program
(bench/gen_large_program.py) at each size; reported as lines per second and
peak memory, with each compiler's scaling exponent across the sizes.

Run time: every program in bench/programs/ is built by minicc and the other
compilers, each build's output is checked against gcc -O0's (a mismatch
stops the script with exit status 1), and the run times are reported as
ratios to gcc -O0 with a geometric mean per build.

Times are medians of --runs interleaved rounds, taken with hyperfine, in CPU
time (user + system) unless --clock wall; memory is GNU time's peak RSS. The Markdown report goes to standard output and to
bench/results/<date>-<host>.md (for --quick only with --out). --quick is a
smoke run for CI: the smallest size, one round, two programs.
"""
import argparse
import datetime
import os
import shutil
import sys
import tempfile

import compile_speed
import machine
import report
import run_speed
from timing import CLOCKS, BenchError

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MINICC = os.path.join(os.path.dirname(BENCH_DIR), "build", "driver", "minicc")
QUICK_PROGRAMS = ["fib", "collatz"]
NEEDED_TOOLS = ["hyperfine", "/usr/bin/time", "gcc", "clang-14", "tcc"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minicc", default=DEFAULT_MINICC)
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 10,000 lines, one round, two programs")
    parser.add_argument("--sizes", default="10000,50000,100000,200000",
                        help="comma-separated line counts of the generated program")
    parser.add_argument("--runs", type=int, default=3, help="timed rounds per measurement")
    parser.add_argument("--clock", choices=CLOCKS, default="cpu",
                        help="cpu: user + system time (robust on a shared machine); wall: elapsed")
    parser.add_argument("--programs", help="comma-separated names from bench/programs/ (all by default)")
    parser.add_argument("--out", help="the results file (default bench/results/<date>-<host>.md)")
    args = parser.parse_args()
    args.sizes = [int(size) for size in args.sizes.split(",")]
    args.programs = args.programs.split(",") if args.programs else None
    if args.quick:
        args.sizes, args.runs = [min(args.sizes)], 1
        args.programs = args.programs or QUICK_PROGRAMS
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def check_tools(minicc):
    if not os.access(minicc, os.X_OK):
        raise BenchError(f"minicc not found at {minicc} (build it, or pass --minicc)")
    missing = [tool for tool in NEEDED_TOOLS if shutil.which(tool) is None]
    if missing:
        raise BenchError(f"missing {', '.join(missing)}: run tools/install-deps.sh")


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def benchmark(args):
    check_tools(args.minicc)
    now = datetime.datetime.now(datetime.timezone.utc)
    machine_rows = [("date", now.strftime("%Y-%m-%d %H:%M UTC"))] + machine.description(args.minicc)
    with tempfile.TemporaryDirectory(prefix="minicc-bench-") as work_dir:
        compiled = compile_speed.measure(args.minicc, args.sizes, args.runs, args.clock,
                                         work_dir, log)
        ran = run_speed.measure(args.minicc, run_speed.program_paths(args.programs), args.runs,
                                args.clock, work_dir, log)
    machine_rows.append(("load average at end", machine.load_average()))
    title = "# minicc benchmark" + (" (quick smoke run)" if args.quick else "")
    clock = "CPU time (user + system)" if args.clock == "cpu" else "wall time"
    settings = (f"{args.runs} interleaved round(s) per measurement, medians of {clock}; "
                f"sizes {', '.join(f'{n:,}' for n in args.sizes)} lines.")
    text = "\n\n".join([title, settings, report.compile_tables(compiled), report.run_table(ran),
                        report.machine_table(machine_rows)]) + "\n"
    return text, now


def main():
    args = parse_arguments()
    try:
        text, now = benchmark(args)
    except BenchError as error:
        sys.exit(f"bench: FAILED: {error}")
    sys.stdout.write(text)
    out = args.out
    if out is None and not args.quick:
        out = os.path.join(BENCH_DIR, "results", f"{now:%Y-%m-%d}-{machine.hostname()}.md")
    if out:
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w") as f:
            f.write(text)
        log(f"wrote {out}")


if __name__ == "__main__":
    main()
