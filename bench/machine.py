"""What the numbers were measured on: CPU, cores, memory, load, tool versions."""
import os
import platform
import socket
import subprocess

import compilers


def _first_line(argv):
    try:
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except OSError as error:
        return f"not found ({error.strerror})"
    lines = proc.stdout.strip().splitlines()
    return lines[0] if lines else "(no version output)"


def _proc_field(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def load_average():
    """The 1, 5 and 15 minute load averages: other work on the machine skews the times."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def source_commit():
    """The commit of the minicc sources (with + if they have uncommitted changes)."""
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commit = _first_line(["git", "-C", repo, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    return commit + ("+" if dirty.strip() else "")


def hostname():
    return socket.gethostname().split(".")[0]


def description(minicc):
    """[(what, value)] rows for the results file."""
    mem_kib = _proc_field("/proc/meminfo", "MemTotal").split()[0]
    memory = f"{int(mem_kib) / 1024 / 1024:.1f} GiB" if mem_kib.isdigit() else mem_kib
    return [
        ("host", hostname()),
        ("CPU", _proc_field("/proc/cpuinfo", "model name")),
        ("cores", str(os.cpu_count())),
        ("memory", memory),
        ("kernel", f"{platform.system()} {platform.release()}"),
        ("load average at start (1, 5, 15 min)", load_average()),
        ("minicc", f"{_first_line([minicc, '--version'])} ({minicc})"),
        ("sources at commit", source_commit()),
        ("gcc", _first_line([compilers.GCC, "--version"])),
        ("clang", _first_line([compilers.CLANG, "--version"])),
        ("tcc", _first_line([compilers.TCC, "-v"])),
        ("hyperfine", _first_line(["hyperfine", "--version"])),
    ]
