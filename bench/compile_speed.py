"""Compile throughput: every compiler on the same generated file, at several sizes."""
import math
import os

import compilers
import gen_large_program
from timing import interleaved_medians, peak_rss_kib


class CompileResult:
    """One compiler at one size."""

    def __init__(self, lines, size_bytes, seconds, rss_kib):
        self.lines = lines
        self.size_bytes = size_bytes
        self.seconds = seconds
        self.rss_kib = rss_kib

    @property
    def lines_per_second(self):
        return self.lines / self.seconds


def measure(minicc, sizes, rounds, clock, work_dir, log):
    """{compiler label: [CompileResult per size]} for files of about `sizes` lines."""
    results = {}
    for size in sizes:
        source = os.path.join(work_dir, f"generated-{size}.c")
        text = gen_large_program.generate(size, seed=1)
        with open(source, "w") as f:
            f.write(text)
        lines = text.count("\n")
        commands = compilers.compile_only_commands(minicc, source, work_dir)
        # The memory run is also the check that each compiler accepts the file,
        # and it warms the file cache before the timed rounds.
        rss = {label: peak_rss_kib(argv, f"{label} on {lines} lines")
               for label, argv in commands.items()}
        log(f"compile: {lines} lines, {rounds} rounds of {', '.join(commands)}")
        medians = interleaved_medians(commands, rounds, clock)
        for label in commands:
            result = CompileResult(lines, len(text.encode()), medians[label], rss[label])
            results.setdefault(label, []).append(result)
    return results


def scaling_exponent(points):
    """The least-squares slope of log(time) against log(lines).

    1 means time grows in proportion to the input; 2 would be quadratic.
    """
    if len(points) < 2:
        return None
    xs = [math.log(p.lines) for p in points]
    ys = [math.log(p.seconds) for p in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread
