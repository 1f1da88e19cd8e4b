"""The compilers the benchmark compares, and how each one is invoked.

Adding a compiler is adding a line to one of the two tables below.
"""
import os

# The system compilers. Each must be installed (tools/install-deps.sh).
GCC = "gcc"
CLANG = "clang-14"
TCC = "tcc"


def compile_only_commands(minicc, source, out_dir):
    """Label -> argv that compiles `source` as far as each compiler's text output.

    minicc, gcc and clang stop at assembly; tcc has no -S and writes an object
    file, so its column includes the assembling the others leave out.
    """
    def out(name):
        return os.path.join(out_dir, name)
    return {
        "minicc": [minicc, source, "-o", out("minicc.s")],
        "gcc -O0 -S": [GCC, "-O0", "-S", source, "-o", out("gcc.s")],
        "clang -O0 -S": [CLANG, "-O0", "-S", source, "-o", out("clang.s")],
        "tcc -c": [TCC, "-c", source, "-o", out("tcc.o")],
    }


class Build:
    """How one compiler turns a program into an executable: a list of steps."""

    def __init__(self, label, steps):
        self.label = label
        self.steps = steps  # function(source, exe) -> list of argv lists


def _minicc_build(minicc, label, flags):
    # minicc writes assembly; gcc assembles and links it.
    def steps(source, exe):
        return [[minicc] + flags + [source, "-o", exe + ".s"], [GCC, exe + ".s", "-o", exe]]
    return Build(label, steps)


def _direct_build(label, argv):
    return Build(label, lambda source, exe: [argv + [source, "-o", exe]])


# Run times are reported relative to this build.
REFERENCE_BUILD = "gcc -O0"


def executable_builds(minicc):
    """The builds whose executables are timed, the reference among them."""
    return [
        _minicc_build(minicc, "minicc", []),
        # -O changes nothing in minicc yet; its column is ready for when it does.
        _minicc_build(minicc, "minicc -O", ["-O"]),
        # The switch lowering: a chain of compares instead of a jump table.
        _minicc_build(minicc, "minicc -fno-jump-tables", ["-fno-jump-tables"]),
        _direct_build(REFERENCE_BUILD, [GCC, "-O0"]),
        _direct_build("gcc -O1", [GCC, "-O1"]),
        _direct_build("clang -O0", [CLANG, "-O0"]),
        _direct_build("tcc", [TCC]),
    ]
