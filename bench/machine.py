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


def hostname():
    return socket.gethostname().split(".")[0]


def description(minicc):
    """[(what, value)] rows for the results file."""
    mem_kib = _proc_field("/proc/meminfo", "MemTotal").split()[0]
    memory = f"{int(mem_kib) / 1024 / 1024:.1f} GiB" if mem_kib.isdigit() else mem_kib
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        ("host", hostname()),
        ("CPU", _proc_field("/proc/cpuinfo", "model name")),
        ("cores", str(os.cpu_count())),
        ("memory", memory),
        ("kernel", f"{platform.system()} {platform.release()}"),
        ("load average at start (1, 5, 15 min)", load),
        ("minicc", f"{_first_line([minicc, '--version'])} ({minicc})"),
        ("gcc", _first_line([compilers.GCC, "--version"])),
        ("clang", _first_line([compilers.CLANG, "--version"])),
        ("tcc", _first_line([compilers.TCC, "-v"])),
        ("hyperfine", _first_line(["hyperfine", "--version"])),
    ]
