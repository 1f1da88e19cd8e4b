"""Run time: each program in bench/programs/ built by every compiler, timed, checked."""
import glob
import math
import os

import compilers
from timing import BenchError, interleaved_medians, run_checked

PROGRAMS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")


def program_paths(names=None):
    """Every bench/programs/*.c, sorted; a new program is just a new file there.

    `names` (without .c) picks some of them, in the order given.
    """
    found = {os.path.splitext(os.path.basename(p))[0]: p
             for p in sorted(glob.glob(os.path.join(PROGRAMS_DIR, "*.c")))}
    if names is None:
        return list(found.values())
    missing = [name for name in names if name not in found]
    if missing:
        raise BenchError(f"no such program in {PROGRAMS_DIR}: {', '.join(missing)}")
    return [found[name] for name in names]


def _build_all(source, builds, work_dir):
    """{label: executable path} with every build of `source`."""
    name = os.path.splitext(os.path.basename(source))[0]
    executables = {}
    for build in builds:
        exe = os.path.join(work_dir, f"{name}.{build.label.replace(' ', '_')}")
        for argv in build.steps(source, exe):
            run_checked(argv, f"building {name} with {build.label}")
        executables[build.label] = exe
    return executables


def _check_outputs(name, executables):
    """Runs each build once; all must print what the reference build prints.

    This run doubles as the warm-up before the timed rounds.
    """
    outputs = {label: run_checked([exe], f"running {name} built by {label}").stdout
               for label, exe in executables.items()}
    expected = outputs[compilers.REFERENCE_BUILD]
    wrong = [label for label, output in outputs.items() if output != expected]
    if wrong:
        details = "".join(f"\n  {label}: {outputs[label].decode(errors='replace')!r}"
                          for label in wrong)
        raise BenchError(f"OUTPUT MISMATCH in {name}: {compilers.REFERENCE_BUILD} printed "
                         f"{expected.decode(errors='replace')!r}, but{details}")
    return expected.decode(errors="replace").strip()


class ProgramResult:
    """One program: its checked output and the median seconds of each build."""

    def __init__(self, name, output, seconds):
        self.name = name
        self.output = output
        self.seconds = seconds

    def ratio(self, label):
        return self.seconds[label] / self.seconds[compilers.REFERENCE_BUILD]


def measure(minicc, sources, rounds, clock, work_dir, log):
    """[ProgramResult per program]; raises BenchError if any output differs."""
    builds = compilers.executable_builds(minicc)
    results = []
    for source in sources:
        name = os.path.splitext(os.path.basename(source))[0]
        executables = _build_all(source, builds, work_dir)
        output = _check_outputs(name, executables)
        log(f"run: {name}: {rounds} rounds of {len(executables)} builds")
        commands = {label: [exe] for label, exe in executables.items()}
        seconds = interleaved_medians(commands, rounds, clock)
        results.append(ProgramResult(name, output, seconds))
    return results


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))
