"""Wall-clock medians from hyperfine, and peak memory from GNU time.

Commands are timed in interleaved rounds: each round runs every command once,
starting from a different one each time, so a burst of load from elsewhere
on the machine falls on all of them alike instead of on whichever happened
to run then. The median of the rounds is reported.

The clock is CPU time (user + system) by default: on a machine shared with
other jobs, wall time also counts the time a command waited for a core,
which says more about the other jobs than about the command.
"""
import json
import os
import shlex
import statistics
import subprocess
import tempfile


class BenchError(Exception):
    """A measurement that cannot be trusted: the script stops with this message."""


def run_checked(argv, what, **kwargs):
    """Runs argv; a failure is a BenchError that shows the command and its stderr."""
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)
    if proc.returncode != 0:
        raise BenchError(f"{what} failed (exit {proc.returncode}): {shlex.join(argv)}\n"
                         + proc.stderr.decode(errors="replace")[-3000:])
    return proc


def peak_rss_kib(argv, what):
    """Runs argv once under /usr/bin/time and returns its peak resident set in KiB."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as report:
        run_checked(["/usr/bin/time", "-f", "%M", "-o", report.name] + argv, what)
        return int(report.read().split()[-1])


CLOCKS = ("cpu", "wall")


def interleaved_medians(commands, rounds, clock="cpu"):
    """Median seconds of each command over `rounds` interleaved rounds.

    `commands` maps a label to an argv list; `clock` is "cpu" (user + system)
    or "wall". hyperfine runs each round (one run per command, no shell in
    between); a command that fails stops everything.
    """
    labels = list(commands)
    times = {label: [] for label in labels}
    for round_index in range(rounds):
        start = round_index % len(labels)
        order = labels[start:] + labels[:start]
        results = _hyperfine_round([commands[l] for l in order], order)
        for label, result in zip(order, results):
            seconds = result["user"] + result["system"] if clock == "cpu" else result["times"][0]
            times[label].append(seconds)
    return {label: statistics.median(values) for label, values in times.items()}


def _hyperfine_round(argvs, labels):
    with tempfile.TemporaryDirectory(prefix="bench-hyperfine-") as tmp:
        export = os.path.join(tmp, "round.json")
        argv = ["hyperfine", "--shell=none", "--runs", "1", "--style", "none",
                "--export-json", export]
        for label, command in zip(labels, argvs):
            argv += ["--command-name", label, shlex.join(command)]
        run_checked(argv, "hyperfine")
        with open(export) as f:
            results = json.load(f)["results"]
    return results
